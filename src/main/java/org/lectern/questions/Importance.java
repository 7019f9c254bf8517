package org.lectern.questions;

import java.util.regex.Pattern;

/**
 * Is a gap worth asking? Keys that test what an article is about rank high; side details are not asked: the
 * year a survey or study was done, either end of a range ("200 to ____ mg"), a
 * number in a stock phrase ("the first ____ days"), an organisation the article names only once, a fraction
 * before "a"/"an" ("almost ____ a metre", where only "half" reads well), a month beside the weather, a bare month in a
 * sentence that is not about what the title names; for free-text blanks also a name given once, the article's only
 * organisation and a term the title gives.
 */
final class Importance {
    private Importance() {}

    private static final String NUM = "\\d[\\d,.]*|" + NumberWords.PATTERN;
    private static final Pattern RANGE_BEFORE = Pattern.compile("(?is).*(?:" + NUM + ")\\s?%?\\s?(?:to|–|-|and)\\s?\\p{Sc}?$");
    private static final Pattern RANGE_AFTER = Pattern.compile("(?is)^\\s?%?\\s?(?:to|–|-)\\s?\\p{Sc}?(?:" + NUM + ").*");
    private static final Pattern STOCK = Pattern.compile("(?is).*\\b(?:first|last|next|past|final|opening|coming)\\s$");
    private static final Pattern SURVEY_AFTER = Pattern.compile("(?is)^\\s(?:survey|study|report|census|poll|review|audit|figures|data|statistics)\\b.*");
    private static final Pattern WEATHER = Pattern.compile("(?i)°|\\bdegrees\\b|\\b(?:frost|snow|icy|ice|freezing|heatwave|sunshine)\\b");
    private static final Pattern SEASON_CUE = Pattern.compile("(?i)\\b(?:heat(?:ers?|ing)|cold|chill|warm(?:th|ing)?|holidays?|harvest|blossom|beach)\\b");
    private static final Pattern FRACTION_BEFORE_ARTICLE = Pattern.compile("(?is)^\\s(?:a|an)\\s.*");

    /** A sentence about when something is to happen: a date that is the point of its sentence. */
    private static final Pattern SCHEDULE = Pattern.compile("(?i)\\b(?:will|would|is to|are to|is due to|are due to|is set to|are set to|is expected to|are expected to|plans? to|must|deadline)"
            + "(?: \\w+)? (?:open|reopen|close|shut|start|begin|launch|resume|end|finish|stop|take effect|come into force|vote|decide|be held|be published|be announced|return)\\b"
            + "|\\b(?:opens|reopens|closes|starts|begins|resumes|ends|opened|reopened|closed|started|began|launched|resumed|ended) (?:[a-z]+ )?(?:on|in|this|next|last)\\b|\\bdeadline\\b");
    /** "figures published on ____", "the council said on ____": the day of a report, not of the news. */
    private static final Pattern REPORTING_BEFORE = Pattern.compile("(?i)\\b(?:published|released|issued|said|says|announced|reported|told|confirmed|revealed|disclosed)\\s(?:\\S+\\s){0,6}(?:on|last|this)\\s$");
    /** ", who meet in the second semi-final on ____": the time of a side clause. */
    private static final Pattern RELATIVE_BEFORE = Pattern.compile("(?i),\\s(?:who|which|where)\\s[^,]*$");
    /** "this spring", "last winter": a time told from the writer's day, a scene's setting. */
    private static final Pattern DEICTIC = Pattern.compile("(?i)\\b(?:this|last|next|early|late)\\s(?:the\\s)?$");

