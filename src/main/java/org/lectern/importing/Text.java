package org.lectern.importing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small text helpers shared by the cleaning steps. */
final class Text {
    private Text() {}

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.\\-]*");
    private static final Pattern TERMINAL = Pattern.compile("[.!?:;…][\"'”’)\\]*_]*$");

    static int words(String s) {
        Matcher m = WORD.matcher(s);
        int n = 0;
        while (m.find()) n++;
        return n;
    }

    /** True if the text ends a sentence (after closing quotes, brackets and footnote markers). */
    static boolean endsSentence(String s) {
        String t = FootnoteMarkers.strip(s).strip();
        return TERMINAL.matcher(t).find();
    }

    /** Normalises whitespace variants (no-break, thin, zero-width) and trims each line's end. */
    static String normaliseSpaces(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\u00A0', '\u2007', '\u202F', '\u2009', '\u200A', '\u2002', '\u2003', '\u3000' -> b.append(' ');
                case '\u200B', '\u200C', '\u200D', '\uFEFF', '\u00AD' -> { }
                case '\t' -> b.append(' ');
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    static String collapse(String s) {
        return s.replaceAll("[ ]{2,}", " ").strip();
    }

    static boolean isCapitalised(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
    }

    static final java.util.Set<String> MINOR_WORDS = java.util.Set.of(
            "a", "an", "the", "and", "or", "nor", "but", "for", "of", "to", "in", "on", "at", "by", "with", "from",
            "as", "vs", "vs.", "via", "into", "onto", "over", "amid", "up", "per", "than", "is", "are", "be");
}
