package org.lectern.importing;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Endnotes to readable citations: marker, HTML debris and the URL are separated from the citation text. */
public final class References {
    private References() {}

    private static final Pattern HEADING = Pattern.compile(
            "^(?:end ?notes|notes|footnotes|references|sources|bibliography|works cited|citations|notes and references)\\W*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern URL = Pattern.compile("https?://[^\\s\"'<>]+");
    private static final Pattern TAG_DEBRIS = Pattern.compile("<[^>]*>?|&[a-z]+;|&#\\d+;");

    public static boolean isHeading(String block) {
        return HEADING.matcher(block.strip().replaceAll("^[*_#\\s]+|[*_\\s]+$", "")).matches();
    }

    /** One endnote as a reference; empty if nothing readable is left. */
    public static Optional<Module.Reference> parse(String note) {
        String t = note.strip().replaceFirst("^[-*•]\\s+", "");
        t = FootnoteMarkers.stripLeading(t);
        String url = null;
        Matcher u = URL.matcher(t);
        if (u.find()) {
            url = u.group();
            int urlEnd = u.end();
            // A URL broken by a stray space before its last path segment ("…/english/ show/34225").
            Matcher tail = Pattern.compile("^ ([\\w.-]+(?:/[\\w.-]*)*)\\.?\\s*$").matcher(t.substring(urlEnd));
            if (url.endsWith("/") && tail.find() && tail.group(1).matches(".*\\d.*")) url = url + tail.group(1);
            url = url.replaceFirst("#:~:text=.*$", "").replaceAll("[.,;:)\\]]+$", "");
        }
        // Citation text: everything before the first URL or markup.
        int cut = t.length();
        Matcher firstUrl = URL.matcher(t);
        if (firstUrl.find()) cut = firstUrl.start();
        int tag = t.indexOf('<');
        if (tag >= 0 && tag < cut) cut = tag;
        String text = t.substring(0, cut);
        text = TAG_DEBRIS.matcher(text).replaceAll("");
        text = text.replace("*", "").replace("\\$", "$");
        text = Text.collapse(text).replaceAll("[\\s,;:]+$", "");
        if (!text.isEmpty() && !Text.endsSentence(text)) text = text + ".";
        if (text.isEmpty() && url == null) return Optional.empty();
        return Optional.of(new Module.Reference(text, url));
    }
}
