package org.lectern.importing.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.util.Span;

/**
 * Repairs sentence boundaries at abbreviations. The sentence model splits after "a.m.", "p.m.", "e.g.", initials
 * and titles ("Prof."), and misses a boundary after "U.S." when a new sentence follows. Rules, for any English text:
 * <ul>
 *   <li>a title (Dr., Mr., Prof., St., Gen., …) or "e.g."/"i.e."/"cf."/"vs." never ends a sentence;</li>
 *   <li>a single initial ("J.") does not end a sentence when a capitalised word (the rest of the name) follows;</li>
 *   <li>"No."/"Vol."/"p." do not end a sentence when a number follows;</li>
 *   <li>any other abbreviation ("a.m.", "etc.", "U.S.", "Inc.") does not end a sentence when the next word is
 *       lower case, a number, a weekday or a month; a dotted capital abbreviation ("U.S.") also not when a
 *       capitalised word that cannot start a sentence on its own follows ("U.S. Congress");</li>
 *   <li>an abbreviation followed by a word that typically starts a sentence ("The", "He", "But", …) does end one.</li>
 * </ul>
 */
final class Abbreviations {

    private Abbreviations() {}

    private static final Set<String> TITLES = Set.of("dr", "mr", "mrs", "ms", "mx", "prof", "st", "mt", "gen", "gov", "sen",
            "rep", "rev", "capt", "lt", "col", "sgt", "cpl", "fr", "hon", "pres", "supt", "insp", "det", "messrs", "mme", "mlle");
    private static final Set<String> NEVER_FINAL = Set.of("e.g", "i.e", "cf", "viz", "vs", "approx", "incl", "esp", "resp", "ca");
    private static final Set<String> BEFORE_NUMBER = Set.of("no", "nos", "vol", "vols", "p", "pp", "fig", "figs", "art", "sec",
            "ch", "chap", "para", "ed", "op", "tel", "rm", "apt", "ex");
    private static final Set<String> OTHER = Set.of("a.m", "p.m", "etc", "inc", "ltd", "co", "corp", "jr", "sr", "bros", "plc",
            "dept", "est", "govt", "intl", "univ", "assn", "ave", "rd", "blvd", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun", "al", "min",
            "max", "approx", "km", "ft", "oz", "lb", "lbs", "hr", "hrs", "yr", "yrs", "mins", "sq", "dist");
    private static final Set<String> STARTERS = Set.of("the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this",
            "that", "these", "those", "there", "his", "her", "their", "its", "our", "my", "in", "on", "at", "but", "and", "or",
            "so", "yet", "however", "after", "before", "when", "while", "if", "as", "for", "since", "then", "today", "now",
            "some", "many", "most", "one", "both", "each", "no", "not", "what", "why", "how", "who", "where", "meanwhile",
            "still", "instead", "also", "although", "though", "because", "last", "next", "by", "from", "with");
    private static final Set<String> CALENDAR = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december");
    /** An abbreviation-like last token: dotted ("a.m.", "U.S.") or a short word, ending in a full stop. */
    private static final Pattern LAST = Pattern.compile("(?:^|[\\s(\"“'‘\\[])((?:\\p{L}\\.){2,}|\\p{L}{1,6}\\.)$");
    /** Inside a span: a dotted or listed abbreviation followed by a word that starts a sentence. */
    private static final Pattern INNER = Pattern.compile("(?<=[\\s(])((?:\\p{L}\\.){2,}|etc\\.|Inc\\.|Ltd\\.|Co\\.|Corp\\.|Jr\\.|Sr\\.)(\\s+)(?=\\p{Lu}\\p{Ll}*\\b)");

    static Span[] repair(String text, Span[] spans) {
        if (spans.length == 0) return spans;
        List<Span> merged = new ArrayList<>();
        Span cur = spans[0];
        for (int i = 1; i < spans.length; i++) {
            Span next = spans[i];
            if (joins(text.substring(cur.getStart(), cur.getEnd()), text.substring(next.getStart(), next.getEnd()))) {
                cur = new Span(cur.getStart(), next.getEnd());
            } else {
                merged.add(cur);
                cur = next;
            }
        }
        merged.add(cur);
        List<Span> out = new ArrayList<>();
        for (Span s : merged) splitInside(text, s, out);
        return out.toArray(Span[]::new);
    }

    /** Does {@code next} continue {@code prev} (the boundary between them fell after an abbreviation)? */
    static boolean joins(String prev, String next) {
        String p = prev.strip(), n = next.strip();
        if (n.isEmpty()) return false;
        Matcher m = LAST.matcher(p);
        if (!m.find()) return false;
        String abbr = m.group(1);
        String key = abbr.substring(0, abbr.length() - 1).toLowerCase(java.util.Locale.ROOT);
        String first = firstWord(n);
        String firstLower = first.toLowerCase(java.util.Locale.ROOT);
        boolean upper = !first.isEmpty() && Character.isUpperCase(first.codePointAt(0));
        boolean lower = !first.isEmpty() && Character.isLowerCase(first.codePointAt(0));
        boolean digit = !n.isEmpty() && Character.isDigit(n.charAt(0));
        boolean starter = STARTERS.contains(firstLower);
        if (NEVER_FINAL.contains(key)) return true;
        if (abbr.length() == 2 && Character.isUpperCase(abbr.charAt(0))) return upper && !starter; // "J. R. Smith"
        if (TITLES.contains(key) && !abbr.equals(abbr.toUpperCase(java.util.Locale.ROOT))) return upper && !starter;
        if (BEFORE_NUMBER.contains(key)) return digit;
        boolean dotted = abbr.indexOf('.') < abbr.length() - 1;
        if (dotted || OTHER.contains(key)) {
            if (lower || digit || CALENDAR.contains(firstLower)) return true;
            return dotted && Character.isUpperCase(abbr.charAt(0)) && upper && !starter;
        }
        return false;
    }

    private static void splitInside(String text, Span s, List<Span> out) {
        String t = text.substring(s.getStart(), s.getEnd());
        Matcher m = INNER.matcher(t);
        int start = 0;
        while (m.find()) {
            int wordStart = m.end(2);
            String word = firstWord(t.substring(wordStart)).toLowerCase(java.util.Locale.ROOT);
            if (!STARTERS.contains(word) || m.group(1).matches("(?i)e\\.g\\.|i\\.e\\.")) continue;
            out.add(new Span(s.getStart() + start, s.getStart() + m.end(1)));
            start = wordStart;
        }
        out.add(start == 0 ? s : new Span(s.getStart() + start, s.getEnd()));
    }

    private static String firstWord(String s) {
        int i = 0;
        while (i < s.length() && !Character.isLetterOrDigit(s.charAt(i))) i++;
        int j = i;
        while (j < s.length() && Character.isLetter(s.charAt(j))) j++;
        return s.substring(i, j);
    }
}
