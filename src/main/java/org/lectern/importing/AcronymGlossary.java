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

    /** An acronym: capitals, digits, "&", inner hyphens and dots ("G7", "IP4", "Tri-LAT", "U.S."). */
    private static final String ACRONYM = "\\p{Lu}(?:[\\p{L}\\p{N}&]|[-.](?=[\\p{L}\\p{N}])|(?<=\\p{Lu})\\.){1,11}";
    private static final Pattern SHORT_IN_PARENS = Pattern.compile("\\((" + ACRONYM + ")\\)");
    private static final Pattern SHORT_THEN_LONG = Pattern.compile("(?<![\\p{L}\\p{N}.-])(" + ACRONYM + ")\\s+\\(([^()]{4,120})\\)");
    private static final Map<String, String> NUMBER_WORDS = Map.ofEntries(Map.entry("one", "1"), Map.entry("two", "2"),
            Map.entry("three", "3"), Map.entry("four", "4"), Map.entry("five", "5"), Map.entry("six", "6"), Map.entry("seven", "7"),
            Map.entry("eight", "8"), Map.entry("nine", "9"), Map.entry("ten", "10"), Map.entry("twenty", "20"));

    /** Capitals and digits make an acronym; a capitalised word ("Paris") or a lone capital does not. */
    static boolean isAcronym(String s) {
        long upper = s.chars().filter(Character::isUpperCase).count();
        long digits = s.chars().filter(Character::isDigit).count();
        long lower = s.chars().filter(Character::isLowerCase).count();
        return upper + digits >= 2 && upper >= 1 && lower <= upper + digits;
    }

    public static List<Module.GlossaryEntry> find(String text) {
        Map<String, String> found = new TreeMap<>();
        Matcher m = SHORT_IN_PARENS.matcher(text);
        while (m.find()) {
            String acr = m.group(1);
            if (!isAcronym(acr)) continue;
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
            if (!isAcronym(acr) || !acr.equals(acr.toUpperCase(Locale.ROOT)) && !acr.contains("-")) continue;
            String[] words = m.group(2).strip().split("\\s+");
            if (words.length > acr.length() + 5) continue;
            String longForm = match(acr, words);
            if (longForm != null && longForm.equals(String.join(" ", words))) found.putIfAbsent(acr, longForm);
        }
        List<Module.GlossaryEntry> out = new ArrayList<>();
        found.forEach((k, v) -> out.add(new Module.GlossaryEntry(k, v)));
        return out;
    }

    /**
     * The shortest suffix of {@code words} that the acronym's letters match, or null; but a longer one whose words'
     * initials spell the acronym wins ("measles, mumps and rubella" for MMR, not "mumps and rubella", whose word
     * "mumps" has two m's).
     */
    static String match(String acronym, String[] words) {
        String letters = acronym.replaceAll("[^\\p{L}\\p{N}]", "").toLowerCase(Locale.ROOT);
        if (letters.length() < 2 || words.length == 0) return null;
        String shortest = null;
        for (int start = words.length - 1; start >= 0; start--) {
            String candidate = String.join(" ", java.util.Arrays.copyOfRange(words, start, words.length))
                    .replaceAll("^[\"“‘'(]+|[,\"”’')]+$", "");
            if (candidate.isEmpty() || !Character.isLetter(candidate.charAt(0))) continue;
            if (Character.toLowerCase(candidate.charAt(0)) != letters.charAt(0)) continue;
            String forMatching = numbersAsDigits(candidate);
            if (schwartzHearst(letters, forMatching.toLowerCase(Locale.ROOT)) && wordStartsMatched(letters, forMatching)) {
                String[] lw = candidate.split("\\s+");
                String lastWord = lw[lw.length - 1];
                if (Text.MINOR_WORDS.contains(lastWord.toLowerCase(Locale.ROOT))) return shortest;
                if (shortest == null) shortest = candidate;
                if (initials(forMatching).equals(letters)) return candidate;
            }
        }
        return shortest;
    }

    /** The first letters of the words that are not minor words ("and", "of"), in lower case. */
    private static String initials(String longForm) {
        StringBuilder b = new StringBuilder();
        for (String w : longForm.split("[\\s-]+")) {
            String word = w.replaceAll("^[^\\p{L}\\p{N}]+", "");
            if (!word.isEmpty() && !Text.MINOR_WORDS.contains(word.toLowerCase(Locale.ROOT))) b.append(Character.toLowerCase(word.charAt(0)));
        }
        return b.toString();
    }

    /** "Group of Seven" → "Group of 7", so that "G7" can match it. */
    private static String numbersAsDigits(String longForm) {
        StringBuilder b = new StringBuilder();
        Matcher m = Pattern.compile("\\p{L}+").matcher(longForm);
        int last = 0;
        while (m.find()) {
            String digit = NUMBER_WORDS.get(m.group().toLowerCase(Locale.ROOT));
            b.append(longForm, last, m.start()).append(digit != null ? digit : m.group());
            last = m.end();
        }
        return b.append(longForm.substring(last)).toString();
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

    /**
     * At least half the acronym's letters are initials of words (or hyphenated parts) of the long
     * form, counting small words too when that matches more ("Chiefs Of Defense" → "COD"); and the
     * long form has not many more significant words than the acronym has letters.
     */
    private static boolean wordStartsMatched(String letters, String longForm) {
        StringBuilder significant = new StringBuilder();
        StringBuilder all = new StringBuilder();
        for (String w : longForm.split("[\\s-]+")) {
            String x = w.replaceAll("^[^\\p{L}\\p{N}]+", "");
            if (x.isEmpty()) continue;
            char initial = Character.toLowerCase(x.charAt(0));
            all.append(initial);
            if (!Text.MINOR_WORDS.contains(x.toLowerCase(Locale.ROOT))) significant.append(initial);
        }
        int matched = Math.max(initialsMatched(letters, significant), initialsMatched(letters, all));
        return matched * 2 >= letters.length() && significant.length() <= letters.length() + 2;
    }

    private static int initialsMatched(String letters, CharSequence initials) {
        String in = initials.toString();
        int matched = 0, j = 0;
        for (char c : letters.toCharArray()) {
            int k = in.indexOf(c, j);
            if (k >= 0) { matched++; j = k + 1; }
        }
        return matched;
    }
}