    private static final Pattern MONTH_WORD = Pattern.compile("\\b(?:" + SpanTagger.MONTHS + ")\\b");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    /** Is the key a side detail (or a gap only one word can fill), not to be asked? */
    static boolean incidental(Context ctx, Sentence s, TypedSpan key) {
        String before = s.plain().substring(0, key.start()), after = s.plain().substring(key.end());
        switch (key.type()) {
            case DATE -> {
                // a month beside a temperature or the weather: the cue rules out most months, the gap tests nothing
                if ("monthname".equals(key.sub()) || MONTH_WORD.matcher(key.text()).find() && !YEAR.matcher(key.text()).find()) {
                    if (WEATHER.matcher(s.plain()).find()) return true;
                }
                // a bare month ("decide by ____", "homework in ____") is a side detail unless its sentence is about
                // what the title names ("the pool will reopen in ____" under a headline about the pool)
                boolean dated = before.matches("(?s).*\\b\\d{1,2}(?:st|nd|rd|th)?\\s(?:of\\s)?$") || after.matches("(?s)^,?\\s\\d.*");
                if ("monthname".equals(key.sub()) && !dated && !aboutTitle(ctx, near(before, after))) return true;
                // a season beside heating or the cold ("before next ____ it would fit heaters"): the cue gives it away
                if ("season".equals(key.sub()) && (WEATHER.matcher(s.plain()).find() || SEASON_CUE.matcher(s.plain()).find())) return true;
                if (SURVEY_AFTER.matcher(after).matches()) return true;
                // a season or a weekday is a side detail ("shopping this spring", "figures published on Tuesday",
                // "who meet on Tuesday evening") unless the sentence is about when something is to happen
                // "____ to Friday": the working week, guessed without reading
                if ("weekday".equals(key.sub()) && after.matches("(?is)^\\s?(?:to|–|-|through)\\s?(?:Friday|Saturday|Sunday)\\b.*")) return true;
                if ("weekday".equals(key.sub()) && (REPORTING_BEFORE.matcher(before).find()
                        || RELATIVE_BEFORE.matcher(before).find() && !SCHEDULE.matcher(s.plain()).find())) return true;
                if ("season".equals(key.sub()) && !SCHEDULE.matcher(s.plain()).find()
                        && (DEICTIC.matcher(before).find() || s.sectionIndex() == 0 && s.paragraph() == 0)) return true;
            }
            case NUMBER, PERCENT, MONEY -> {
                if (RANGE_BEFORE.matcher(before).matches() || RANGE_AFTER.matcher(after).matches()) return true;
                if (STOCK.matcher(before).matches() && after.matches("(?is)^\\s(?:days?|weeks?|months?|years?|hours?|minutes?|decades?)\\b.*")) return true;
                if (key.text().matches("(?i)half|a third|a quarter|two-thirds|three-quarters|a fifth|a tenth") && FRACTION_BEFORE_ARTICLE.matcher(after).matches()) return true;
            }
            default -> {}
        }
        return false;
    }

    /**
     * What makes a figure the point of its sentence: a change, a comparison, a record, a cost or a share, a cause or a
     * result ("sales fell by a third", "the highest rate since ...", "cost £3 million", "because ...").
     */
    private static final Pattern FIGURE_POINT = Pattern.compile("(?i)\\b(?:record|highest|lowest|largest|biggest|smallest|fewest"
            + "|rose|risen|rising|fell|fallen|falling|drop(?:ped|s)?|doubled|tripled|trebled|halved|increase[ds]?|decrease[ds]?|grew|grown"
            + "|jump(?:ed|s)?|slump(?:ed|s)?|surge[ds]?|(?<!more |less |fewer |rather )than|compared|costs?|costing|saved?|saving|savings|spend|spent|paid|pay|price[ds]?"
            + "|worth|account(?:s|ed)? for|majority|because|led to|leading to|result(?:ed|ing)?|caus(?:e[ds]?|ing)|meant|forced"
            + "|for the first time|the first (?:[a-z]+ )?in)\\b");
    /** A time of day ("at 6.30", "7pm", "midnight"): when, to the minute, is a scene's detail. */
    private static final Pattern CLOCK = Pattern.compile("(?i)\\d{1,2}[.:]\\d{2}|\\d{1,2}\\s?(?:am|pm|a\\.m\\.|p\\.m\\.)|\\b(?:midnight|noon|midday)\\b");

