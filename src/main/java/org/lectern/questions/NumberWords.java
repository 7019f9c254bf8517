package org.lectern.questions;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Cardinal numbers written as words ("six", "twenty-five", "two hundred"): their value, and values back to words. */
final class NumberWords {
    private NumberWords() {}

    static final List<String> ONES = List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
            "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen");
    static final List<String> TENS = List.of("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety");

    private static final String ONE_TO_NINETEEN = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
            + "|fifteen|sixteen|seventeen|eighteen|nineteen";
    private static final String TENS_ALT = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
    /** A number word or compound ("six", "twenty-five", "two hundred", "three thousand"), case-insensitive, as a whole word. */
    static final String PATTERN = "(?:(?:" + TENS_ALT + ")(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|" + ONE_TO_NINETEEN + ")"
            + "(?:\\s(?:hundred|thousand|million))?";
    private static final Pattern WORD = Pattern.compile("(?i)" + PATTERN);

    static boolean isWords(String s) {
        return WORD.matcher(s.strip()).matches();
    }

    /** The value of a number in words, or -1. */
    static long value(String s) {
        Matcher m = WORD.matcher(s.strip());
        if (!m.matches()) return -1;
        String[] parts = s.strip().toLowerCase(Locale.ROOT).split("\\s+");
        long v = 0;
        for (String p : parts[0].split("-")) {
            int i = ONES.indexOf(p);
            v += i >= 0 ? i : TENS.indexOf(p) * 10L;
        }
        if (parts.length > 1) {
            v *= switch (parts[1]) {
                case "hundred" -> 100;
                case "thousand" -> 1000;
                default -> 1_000_000;
            };
        }
        return v;
    }

    /** A value in words when it can be written as {@link #PATTERN} does ("seven", "forty-two", "three hundred"), else null. */
    static String words(long v) {
        if (v <= 0) return null;
        if (v < 100) return below100(v);
        for (long[] scale : new long[][] {{1_000_000, 0}, {1000, 1}, {100, 2}}) {
            if (v % scale[0] == 0 && v / scale[0] < 100) {
                String head = below100(v / scale[0]);
                return head == null ? null : head + " " + (scale[1] == 0 ? "million" : scale[1] == 1 ? "thousand" : "hundred");
            }
        }
        return null;
    }

    private static String below100(long v) {
        if (v <= 0 || v >= 100) return null;
        if (v < 20) return ONES.get((int) v);
        return TENS.get((int) (v / 10)) + (v % 10 == 0 ? "" : "-" + ONES.get((int) (v % 10)));
    }
}
