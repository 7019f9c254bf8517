package org.lectern.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Acronyms defined in the text: "long form (ABC)" and "ABC (long form)", where the acronym's letters
 * match the long form (Schwartz–Hearst: letters found right to left, the first at a word start, most
 * letters at word starts). Returned sorted by term; the first definition of a term wins.
 */
public final class AcronymGlossary {
    private AcronymGlossary() {}

    private static final Pattern SHORT_IN_PARENS = Pattern.compile("\\((\\p{Lu}[\\p{Lu}\\p{Ll}&]{1,9}s?)\\)");
    private static final Pattern SHORT_THEN_LONG = Pattern.compile("\\b(\\p{Lu}{2,10})\\s+\\(([^()]{4,120})\\)");

    public static List<Module.GlossaryEntry> find(String text) {
        Map<String, String> found = new TreeMap<>();
        Matcher m = SHORT_IN_PARENS.matcher(text);
        while (m.find()) {
            String acr = m.group(1);
            if (acr.chars().filter(Character::isUpperCase).count() < 2) continue;
            String acrCore = acr.endsWith("s") && !acr.equals(acr.toUpperCase(Locale.ROOT)) ? acr.substring(0, acr.length() - 1) : acr;
            String before = text.substring(Math.max(0, m.start() - 300), m.start());
            int cut = Math.max(Math.max(before.lastIndexOf(". "), before.lastIndexOf("; ")), Math.max(before.lastIndexOf('('), before.lastIndexOf(')')));
            if (cut >= 0) before = before.substring(cut + 1);
            String[] words = before.strip().split("\\s+");
            int max = Math.min(words.length, Math.min(acrCore.length() + 5, acrCore.length() * 2));
            String[] window = java.util.Arrays.copyOfRange(words, words.length - max, words.length);
            String longForm = match(acrCore, window);
            if (longForm != null) found.putIfAbsent(acrCore, longForm);
        }
        m = SHORT_THEN_LONG.matcher(text);
        while (m.find()) {
            String acr = m.group(1);
            String[] words = m.group(2).strip().split("\\s+");
            if (words.length > acr.length() + 5) continue;
            String longForm = match(acr, words);
            if (longForm != null && longForm.equals(String.join(" ", words))) found.putIfAbsent(acr, longForm);
        }
        List<Module.GlossaryEntry> out = new ArrayList<>();
        found.forEach((k, v) -> out.add(new Module.GlossaryEntry(k, v)));
        return out;
    }

    /** The shortest suffix of {@code words} that the acronym's letters match, or null. */
    static String match(String acronym, String[] words) {
        String letters = acronym.replaceAll("[^\\p{L}\\p{N}]", "").toLowerCase(Locale.ROOT);
        if (letters.length() < 2 || words.length == 0) return null;
        for (int start = words.length - 1; start >= 0; start--) {
            String candidate = String.join(" ", java.util.Arrays.copyOfRange(words, start, words.length))
                    .replaceAll("^[\"“‘'(]+|[,\"”’')]+$", "");
            if (candidate.isEmpty() || !Character.isLetter(candidate.charAt(0))) continue;
            if (Character.toLowerCase(candidate.charAt(0)) != letters.charAt(0)) continue;
            if (schwartzHearst(letters, candidate.toLowerCase(Locale.ROOT)) && wordStartsMatched(letters, candidate)) {
                String[] lw = candidate.split("\\s+");
                String lastWord = lw[lw.length - 1];
                if (Text.MINOR_WORDS.contains(lastWord.toLowerCase(Locale.ROOT))) return null;
                return candidate;
            }
        }
        return null;
    }

    private static boolean schwartzHearst(String s, String l) {
        int si = s.length() - 1, li = l.length() - 1;
        while (si >= 0) {
            char c = s.charAt(si);
            while (li >= 0 && (l.charAt(li) != c || (si == 0 && li > 0 && Character.isLetterOrDigit(l.charAt(li - 1))))) li--;
            if (li < 0) return false;
            li--;
            si--;
        }
        return true;
    }

    /** At least half the acronym's letters are initials of words (or hyphenated parts) of the long form. */
    private static boolean wordStartsMatched(String letters, String longForm) {
        StringBuilder initials = new StringBuilder();
        for (String w : longForm.split("[\\s-]+")) {
            String x = w.replaceAll("^[^\\p{L}\\p{N}]+", "");
            if (!x.isEmpty() && !Text.MINOR_WORDS.contains(x.toLowerCase(Locale.ROOT))) initials.append(Character.toLowerCase(x.charAt(0)));
        }
        int matched = 0, j = 0;
        for (char c : letters.toCharArray()) {
            int k = initials.indexOf(String.valueOf(c), j);
            if (k >= 0) { matched++; j = k + 1; }
        }
        return matched * 2 >= letters.length() && initials.length() <= letters.length() + 2;
    }
}