    /**
     * Is a figure key (a date, a number, a percentage, an amount) a side detail for a question that asks for it by
     * recall (multiple choice, a wh-question, a swapped figure in a true/false)? A figure is worth asking when the
     * article returns to it (it appears in another sentence) or when it is the point of its sentence (a change, a
     * comparison, a cost, a cause or a result); a year, a month, a weekday or a time of day is worth asking only
     * when the article returns to it. "The market closed in March 2022", "it sheltered more than 300 people" and "in
     * 1963 the laundry closed" test memory of a detail, not what the article says.
     */
    static boolean minorFigure(Context ctx, Sentence s, TypedSpan key) {
        SpanType t = key.type();
        if (t != SpanType.DATE && t != SpanType.NUMBER && t != SpanType.PERCENT && t != SpanType.MONEY) return false;
        if (CLOCK.matcher(key.text()).find()) return true;
        boolean repeated = ctx.mentions(key.text()) >= 2;
        if (repeated) return false;
        String p = s.plain();
        // "the 1998 declaration": a year that names an event
        if (t == SpanType.DATE && key.text().matches("\\d{4}") && p.substring(0, key.start()).matches("(?is)(?:.*\\s)?(?:the|its|their|his|her)\\s$")
                && p.substring(key.end()).matches("(?s)^\\s[a-z][a-z-]+\\b.*")) return false;
        // the clause around the key: from the last comma or semicolon before it to the next after it
        int from = Math.max(p.lastIndexOf(", ", key.start()), p.lastIndexOf("; ", key.start()));
        int to = p.indexOf(", ", key.end()), semi = p.indexOf("; ", key.end());
        if (to < 0 || semi >= 0 && semi < to) to = semi;
        String clause = p.substring(Math.max(0, from), to < 0 ? p.length() : to);
        return !FIGURE_POINT.matcher(clause).find();
    }

    private static final java.util.Set<String> WEAK = java.util.Set.of("canno", "would", "could", "shoul", "said", "says", "will", "more", "most", "also");

    /** The words around a gap: the six before it and the four after, within its sentence. */
    static String near(String before, String after) {
        String[] b = before.strip().split("\\s+"), a = after.strip().split("\\s+");
        StringBuilder out = new StringBuilder();
        for (int i = Math.max(0, b.length - 6); i < b.length; i++) out.append(b[i]).append(' ');
        for (int i = 0; i < Math.min(4, a.length); i++) out.append(a[i]).append(' ');
        return out.toString();
    }

    /** Do the words share a content word with the article's title? */
    static boolean aboutTitle(Context ctx, String words) {
        if (ctx.module.title() == null) return true;
        java.util.Set<String> t = SelectEvidenceBuilder.stems(ctx.module.title());
        for (String w : SelectEvidenceBuilder.stems(words)) if (t.contains(w) && !WEAK.contains(w)) return true;
        return false;
    }

    /** As {@link #incidental}, and for a free-text blank also an organisation the article names only once. */
    static boolean incidentalBlank(Context ctx, Sentence s, TypedSpan key) {
        if (incidental(ctx, s, key)) return true;
        if (key.type() == SpanType.ORGANISATION && ctx.mentions(key.text()) < 2) return true;
        // the article's only organisation: a reader fills it in without reading
        if (key.type() == SpanType.ORGANISATION) {
            java.util.Set<String> orgs = new java.util.HashSet<>();
            for (java.util.List<TypedSpan> l : ctx.spans) for (TypedSpan t : l) if (t.type() == SpanType.ORGANISATION) orgs.add(t.canonical() == null ? t.text() : t.canonical());
            if (orgs.size() <= 1) return true;
        }
        // a person named once (by surname too) is recall of a name, not of what the article says
        if (key.type() == SpanType.PERSON) {
            String[] parts = key.text().split("\\s+");
            if (ctx.mentions(parts[parts.length - 1]) < 2) return true;
        }
        // a term the title already gives ("gritted the ____" under a headline about a car park)
        String title = ctx.module.title() == null ? "" : " " + Text.norm(ctx.module.title()) + " ";
        return key.type() != SpanType.NUMBER && title.contains(" " + Text.norm(key.text()) + " ");
    }

    /**
     * Is a true/false swap clearly false and meaningful? Not a year shifted by one or two, nor a figure moved by
     * less than a quarter (a reader who half-remembers it cannot tell).
     */
    static boolean clearSwap(TypedSpan key, String sub) {
        int y1 = Slots.year(key.text()), y2 = Slots.year(sub);
        if (y1 > 0 && y2 > 0 && Math.abs(y1 - y2) <= 2) return false;
        if (key.type() == SpanType.NUMBER || key.type() == SpanType.PERCENT || key.type() == SpanType.MONEY) {
            double a = Slots.value(key.text()), b = Slots.value(sub);
            if (!Double.isNaN(a) && !Double.isNaN(b) && a > 0 && b > 0 && Math.max(a, b) / Math.min(a, b) < 1.25) return false;
        }
        return true;
    }
}
