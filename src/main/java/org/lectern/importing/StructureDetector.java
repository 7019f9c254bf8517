package org.lectern.importing;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Headings (short title-case lines without final punctuation) and bullet items in plain text. */
public final class StructureDetector {
    private StructureDetector() {}

    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[•·▪‣◦●○■□➢►*\\-–—]|\\d{1,2}[.)])\\s+(.*)$");
    private static final Pattern MD_HEADING = Pattern.compile("^\\s*#{1,6}\\s+(.*?)\\s*#*\\s*$");

    /** The item text if the line is a bullet ("• item", "- item", "1. item"), else null. */
    public static String bulletText(String line) {
        Matcher m = BULLET.matcher(line);
        return m.matches() && !m.group(1).isBlank() ? m.group(1).strip() : null;
    }

    /** The heading text if the line is a Markdown heading, else null. */
    public static String markdownHeading(String line) {
        Matcher m = MD_HEADING.matcher(line);
        return m.matches() ? m.group(1) : null;
    }

    /** Strips whole-line emphasis (**Heading**, __Heading__). */
    public static String unemphasise(String s) {
        String t = s.strip();
        Matcher m = Pattern.compile("^(\\*\\*|__|\\*|_)(.+)\\1$").matcher(t);
        return m.matches() ? m.group(2).strip() : t;
    }

    /** A short, title-case (or all-caps) line without sentence punctuation. */
    public static boolean looksLikeHeading(String block) {
        String t = unemphasise(block);
        boolean emphasised = !t.equals(block.strip());
        int words = Text.words(t);
        if (words == 0 || words > 14 || t.length() > 120) return false;
        if (t.matches(".*[.,;:…]$") || t.matches(".*[.!?]\\s.*")) return false;
        if (!Character.isUpperCase(t.codePointAt(0)) && !Character.isDigit(t.codePointAt(0))) return false;
        if (t.matches(".*\\bhttps?://.*")) return false;
        if (emphasised) return true;
        String[] tokens = t.split("\\s+");
        int significant = 0, capital = 0;
        for (String tok : tokens) {
            String w = tok.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
            if (w.isEmpty() || Text.MINOR_WORDS.contains(w.toLowerCase(Locale.ROOT))) continue;
            significant++;
            if (Character.isUpperCase(w.codePointAt(0)) || Character.isDigit(w.codePointAt(0))) capital++;
        }
        return significant > 0 && capital * 4 >= significant * 3;
    }

    /** "ALL CAPS TITLE" → "All Caps Title"; other text unchanged. */
    public static String titleCase(String s) {
        if (!s.equals(s.toUpperCase(Locale.ROOT)) || !s.matches(".*\\p{Lu}{2}.*")) return s;
        StringBuilder b = new StringBuilder();
        String[] words = s.toLowerCase(Locale.ROOT).split(" ");
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (i > 0) b.append(' ');
            if (i > 0 && Text.MINOR_WORDS.contains(w)) { b.append(w); continue; }
            StringBuilder cw = new StringBuilder();
            boolean start = true;
            for (char c : w.toCharArray()) {
                cw.append(start ? Character.toUpperCase(c) : c);
                start = c == '-' || c == '/' || c == '(' || c == '"' || c == '“';
            }
            b.append(cw);
        }
        return b.toString();
    }
}
