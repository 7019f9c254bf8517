package org.lectern.importing;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Joins a word hyphenated at a line (or page) end, using the document itself as the dictionary:
 * "inter-" + "national" → "international"; but when the document elsewhere writes the compound with
 * a hyphen inside a line ("self-reliance"), or the second part is capitalised ("Japan-" + "South"),
 * the hyphen is real and stays.
 */
final class Dehyphenator {

    private static final Pattern COMPOUND = Pattern.compile("\\p{L}[\\p{L}\\p{N}]*(?:-[\\p{L}\\p{N}]+)+");
    private static final Pattern HEAD = Pattern.compile("(\\p{L}[\\p{L}\\p{N}]*)-$");
    private static final Pattern TAIL = Pattern.compile("^(\\p{L}[\\p{L}\\p{N}]*)");

    static final Dehyphenator NONE = new Dehyphenator(Set.of());

    private final Set<String> hyphenated;

    private Dehyphenator(Set<String> hyphenated) {
        this.hyphenated = hyphenated;
    }

    /** Learns compounds from text whose lines are as printed (hyphens at line ends are not compounds). */
    static Dehyphenator of(String text) {
        Set<String> hyphenated = new HashSet<>();
        for (String line : text.split("\n")) {
            Matcher c = COMPOUND.matcher(line);
            while (c.find()) {
                String[] parts = c.group().toLowerCase(Locale.ROOT).split("-");
                for (int i = 0; i + 1 < parts.length; i++) hyphenated.add(parts[i] + "-" + parts[i + 1]);
            }
        }
        return new Dehyphenator(hyphenated);
    }

    /** {@code prev} and {@code next} joined with a space, or without the hyphen when {@code prev} ends in a broken word. */
    String join(String prev, String next) {
        String p = prev.stripTrailing();
        String n = next.stripLeading();
        if (p.isEmpty()) return n;
        if (n.isEmpty()) return p;
        Matcher h = HEAD.matcher(p);
        Matcher t = TAIL.matcher(n);
        if (!h.find() || !t.find()) return p + " " + n;
        String head = h.group(1), tail = t.group(1);
        // The last part of a compound already written with hyphens ("state-of-the-" + "art") keeps its hyphen.
        if (h.start() > 0 && p.charAt(h.start() - 1) == '-') return p + n;
        String key = (head + "-" + tail).toLowerCase(Locale.ROOT);
        if (hyphenated.contains(key)) return p + n;
        if (Character.isUpperCase(tail.codePointAt(0))) return p + n;
        // Otherwise hyphenation at a line end is far more common than a compound split there.
        return p.substring(0, p.length() - 1) + n;
    }
}
