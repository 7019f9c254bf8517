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

    /** Fractions in words and their values: "half", "a third", "two-thirds", "three quarters", "a tenth". */
    private static final java.util.Map<String, Double> PARTS = java.util.Map.ofEntries(
            java.util.Map.entry("half", 2.0), java.util.Map.entry("third", 3.0), java.util.Map.entry("quarter", 4.0),
            java.util.Map.entry("fifth", 5.0), java.util.Map.entry("sixth", 6.0), java.util.Map.entry("seventh", 7.0),
            java.util.Map.entry("eighth", 8.0), java.util.Map.entry("ninth", 9.0), java.util.Map.entry("tenth", 10.0));
    private static final Pattern FRACTION = Pattern.compile(
            "(?i)(?<![\\p{L}-])(?:(?:(a|an|one)[ -](third|quarter|fifth|sixth|seventh|eighth|ninth|tenth))"
                    + "|(?:(two|three|four|five)[ -](thirds|quarters|fifths|tenths))|(half))(?![\\p{L}-])");
    /** After one of these a fraction is an amount ("by about a third", "as much as a tenth"). */
    private static final Pattern FRACTION_BEFORE = Pattern.compile(
            "(?i)\\b(?:by|in|about|almost|nearly|roughly|around|some|over|under|than|only|just|least|most|much as|many as|up to|barely|fully|exactly|cut|lost|gained)\\s$");
    /** ... or before one of these ("a third of", "a fifth fewer", "half as"). */
    private static final Pattern FRACTION_AFTER = Pattern.compile(
            "(?i)^(?:\\s(?:of|less|more|fewer|lower|higher|smaller|larger|bigger|cheaper|faster|slower|as|than|the)\\b|[.,;:)]|$)");
    /** "first half", "the second half", "a half-hour": a part of something, not an amount. */
    private static final Pattern HALF_NOT = Pattern.compile("(?i)\\b(?:the|a|first|second|latter|earlier|other|one|and a)\\s$");
    /** Multiples: "twice as strong", "three times the cost", "twice a week". */
    private static final Pattern MULTIPLE = Pattern.compile(
            "(?i)(?<![\\p{L}-])(twice|(three|four|five|six|ten) times)(?=\\s(?:as|the|that|a|an|more|less|higher|lower|larger|bigger|faster|slower|over)\\b)");
    static final List<String> FRACTION_WORDS = List.of("a tenth", "a fifth", "a quarter", "a third", "half", "two-thirds", "three-quarters");
    static final List<String> MULTIPLE_WORDS = List.of("twice", "three times", "four times", "five times", "ten times");

    /** The value of a fraction in words ("a third" → 0.333), or -1. */
    static double fraction(String s) {
        Matcher m = FRACTION.matcher(s.strip());
        if (!m.matches()) return -1;
        if (m.group(5) != null) return 0.5;
        if (m.group(2) != null) return 1 / PARTS.get(m.group(2).toLowerCase(Locale.ROOT));
        String part = m.group(4).toLowerCase(Locale.ROOT);
        return (ONES.indexOf(m.group(3).toLowerCase(Locale.ROOT))) / PARTS.get(part.substring(0, part.length() - 1));
    }

    /** The factor of a multiple in words ("twice" → 2, "three times" → 3), or -1. */
    static double multiple(String s) {
        String l = s.strip().toLowerCase(Locale.ROOT);
        if (l.equals("twice")) return 2;
        if (!l.endsWith(" times")) return -1;
        long v = value(l.substring(0, l.length() - 6));
        return v > 1 ? v : -1;
    }

    /**
     * Adds fractions ("cut by about a third", "half of the meadows") and multiples ("twice as strong") in a text
     * as numbers with the unit "fraction" or "multiple"; an ordinal ("a third term") or a part ("the first half")
     * is neither.
     */
    static void fractions(String s, List<TypedSpan> out) {
        Matcher m = FRACTION.matcher(s);
        while (m.find()) {
            String before = s.substring(Math.max(0, m.start() - 14), m.start()), after = s.substring(m.end());
            boolean half = m.group(5) != null;
            if (half && (HALF_NOT.matcher(before).find() || after.startsWith("-"))) continue;
            if (!FRACTION_BEFORE.matcher(before).find() && !FRACTION_AFTER.matcher(after).find()
                    && !(half && m.start() == 0)) continue;
            // "a third term", "a quarter century": an ordinal or a unit of its own
            if (!half && m.group(2) != null && !FRACTION_BEFORE.matcher(before).find()
                    && !after.matches("(?is)^(?:\\s(?:of|less|more|fewer|lower|higher|smaller|larger|bigger|cheaper|faster|slower|as|than)\\b|[.,;:)]|$).*")) continue;
            out.add(new TypedSpan(SpanType.NUMBER, m.group(), m.start(), m.end(), "fraction", fraction(m.group()), m.group()));
        }
        m = MULTIPLE.matcher(s);
        while (m.find()) out.add(new TypedSpan(SpanType.NUMBER, m.group(1), m.start(1), m.end(1), "multiple", multiple(m.group(1)), m.group(1)));
    }

    /** Fractions or multiples in words near the key's value, in the key's case and style ("a third" → "a quarter", "half"). */
    static List<String> near(TypedSpan key) {
        List<String> words = key.sub().equals("multiple") ? MULTIPLE_WORDS : FRACTION_WORDS;
        List<String> out = new java.util.ArrayList<>();
        for (String w : words) {
            double v = key.sub().equals("multiple") ? multiple(w) : fraction(w);
            if (Math.abs(v - key.value()) < 1e-9) continue;
            out.add(w);
        }
        out.sort(java.util.Comparator.comparingDouble((String w) -> Math.abs(Math.log((key.sub().equals("multiple") ? multiple(w) : fraction(w)) / key.value())))
                .thenComparing(w -> w));
        boolean capital = Character.isUpperCase(key.text().charAt(0));
        // in the key's style: "one-fifth" → "one-quarter", "one third" → "one quarter"
        java.util.regex.Matcher one = java.util.regex.Pattern.compile("(?i)^one([- ])").matcher(key.text());
        String sep = one.find() ? one.group(1) : null;
        return out.stream().map(w -> sep == null ? w : w.replaceFirst("^(?:a|an) ", "one" + sep).replaceFirst("^half$", "one" + sep + "half"))
                .map(w -> capital ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w).toList();
    }
}
