package org.lectern.importing;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lectern.importing.nlp.Nlp;

/** Word counts, reading time (238 words a minute) and Flesch–Kincaid grade level. */
public final class Readability {
    private Readability() {}

    public static final int WORDS_PER_MINUTE = 238;
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*|\\p{N}[\\p{N},.]*");

    public static int readingMinutes(int words) {
        return (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE;
    }

    /** Flesch–Kincaid grade: 0.39 × words/sentence + 11.8 × syllables/word − 15.59, one decimal. */
    public static double gradeLevel(String plainText) {
        int sentences = 0, words = 0, syllables = 0;
        for (String paragraph : plainText.split("\n+")) {
            if (paragraph.isBlank()) continue;
            String[] ss = Nlp.sentences(paragraph);
            sentences += Math.max(1, ss.length);
            Matcher m = WORD.matcher(paragraph);
            while (m.find()) {
                words++;
                syllables += syllables(m.group());
            }
        }
        if (words == 0 || sentences == 0) return 0.0;
        double g = 0.39 * words / sentences + 11.8 * syllables / words - 15.59;
        return Math.round(g * 10) / 10.0;
    }

    /** Syllables by vowel groups, with the usual English corrections (silent final e, -le, -ed). */
    static int syllables(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (w.isEmpty()) return 1;
        if (w.length() <= 3) return 1;
        w = w.replaceAll("(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$", "").replaceAll("^y", "");
        Matcher m = Pattern.compile("[aeiouy]+").matcher(w);
        int n = 0;
        while (m.find()) n++;
        return Math.max(1, n);
    }
}
