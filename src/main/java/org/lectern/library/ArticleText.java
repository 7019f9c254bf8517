package org.lectern.library;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lectern.importing.Module;

/**
 * A module's body as plain blocks (headings and paragraphs) made of segments, with given sentences
 * marked, so a template can highlight evidence with th:text only, never unescaped HTML.
 */
public final class ArticleText {

    /** A run of text; mark is the anchor of the question whose evidence it is, or null. */
    public record Segment(String text, String mark) {}

    public record Block(boolean heading, List<Segment> segments) {}

    private ArticleText() {}

    /** evidence maps each evidence sentence to the anchor of its (first) question. */
    public static List<Block> blocks(Module m, Map<String, String> evidence) {
        List<Block> out = new ArrayList<>();
        for (Module.Section s : m.sections()) {
            if (!s.heading().isEmpty()) {
                out.add(new Block(true, List.of(new Segment(s.heading(), null))));
            }
            for (String para : s.markdown().split("\\n\\s*\\n")) {
                String text = plain(para);
                if (!text.isBlank()) {
                    out.add(new Block(false, mark(text, evidence)));
                }
            }
        }
        return out;
    }

    static List<Segment> mark(String text, Map<String, String> evidence) {
        List<Segment> out = new ArrayList<>();
        int pos = 0;
        while (pos < text.length()) {
            int best = -1;
            String found = null;
            for (String e : evidence.keySet()) {
                if (e.isBlank()) {
                    continue;
                }
                int i = text.indexOf(e, pos);
                if (i >= 0 && (best < 0 || i < best)) {
                    best = i;
                    found = e;
                }
            }
            if (found == null) {
                out.add(new Segment(text.substring(pos), null));
                break;
            }
            if (best > pos) {
                out.add(new Segment(text.substring(pos, best), null));
            }
            out.add(new Segment(found, evidence.get(found)));
            pos = best + found.length();
        }
        return out;
    }

    /** Markdown to reading text: links to their words, emphasis and list markers dropped, lines joined. */
    static String plain(String markdown) {
        String s = markdown.replaceAll("!?\\[([^\\]]*)\\]\\([^)]*\\)", "$1");
        s = s.replaceAll("(?m)^\\s*([-*+]|\\d+\\.|>)\\s+", "");
        s = s.replace("**", "").replace("__", "");
        s = s.replaceAll("(?<![\\w*])\\*(?!\\s)([^*]+)(?<!\\s)\\*(?![\\w*])", "$1");
        s = s.replaceAll("\\[\\^?\\d+\\]", "");
        return s.replaceAll("\\s*\\n\\s*", " ").strip();
    }
}
