package org.lectern.questions;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the rest of a sentence says about the value that fills a gap, so that a distractor fits the slot and not only
 * the key's type: a day number beside a month ("31 ____"), a weekday range ("from ____ to Thursday"), a whole that a
 * part cannot exceed ("£410,000, of which £____"), the direction of a change ("fell from 9.8 percent to ____"), the
 * tense (a past event cannot be dated after the article's latest date), and the key's written format ("24%" against
 * "20 percent").
 */
final class Slots {
    private Slots() {}

    private static final String WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?";
    private static final String RANGE_WORD = "\\s?(?:to|and|through|until|till|–|-)\\s?";
    private static final Pattern RANGE_AFTER = Pattern.compile("(?s)^" + RANGE_WORD + WEEKDAY + "\\b.*");
    private static final Pattern FROM_BEFORE = Pattern.compile("(?is).*\\b(?:from|between)\\s$");
    private static final Pattern RANGE_BEFORE = Pattern.compile("(?s).*\\b" + WEEKDAY + RANGE_WORD + "$");

    /**
     * Can the gap take distractors of the key's kind at all? Not a weekday in a range ("from ____ to Thursday": only
     * one day makes a sensible range), and not a common-noun group ("Some ____ would welcome ..."), where other
     * groups are rarely plausible actors and often also true.
     */
    static boolean usable(Sentence s, TypedSpan key) {
        if (key.type() == SpanType.GROUP || guessable(s, key)) return false;
        if (key.type() == SpanType.DATE && key.sub().equals("weekday")) {
            String before = s.plain().substring(0, key.start()), after = s.plain().substring(key.end());
            if (FROM_BEFORE.matcher(before).matches() && RANGE_AFTER.matcher(after).matches()) return false;
            if (RANGE_BEFORE.matcher(before).matches()) return false;
        }
        return true;
    }

    private static final Pattern RATE = Pattern.compile("(?i)^\\s(second|minute|hour|day|week|month)s?\\s(?:a|an|per|each|every)\\s(minute|hour|day|week|month|year)\\b.*");
    /** Counts everyone knows: per unit and period, the values a reader can fill in without the article. */
    private static final java.util.Map<String, java.util.Set<Long>> KNOWN_RATES = java.util.Map.of(
            "second/minute", java.util.Set.of(60L), "minute/hour", java.util.Set.of(60L), "hour/day", java.util.Set.of(8L, 24L),
            "day/week", java.util.Set.of(5L, 7L), "hour/week", java.util.Set.of(40L), "day/month", java.util.Set.of(30L, 31L),
            "week/year", java.util.Set.of(52L), "month/year", java.util.Set.of(12L), "day/year", java.util.Set.of(365L));

    /**
     * Is the number guessable from general knowledge in its fixed phrase ("works ____ days a week" → five,
     * "____ hours a day" → 24)?
     */
    static boolean guessable(Sentence s, TypedSpan key) {
        if (key.type() != SpanType.NUMBER) return false;
        Matcher m = RATE.matcher(s.plain().substring(key.end()));
        if (!m.matches()) return false;
        java.util.Set<Long> known = KNOWN_RATES.get(m.group(1).toLowerCase(Locale.ROOT) + "/" + m.group(2).toLowerCase(Locale.ROOT));
        return known != null && known.contains(Math.round(value(key.text())));
    }

    /** Bounds the sentence sets on a numeric gap: the candidate must be below {@code below} and above {@code above}. */
    record Bounds(double below, double above) {
        static final Bounds NONE = new Bounds(Double.NaN, Double.NaN);
    }

    private static final String NUM = "(?<![\\d,.])(\\d[\\d,]*(?:\\.\\d+)?(?:\\s?(?:million|billion|trillion|thousand|bn|m|k)\\b)?)";
    private static final String PCT = "(\\s?%|\\s(?:percent|per cent))?";
    private static final String HEDGE = "(?:about |around |some |nearly |almost |roughly |approximately |more than |over |just over |just under |less than |fewer than |under )?";
    private static final Pattern WHOLE_BEFORE = Pattern.compile(
            "(?is).*\\p{Sc}?" + NUM + "[^.;\\d]{0,40}?\\b(?:of which|of whom|of them|of these|including)\\s" + HEDGE + "\\p{Sc}?$");
    private static final Pattern WHOLE_AFTER = Pattern.compile(
            "(?is)^(?:\\s[a-z]+){0,2}?\\s(?:out of|of)\\s(?:the\\s|its\\s|their\\s|a total of\\s)?\\p{Sc}?" + NUM);
    private static final String FALL = "fell|fall|falls|falling|dropped|drop|drops|declined|decline|declines|decreased|decrease|shrank|slipped|plunged|sank|cut|cuts|reduced|reduce|reduction|lowered|lower";
    private static final String RISE = "rose|rise|rises|rising|grew|grow|grows|increased|increase|increases|climbed|jumped|soared|raised|raise|expanded|doubled|tripled";
    private static final Pattern FROM_TO = Pattern.compile(
            "(?is).*\\b(" + FALL + "|" + RISE + ")\\b[^.;]{0,60}?\\bfrom\\s" + HEDGE + "\\p{Sc}?" + NUM + PCT + "(?:\\s[a-z]+){0,2}\\sto\\s" + HEDGE + "\\p{Sc}?$");
    private static final Pattern DOWN_FROM = Pattern.compile(
            "(?is)^(?:\\s[a-z]+){0,6}?,?\\s(down|up|lower|higher)\\sfrom\\s" + HEDGE + "\\p{Sc}?" + NUM + PCT);

    private static final Pattern FROM_GAP = Pattern.compile("(?is).*\\b(" + FALL + "|" + RISE + ")\\b[^.;]{0,60}?\\bfrom\\s" + HEDGE + "\\p{Sc}?$");
    private static final Pattern TO_AFTER = Pattern.compile("(?is)^(?:\\s?%|\\s(?:percent|per cent))?(?:\\s[a-z]+){0,2}?\\sto\\s" + HEDGE + "\\p{Sc}?" + NUM + PCT);
    private static final Pattern DOWN_GAP = Pattern.compile("(?is).*\\p{Sc}?" + NUM + PCT + "(?:\\s[a-z]+){0,2}?,?\\s(down|up|lower|higher)\\sfrom\\s" + HEDGE + "\\p{Sc}?$");

    /** "the reduction of tariffs to ____ from the initial rate of 27.5 percent": the change's end, its start after the gap. */
    private static final Pattern TO_GAP = Pattern.compile("(?is).*\\b(" + FALL + "|" + RISE + ")\\b[^.;]{0,60}?\\bto\\s" + HEDGE + "\\p{Sc}?$");
    private static final Pattern FROM_AFTER = Pattern.compile(
            "(?is)^(?:\\s?%|\\s(?:percent|per cent))?,?\\sfrom\\s(?:[a-z]+\\s){0,6}?" + HEDGE + "\\p{Sc}?" + NUM + PCT);

    /** Upper and lower bounds on the gap's value that the sentence states (NaN where none). */
    static Bounds bounds(Sentence s, TypedSpan key) {
        if (key.type() != SpanType.NUMBER && key.type() != SpanType.MONEY && key.type() != SpanType.PERCENT) return Bounds.NONE;
        if (key.type() == SpanType.NUMBER && (key.sub().equals("fraction") || key.sub().equals("multiple"))) return Bounds.NONE;
        String p = s.plain(), before = p.substring(Math.max(0, key.start() - 160), key.start()), after = p.substring(key.end(), Math.min(p.length(), key.end() + 120));
        boolean pct = key.type() == SpanType.PERCENT;
        double below = Double.NaN, above = Double.NaN;
        if (!pct) {
            Matcher m = WHOLE_BEFORE.matcher(before);
            if (m.matches()) below = value(m.group(1));
            m = WHOLE_AFTER.matcher(after);
            if (m.find()) below = value(m.group(1));
        }
        Matcher m = FROM_TO.matcher(before);
        if (m.matches() && (m.group(3) != null) == pct) {
            double x = value(m.group(2));
            if (m.group(1).toLowerCase(Locale.ROOT).matches(FALL)) below = x; else above = x;
        }
        // the gap is the starting value: "fell from ____ to 6.5 percent", "£84 million, down from £____"
        m = FROM_GAP.matcher(before);
        if (m.matches()) {
            Matcher t = TO_AFTER.matcher(after);
            if (t.find() && (t.group(2) != null) == pct) {
                double x = value(t.group(1));
                if (m.group(1).toLowerCase(Locale.ROOT).matches(FALL)) above = x; else below = x;
            }
        }
        m = TO_GAP.matcher(before);
        if (m.matches()) {
            Matcher f = FROM_AFTER.matcher(after);
            if (f.find() && (f.group(2) != null) == pct) {
                double x = value(f.group(1));
                if (m.group(1).toLowerCase(Locale.ROOT).matches(FALL)) below = x; else above = x;
            }
        }
        m = DOWN_GAP.matcher(before);
        if (m.matches() && (m.group(2) != null) == pct) {
            double x = value(m.group(1));
            if (m.group(3).equalsIgnoreCase("down") || m.group(3).equalsIgnoreCase("lower")) above = x; else below = x;
        }
        m = DOWN_FROM.matcher(after);
        if (m.find() && (m.group(3) != null) == pct) {
            double x = value(m.group(2));
            if (m.group(1).equalsIgnoreCase("down") || m.group(1).equalsIgnoreCase("lower")) below = x; else above = x;
        }
        return new Bounds(below, above);
    }

    private static final Pattern HEDGED = Pattern.compile(
            "(?is).*\\b(?:about|around|some|nearly|almost|roughly|approximately|more than|over|at least|less than|fewer than|under|up to|at most)\\s\\p{Sc}?$");

    /** Does the candidate fit the slot: a date that exists and suits the tense, a number within the stated bounds and clearly apart from the key? */
    static boolean fits(Context ctx, Sentence s, TypedSpan key, String cand, Bounds bounds) {
        String p = s.plain(), before = p.substring(Math.max(0, key.start() - 40), key.start());
        if (key.type() == SpanType.DATE) {
            if (!dayExists(cand)) return false;
            if (key.sub().equals("monthname")) {
                Matcher d = DAY_BEFORE.matcher(before);
                int mon = SpanTagger.month(cand);
                if (d.find() && mon > 0 && Integer.parseInt(d.group(1)) > DAYS[mon - 1]) return false;
            }
            int year = year(cand);
            if (year > 0) {
                int ref = referenceYear(ctx);
                String tense = tense(s);
                if (ref > 0 && "past".equals(tense) && year > ref) return false;
                if (ref > 0 && "future".equals(tense) && year < ref) return false;
                // a plan or forecast comes after what the article reports ("plans to repeat the late-2024 survey in
                // autumn ____" takes no 2022), even when the past tense of that report escapes the tagger
                int keyYear = year(key.text()), floor = "future".equals(tense) ? latestYearUpTo(ctx, keyYear) : 0;
                if (floor > 0 && (year < floor || floor < keyYear && year == floor)) return false;
            }
            return true;
        }
        if (key.type() != SpanType.NUMBER && key.type() != SpanType.MONEY && key.type() != SpanType.PERCENT) return true;
        // "More than ____ of students": any smaller value is also true after a lower bound, any larger after an upper
        double kb = boundValue(key.text()), vb = boundValue(cand);
        if (kb > 0 && vb > 0) {
            if (AT_LEAST.matcher(before).matches() && vb < kb) return false;
            if (AT_MOST.matcher(before).matches() && vb > kb) return false;
        }
        // "the 9.15 start": a clock time takes clock times, not 6.86 or 13.73
        // (and within a few hours of it: a school day starts at neither 4.58 nor 18.30)
        if (key.type() == SpanType.NUMBER && clock(key.text()) && cand.matches("\\d{1,2}\\.\\d{2}")
                && (!clock(cand) || Math.abs(Integer.parseInt(cand.split("\\.")[0]) - Integer.parseInt(key.text().split("\\.")[0])) > 3)) return false;
        if (key.type() == SpanType.NUMBER && (key.sub().equals("fraction") || key.sub().equals("multiple"))) return true;
        double k = value(key.text()), v = value(cand);
        if (k <= 0 || v <= 0) return true;
        // clearly apart from the key (more so after "about", "more than": "more than 63" would also be defensible)
        double gap = HEDGED.matcher(before).matches() ? 0.2 : 0.1;
        if (Math.abs(v - k) < gap * k - 1e-9) return false;
        if (!Double.isNaN(bounds.below()) && v >= bounds.below()) return false;
        if (!Double.isNaN(bounds.above()) && v <= bounds.above()) return false;
        return true;
    }

    private static final Pattern AT_LEAST = Pattern.compile("(?is).*\\b(?:more than|over|at least|above|upwards of)\\s\\p{Sc}?$");
    private static final Pattern AT_MOST = Pattern.compile("(?is).*\\b(?:less than|fewer than|under|below|up to|at most|no more than)\\s\\p{Sc}?$");
    private static final java.util.Map<String, Double> FRACTIONS = java.util.Map.of("a half", 0.5, "half", 0.5, "a third", 1 / 3.0,
            "two-thirds", 2 / 3.0, "two thirds", 2 / 3.0, "a quarter", 0.25, "three-quarters", 0.75, "three quarters", 0.75,
            "a fifth", 0.2, "a tenth", 0.1);

    /** A value to compare with a bound: a fraction in words, else the figure's value (0 if unknown). */
    static double boundValue(String text) {
        Double f = FRACTIONS.get(text.strip().toLowerCase(Locale.ROOT));
        return f != null ? f : value(text);
    }

    /** "9.15", "3.50": a clock time written with a point (an hour up to 23, minutes below 60). */
    static boolean clock(String text) {
        if (!text.matches("\\d{1,2}\\.\\d{2}")) return false;
        String[] hm = text.split("\\.");
        return Integer.parseInt(hm[0]) <= 23 && Integer.parseInt(hm[1]) < 60;
    }

    private static final Pattern SCALED_FIGURE = Pattern.compile("(\\d[\\d,]*(?:\\.\\d+)?)\\s?(million|billion|trillion|thousand|bn|m|k)?\\b");

    /** The numeric value of a figure as written: digits with a scale word or abbreviation, or a number in words. */
    static double value(String text) {
        String t = text.strip();
        if (NumberWords.isWords(t)) return NumberWords.value(t);
        Matcher m = SCALED_FIGURE.matcher(t);
        if (!m.find()) return 0;
        double v = Double.parseDouble(m.group(1).replace(",", ""));
        String sc = m.group(2) == null ? "" : m.group(2).toLowerCase(Locale.ROOT);
        return switch (sc) {
            case "trillion" -> v * 1e12;
            case "billion", "bn" -> v * 1e9;
            case "million", "m" -> v * 1e6;
            case "thousand", "k" -> v * 1e3;
            default -> v;
        };
    }

    private static final int[] DAYS = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    private static final Pattern DAY_BEFORE = Pattern.compile("(?<![\\d.,])(\\d{1,2})(?:st|nd|rd|th)?\\s(?:of\\s)?$");
    private static final Pattern DAY_MONTH = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s(?:of\\s)?(" + SpanTagger.MONTHS + ")\\b");
    private static final Pattern MONTH_DAY = Pattern.compile("\\b(" + SpanTagger.MONTHS + ")\\s(\\d{1,2})(?:st|nd|rd|th)?\\b(?![\\d,.]\\d)");

    /** Does every day-and-month the text names exist ("31 March" does, "31 September" does not)? */
    static boolean dayExists(String text) {
        Matcher m = DAY_MONTH.matcher(text);
        while (m.find()) if (Integer.parseInt(m.group(1)) > DAYS[SpanTagger.month(m.group(2)) - 1] || Integer.parseInt(m.group(1)) == 0) return false;
        m = MONTH_DAY.matcher(text);
        while (m.find()) if (Integer.parseInt(m.group(2)) > DAYS[SpanTagger.month(m.group(1)) - 1] || Integer.parseInt(m.group(2)) == 0) return false;
        return true;
    }

    private static final Pattern YEAR = Pattern.compile("\\b((?:1[0-9]|20)\\d\\d)\\b");

    static int year(String text) {
        Matcher m = YEAR.matcher(text);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    private static final Pattern FUTURE = Pattern.compile(
            "(?i)\\b(?:will|shall|is due to|are due to|is expected to|are expected to|plans? to|aims? to|is set to|are set to|is scheduled to|by the end of|next year|next month)\\b");
    private static final Pattern PAST = Pattern.compile(
            "(?i)\\b(?:was|were|had|did|ago|last year|last month|previously|former|formerly)\\b|\\b[a-z]{3,}ed\\b");

    /** "past", "future" or null: the sentence's time, from its auxiliaries and verb forms. */
    private static final java.util.Map<Sentence, String> TENSE = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    static String tense(Sentence s) {
        String t = TENSE.get(s);
        if (t == null) {
            t = tenseNow(s);
            TENSE.put(s, t == null ? "" : t);
        }
        return t == null || t.isEmpty() ? null : t;
    }

    private static String tenseNow(Sentence s) {
        String p = s.plain();
        boolean future = FUTURE.matcher(p).find();
        if (future) return "future";
        // a past form of a verb the tagger tags as a verb, or a past auxiliary
        Matcher m = PAST.matcher(p);
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT);
            if (!w.endsWith("ed") || w.matches("was|were|had|did|ago|former|formerly|previously") || verbAt(s, m.start())) return "past";
        }
        return null;
    }

    private static boolean verbAt(Sentence s, int offset) {
        int[] at = Clauses.tokenStarts(s);
        if (at == null) return false;
        for (int i = 0; i < at.length; i++) if (at[i] == offset) return s.tags().get(i).equals("VERB") || s.tags().get(i).equals("AUX");
        return false;
    }

    /**
     * The article's date of reference: the year it was published, else the latest year it gives in a sentence about
     * the past (0 if none).
     */
    private static final java.util.Map<Context, Integer> REFERENCE = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    static int referenceYear(Context ctx) {
        Integer known = REFERENCE.get(ctx);
        if (known != null) return known;
        int ref = 0;
        String pub = ctx.module.published();
        if (pub != null && pub.matches("\\d{4}.*")) ref = Integer.parseInt(pub.substring(0, 4));
        else {
            for (Sentence s : ctx.sentences) {
                if (!"past".equals(tense(s))) continue;
                for (TypedSpan t : ctx.spans.get(s.index())) if (t.type() == SpanType.DATE) ref = Math.max(ref, year(t.text()));
            }
        }
        REFERENCE.put(ctx, ref);
        return ref;
    }

    /** The latest year up to {@code limit} that a sentence of the article not about the future names (0 if none). */
    static int latestYearUpTo(Context ctx, int limit) {
        if (limit <= 0) return 0;
        int best = 0;
        for (Sentence s : ctx.sentences) {
            if ("future".equals(tense(s))) continue;
            for (TypedSpan t : ctx.spans.get(s.index())) {
                int y = t.type() == SpanType.DATE ? year(t.text()) : 0;
                if (y <= limit && y > best) best = y;
            }
        }
        return best;
    }

    private static final Pattern FIGURE = Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?");
    private static final Pattern PCT_FORM = Pattern.compile("(\\d[\\d,]*(?:\\.\\d+)?)(\\s?%|\\s(?:percent|per cent))");

    /**
     * The candidate written exactly in the key's format (the key's percent sign or word, its decimal places, its
     * thousands separators, its currency sign and scale word), or null if it cannot be without changing its value.
     */
    static String inKeyFormat(TypedSpan key, String cand) {
        String kt = key.text();
        if (key.type() == SpanType.PERCENT) {
            Matcher km = PCT_FORM.matcher(kt), cm = PCT_FORM.matcher(cand);
            if (!km.find() || !cm.find()) return cand;
            String num = sameFigureFormat(km.group(1), cm.group(1));
            if (num == null) return null;
            return cand.substring(0, cm.start()) + num + km.group(2) + cand.substring(cm.end());
        }
        if (key.type() == SpanType.MONEY) {
            Matcher km = FIGURE.matcher(kt), cm = FIGURE.matcher(cand);
            if (!km.find() || !cm.find()) return cand;
            // the same currency sign before the figure and the same scale word after it
            if (!kt.substring(0, km.start()).equals(cand.substring(0, cm.start()))) return null;
            if (!kt.substring(km.end()).strip().equalsIgnoreCase(cand.substring(cm.end()).strip())) return null;
            String num = sameFigureFormat(km.group(), cm.group());
            return num == null ? null : cand.substring(0, cm.start()) + num + cand.substring(cm.end());
        }
        if (key.type() == SpanType.NUMBER && !NumberWords.isWords(kt) && !NumberWords.isWords(cand)) {
            Matcher km = FIGURE.matcher(kt), cm = FIGURE.matcher(cand);
            if (!km.find() || !cm.find()) return cand;
            String num = sameFigureFormat(km.group(), cm.group());
            return num == null ? null : cand.substring(0, cm.start()) + num + cand.substring(cm.end());
        }
        return cand;
    }

    /** The candidate's figure with the key's decimal places and thousands separators, or null. */
    private static String sameFigureFormat(String key, String cand) {
        int kp = key.contains(".") ? key.length() - key.indexOf('.') - 1 : 0;
        int cp = cand.contains(".") ? cand.length() - cand.indexOf('.') - 1 : 0;
        if (kp != cp) return null;
        double v = Double.parseDouble(cand.replace(",", ""));
        double kv = Double.parseDouble(key.replace(",", ""));
        boolean commas = key.contains(",") || kv < 1000;
        if (kp > 0) return commas ? String.format(Locale.ROOT, "%,." + kp + "f", v) : String.format(Locale.ROOT, "%." + kp + "f", v);
        return commas && v >= 1000 ? String.format(Locale.ROOT, "%,d", Math.round(v)) : Long.toString(Math.round(v));
    }
}
