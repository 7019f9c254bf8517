package org.lectern.importing;

import java.util.regex.Pattern;

/** Footnote reference markers glued to words: superscript digits ("sides.⁹") and bracketed numbers ("claim[3]"). */
public final class FootnoteMarkers {
    private FootnoteMarkers() {}

    private static final String SUP = "[⁰¹²³⁴⁵⁶⁷⁸⁹]";
    // Not after a unit abbreviation (m², km³): those superscripts are exponents.
    private static final Pattern SUPERSCRIPT = Pattern.compile(
            "(?<!\\b(?:m|km|cm|mm|ft|in|mi|yd|s))(?<=[\\p{L}\\p{P}\\p{N}])" + SUP + "+");
    private static final Pattern BRACKETED = Pattern.compile("(?<=[\\p{L}\\p{P}])\\[\\d{1,3}]");
    private static final Pattern LEADING = Pattern.compile("^\\s*(?:" + SUP + "+|\\[\\d{1,3}]|\\d{1,3}[.)]?)\\s+");

    /** Removes footnote markers from running text. */
    public static String strip(String text) {
        String t = SUPERSCRIPT.matcher(text).replaceAll("");
        return BRACKETED.matcher(t).replaceAll("");
    }

    /** Removes the number at the start of an endnote ("¹ Jesse…", "12. Author…"). */
    public static String stripLeading(String note) {
        return LEADING.matcher(note).replaceFirst("");
    }
}
