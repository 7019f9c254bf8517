package org.lectern.importing;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises bylines, dates and publisher lines near the top (or bottom) of an article. */
public final class MetadataExtractor {
    private MetadataExtractor() {}

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("sept", 9),
            Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final Pattern MDY = Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DMY = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+(\\d{4})\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})(?:[T ][\\d:.]+(?:Z|[+-][\\d:]+)?)?\\b");
    private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})([./])(\\d{1,2})\\2(\\d{4})\\b");
    private static final Pattern DATE_WORDS = Pattern.compile(
            "(?i)^(published|posted|updated|last updated|date|on)?\\s*:?\\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s*)?");

    /** Any date in the text, as ISO yyyy-mm-dd. */
    public static Optional<String> findDate(String text) {
        Matcher m = ISO.matcher(text);
        if (m.find()) return iso(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        m = MDY.matcher(text);
        if (m.find()) return iso(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)));
        m = DMY.matcher(text);
        if (m.find()) return iso(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)));
        m = NUMERIC.matcher(text);
        if (m.find()) {
            int a = Integer.parseInt(m.group(1)), b = Integer.parseInt(m.group(3)), y = Integer.parseInt(m.group(4));
            // Dots are the European day.month.year; slashes are US month/day unless the first number can't be a month.
            boolean dayFirst = m.group(2).equals(".") || a > 12;
            return dayFirst ? iso(y, b, a) : iso(y, a, b);
        }
        return Optional.empty();
    }

    /** A line that is nothing but a date (optionally "Published …"): its ISO form. */
    public static Optional<String> dateLine(String line) {
        String rest = DATE_WORDS.matcher(line.strip()).replaceFirst("");
        if (rest.isEmpty() || Text.words(rest) > 6) return Optional.empty();
        Optional<String> d = findDate(rest);
        if (d.isEmpty()) return d;
        String leftover = rest.replaceAll("(?i)" + MONTH, "").replaceAll("[\\d\\s,./:TZ+-]|st|nd|rd|th|am|pm|[|•·]", "");
        return leftover.length() <= 3 ? d : Optional.empty();
    }

    private static int month(String name) {
        String k = name.toLowerCase(Locale.ROOT).replace(".", "");
        return MONTHS.getOrDefault(k.length() > 4 ? k.substring(0, 3) : k, 0);
    }

    private static Optional<String> iso(int y, int m, int d) {
        try {
            return Optional.of(LocalDate.of(y, m, d).toString());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    static Optional<String> isoOrNull(String anyDate) {
        if (anyDate == null) return Optional.empty();
        try {
            return Optional.of(LocalDate.parse(anyDate.substring(0, Math.min(10, anyDate.length()))).toString());
        } catch (DateTimeParseException | StringIndexOutOfBoundsException e) {
            return findDate(anyDate);
        }
    }

    private static final Pattern BYLINE = Pattern.compile("(?i)^(?:written\\s+)?by[:\\s]\\s*(.+)$");
    private static final Pattern NAME_SPLIT = Pattern.compile("\\s*(?:,|&|\\band\\b|\\bund\\b|;)\\s*", Pattern.CASE_INSENSITIVE);

    /** A date in a byline, with an optional time of day after it and the separators around it. */
    private static final Pattern BYLINE_TIME = Pattern.compile("(?i)^[,\\s]*(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s+[A-Z]{2,5}\\b)?");
    private static final Pattern BYLINE_SEPARATOR_TAIL = Pattern.compile(
            "(?i)(?:[\\s,|•·—–-]|\\b(?:on|published|posted|updated|last updated)\\b|:)+$");
    private static final Pattern BYLINE_SEPARATOR_HEAD = Pattern.compile(
            "(?i)^(?:[\\s,|•·—–-]|\\b(?:published|posted|updated|last updated)\\b|:)+");

    /**
     * A byline with a date in it ("By A February 14, 2024", "By A | 3 March 2024, 10:30", "March 3, 2024 · By A"):
     * the line without the date (and the time and separators around it), or the line itself when it has no date.
     */
    static String withoutDate(String line) {
        String l = line.strip();
        int[] span = dateSpan(l);
        if (span == null) return l;
        String before = l.substring(0, span[0]);
        String after = l.substring(span[1]);
        after = BYLINE_TIME.matcher(after).replaceFirst("");
        before = BYLINE_SEPARATOR_TAIL.matcher(before).replaceFirst("");
        after = BYLINE_SEPARATOR_HEAD.matcher(after).replaceFirst("");
        before = DATE_WORDS_WEEKDAY.matcher(before).replaceFirst("");
        before = BYLINE_SEPARATOR_TAIL.matcher(before).replaceFirst("");
        return (before.strip() + " " + after.strip()).strip();
    }

    private static final Pattern DATE_WORDS_WEEKDAY = Pattern.compile("(?i)[,\\s]*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day)[,\\s]*$");

    /** Start and end of the first date in the text (in {@link #findDate}'s order of formats), or null. */
    private static int[] dateSpan(String text) {
        for (Pattern p : List.of(ISO, MDY, DMY, NUMERIC)) {
            Matcher m = p.matcher(text);
            if (m.find()) return new int[] {m.start(), m.end()};
        }
        return null;
    }

    /** The date of a byline that carries one ("By A, March 3, 2024"), as ISO; empty if the line is no byline or has no date. */
    public static Optional<String> bylineDate(String line) {
        String l = line.strip().replaceAll("^[*_]+|[*_]+$", "");
        if (byline(l).isEmpty()) return Optional.empty();
        return findDate(l);
    }

    /**
     * Author names from a byline ("By A & B", "BY NAME", "By A, March 3, 2024", "March 3, 2024 | By A"), or
     * empty if the line isn't a byline.
     */
    public static List<String> byline(String line) {
        String l = withoutDate(line.strip().replaceAll("^[*_]+|[*_]+$", ""));
        Matcher m = BYLINE.matcher(l);
        if (!m.matches() || Text.words(l) > 16) return List.of();
        String names = m.group(1).replaceAll("\\s*[|•·].*$", "");
        names = names.replaceAll("(?i),?\\s*(?:published|posted|updated)\\b.*$", "");
        List<String> out = new ArrayList<>();
        for (String n : NAME_SPLIT.split(names)) {
            String name = n.strip().replaceAll("[.,;:]+$", "");
            if (name.isEmpty()) continue;
            // "By Dan Prescott, Local Democracy Reporter": the writer's title after their name, no second author
            if (!out.isEmpty() && JOB_TITLE.matcher(name).find()) continue;
            if (!looksLikeName(name)) return List.of();
            out.add(normaliseNameCase(name));
        }
        return out;
    }

    /** A job title's last word: a writer's role given after their name in a byline. */
    private static final Pattern JOB_TITLE = Pattern.compile("(?i)\\b(?:reporter|correspondent|editor|writer|columnist|journalist|contributor|"
            + "staff|fellow|director|professor|analyst|researcher|producer|photographer|chair|officer|adviser|advisor|lecturer|"
            + "scientist|economist|secretary)$");

    static boolean looksLikeName(String name) {
        String[] parts = name.split("\\s+");
        if (parts.length < 1 || parts.length > 5) return false;
        for (String p : parts) {
            if (!Text.isCapitalised(p) && !p.matches("(?i)van|von|de|der|da|di|la|le|bin|al")) return false;
            if (p.matches(".*\\d.*")) return false;
        }
        return true;
    }

    /** "JANE DOE" → "Jane Doe"; mixed-case names are kept as written. */
    static String normaliseNameCase(String name) {
        if (!name.equals(name.toUpperCase(Locale.ROOT))) return name;
        StringBuilder b = new StringBuilder();
        boolean start = true;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            b.append(start ? c : Character.toLowerCase(c));
            start = !Character.isLetter(c) && c != '\'' && c != '’';
        }
        return b.toString();
    }

    private static final Pattern COPYRIGHT = Pattern.compile(
            "(?i)^(?:©|\\(c\\)|copyright)\\s*(?:©\\s*)?(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?\\s*,?\\s*)?(?:by\\s+)?([^.|]{2,60}?)\\.?(?:\\s*all rights reserved\\.?)?$");
    private static final Pattern PUBLISHED_BY = Pattern.compile(
            "\\b(?:published|produced|brought to you) by (?:the )?((?:[A-Z][\\w&'’.-]*)(?:\\s+(?:of|for|and|on|the|[A-Z][\\w&'’.-]*))*)");
    private static final Pattern DISCLAIMER_OWNER = Pattern.compile(
            "^([A-Z][\\w&'’-]*(?:\\s+[A-Z][\\w&'’-]*){0,3})\\s+(?:commentaries|articles|columns|essays|op-eds|posts|pieces|publications)\\b");

    /** The publisher named by a copyright line, a "published by …" phrase, or a "<Name> articles … represent the views" disclaimer. */
    public static Optional<String> publisher(String line) {
        String l = line.strip();
        Matcher m = COPYRIGHT.matcher(l);
        if (m.matches()) return Optional.of(m.group(1).strip());
        m = PUBLISHED_BY.matcher(l);
        if (m.find()) return Optional.of(m.group(1).replaceAll("(?:\\s+(?:of|for|and|on|the))+$", "").replaceAll("[.,]$", ""));
        if (Boilerplate.isDisclaimer(l)) {
            m = DISCLAIMER_OWNER.matcher(l);
            if (m.find()) return Optional.of(m.group(1));
        }
        return Optional.empty();
    }
}
