package org.lectern.questions;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lectern.importing.nlp.Nlp;

/**
 * Words of a prompt that stand for something named in an earlier sentence of the article, which the student does
 * not see with the question: "during the spell", "would give it cheaper power", "the discussions", "the rule". And
 * cut statements that leave half of a correlative pair ("not only attracts regional leaders."). Rules of English
 * reference only, no article's words.
 */
final class Anaphora {
    private Anaphora() {}

    /** Nouns a reader takes as known without an antecedent: one of its kind in the situation, or a time. */
    static final Set<String> UNIQUE = Set.of("world", "public", "government", "police", "economy", "country", "nation",
            "state", "region", "area", "town", "city", "village", "council", "market", "markets", "industry", "weather",
            "future", "past", "present", "time", "times", "year", "month", "week", "day", "night", "morning", "evening",
            "afternoon", "weekend", "summer", "winter", "autumn", "spring", "season", "decade", "century", "end", "start",
            "beginning", "middle", "moment", "sun", "moon", "sky", "sea", "internet", "press", "media", "law", "environment",
            "climate", "planet", "earth", "air", "ground", "way", "case", "fact", "age", "top", "bottom", "centre", "center",
            "rest", "majority", "minority", "number", "rate", "average", "total", "side", "front", "back", "first", "last",
            "country's", "population", "people", "workforce", "government's", "border", "coast", "north", "south", "east",
            "west", "capital", "line", "record", "highest", "lowest", "same", "other", "others", "latter", "former");

    /** Words after a noun that say which one is meant. */
    private static final Set<String> POSTMOD = Set.of("of", "between", "in", "to", "that", "which", "who", "whom", "whose",
            "for", "from", "on", "with", "by", "at", "among", "over", "since", "under", "when", "where", "why", "as", "than",
            "across", "against", "about", "behind", "within", "after", "before", "around", "into", "itself", "themselves", "known",
            "called", "named", "set", "made", "run", "owned", "built", "used", "held");

    private static final Set<String> DETERMINERS = Set.of("the", "this", "these", "those", "that");

    /** In how many of the module's sentences a noun (or its plural/singular) occurs in lower case. */
    static int mentions(Context ctx, String noun) {
        String n = noun.toLowerCase(Locale.ROOT);
        String sing = n.endsWith("s") ? n.substring(0, n.length() - 1) : n;
        // in lower case only: "the Dry Fuel Rule" is a name, not a mention of "the rule"
        Pattern p = Pattern.compile("\\b" + Pattern.quote(sing) + "(?:s|es)?\\b");
        int count = 0;
        for (Sentence s : ctx.sentences) if (p.matcher(s.plain()).find()) count++;
        return count;
    }

    /**
     * The first definite noun phrase or object pronoun of {@code text} whose referent is outside it, or null. A definite
     * noun phrase counts when its head is a common noun with nothing after it that says which one ("of ...", a
     * relative clause), not mentioned earlier in the text, not a noun that is unique in the situation ("the
     * government", "the year"), and not the article's running topic (a noun in four or more of its sentences).
     */
    static String dangling(Context ctx, String text) {
        // "these difficult conversations—and ...": a dash joined to its words hides them from the tagger
        String[] toks = Nlp.tokens(text.replaceAll("\\s*([—–])\\s*", " $1 "));
        String[] tags = Nlp.tags(toks);
        String np = definite(ctx, toks, tags);
        return np != null ? np : objectPronoun(toks, tags);
    }

    static String definite(Context ctx, String[] toks, String[] tags) {
        for (int i = 0; i < toks.length; i++) {
            String d = toks[i].toLowerCase(Locale.ROOT);
            if (!DETERMINERS.contains(d)) continue;
            int j = i + 1;
            while (j < toks.length && (tags[j].equals("ADJ") || tags[j].equals("NUM") && !toks[j].matches("\\d{4}"))) j++;
            if (j >= toks.length || !tags[j].equals("NOUN") || !toks[j].matches("\\p{Ll}[\\p{Ll}-]*")) continue;
            // "that" + noun is a determiner only after a verb or preposition or at the start ("that money")
            if (d.equals("that") && i > 0 && !tags[i - 1].matches("VERB|ADP|AUX")) continue;
            int h = j;
            // a compound noun, not a verb in -s the tagger took for a noun ("the stone passes through", "the trial fails,")
            while (h + 1 < toks.length && tags[h + 1].equals("NOUN")
                    && !(toks[h + 1].matches("\\p{Ll}+s") && (h + 2 >= toks.length || tags[h + 2].matches("DET|ADP|PRON|ADV|PART|SCONJ|NUM|ADJ|PUNCT")))) h++;
            // "the Dry Fuel Rule", "the Vell Link cable": a name says which one
            boolean named = false;
            for (int k = i + 1; k <= h; k++) if (tags[k].equals("PROPN") || Character.isUpperCase(toks[k].charAt(0))) named = true;
            if (named || h + 1 < toks.length && tags[h + 1].equals("PROPN")) continue;
            String next = h + 1 < toks.length ? toks[h + 1].toLowerCase(Locale.ROOT) : "";
            if (POSTMOD.contains(next) || next.equals("'s") || next.equals("’s") || next.equals("(")) continue;
            // "the remaining £3.7 million", "the committee chair, Cllr Janet Okafor": a figure or a name after it says which
            if (h + 1 < toks.length && (tags[h + 1].matches("NUM|SYM") || toks[h + 1].matches("[\\p{Sc}\\d].*"))) continue;
            if (next.equals(",") && h + 2 < toks.length && tags[h + 2].equals("PROPN")) continue;
            // "argue that fewer competitors make ...": "that" opens a clause, its noun is the clause's subject
            if (d.equals("that") && (j > i + 1 || i > 0 && !tags[i - 1].matches("VERB|ADP") || h + 1 < toks.length && tags[h + 1].matches("VERB|AUX|CCONJ"))) continue;
            // "the previous year", "the same day": a time, or "this week"
            String head = toks[h].toLowerCase(Locale.ROOT);
            String sing = head.endsWith("s") && !head.endsWith("ss") ? head.substring(0, head.length() - 1) : head;
            if (UNIQUE.contains(head) || UNIQUE.contains(sing)) continue;
            // a noun the text itself has used before ("a rule ... the rule")
            String before = String.join(" ", java.util.Arrays.copyOf(toks, i)).toLowerCase(Locale.ROOT);
            if (Pattern.compile("\\b" + Pattern.quote(sing) + "(?:s|es)?\\b").matcher(before).find()) continue;
            if (ctx != null && mentions(ctx, head) >= 4) continue;
            StringBuilder out = new StringBuilder();
            for (int k = i; k <= h; k++) out.append(k > i ? " " : "").append(toks[k]);
            return out.toString();
        }
        return null;
    }

    /**
     * "A second cable would give it cheaper power": an object pronoun cannot stand for its own clause's subject, so
     * with no other noun before it in the text its referent is in an earlier sentence.
     */
    static String objectPronoun(String[] toks, String[] tags) {
        int firstVerb = -1;
        for (int i = 0; i < toks.length; i++) {
            if (firstVerb < 0 && tags[i].matches("VERB|AUX")) firstVerb = i;
            String w = toks[i].toLowerCase(Locale.ROOT);
            if (!w.matches("it|them|him") || i == 0 || !tags[i - 1].equals("VERB") || firstVerb < 0) continue;
            // "says it hopes", "I think it is time": the subject of a clause of its own, which may be the speaker
            if (i + 1 < toks.length && tags[i + 1].matches("VERB|AUX")) continue;
            boolean other = false;
            for (int k = firstVerb; k < i; k++) if (tags[k].matches("NOUN|PROPN")) other = true;
            if (!other) return toks[i - 1] + " " + toks[i];
        }
        return null;
    }

    /**
     * "the rule" → "the Dry Fuel Rule": a bare definite noun phrase that one of the five sentences before names with a
     * capitalised name ending in the same noun, and only one such name. Null when there is nothing safe to do.
     */
    static String resolve(Context ctx, Sentence s, String text, String np) {
        Matcher m = Pattern.compile("(?i)^the ([a-z]+)$").matcher(np);
        if (!m.matches()) return null;
        String head = m.group(1);
        Pattern name = Pattern.compile("\\b((?:\\p{Lu}[\\p{L}-]+ ){1,4})" + Pattern.quote(Text.upperFirst(head)) + "\\b");
        java.util.Set<String> found = new java.util.TreeSet<>();
        for (int i = Math.max(0, s.index() - 5); i < s.index(); i++) {
            Matcher n = name.matcher(ctx.sentences.get(i).plain());
            while (n.find()) {
                String full = (n.group(1) + Text.upperFirst(head)).replaceFirst("^(?:The|A|An|In|On|By|Since|After|Before|When) ", "");
                if (full.contains(" ")) found.add(full);
            }
        }
        if (found.size() != 1) return null;
        Matcher at = Pattern.compile("\\b(?i:" + Pattern.quote(np) + ")\\b").matcher(text);
        if (!at.find()) return null;
        String det = text.substring(at.start(), at.start() + 3);
        return text.substring(0, at.start()) + det + " " + found.iterator().next() + text.substring(at.end());
    }

    private static final Pattern NOT_ONLY = Pattern.compile("(?i)\\bnot only\\b");
    private static final Pattern BUT_ALSO = Pattern.compile("(?i)\\bbut(?: [a-z]+)?(?: also| too| as well)?\\b");
    private static final Pattern EITHER = Pattern.compile("(?i)(?<!\\bon )\\beither\\b(?! (?:side|way|case|country|party|of)\\b)(?![.,;])");
    private static final Pattern NEITHER = Pattern.compile("(?i)\\bneither\\b(?! (?:side|way|case|country|party|of)\\b)(?![.,;])");
    private static final Pattern BOTH = Pattern.compile("(?i)\\bboth\\b(?! (?:of|sides|countries|parties|leaders|governments|men|women)\\b)(?![.,;])");
    private static final Pattern WHETHER = Pattern.compile("(?i)\\bwhether\\b");

    /**
     * A statement that keeps the first half of a correlative pair and not the second: "not only" without "but",
     * "either" without "or", "neither" without "nor", "both ... " without "and", "whether" that the cut leaves
     * without its clause. Checked on the statement a cut produced, against the sentence it came from.
     */
    static boolean brokenCorrelative(String cut, String whole) {
        if (cut.length() >= whole.length() - 1) return false;
        return broken(cut) && !broken(whole);
    }

    /** Does the text open a correlative pair it does not close? */
    static boolean broken(String t) {
        Matcher m = NOT_ONLY.matcher(t);
        if (m.find() && !BUT_ALSO.matcher(t.substring(m.end())).find()) return true;
        m = EITHER.matcher(t);
        if (m.find() && !t.substring(m.end()).matches("(?is).*\\bor\\b.*")) return true;
        m = NEITHER.matcher(t);
        if (m.find() && !t.substring(m.end()).matches("(?is).*\\bnor\\b.*")) return true;
        m = BOTH.matcher(t);
        if (m.find() && !t.substring(m.end()).matches("(?is).*\\band\\b.*") && !t.substring(m.end()).matches("(?is)^\\s*[.,;].*")) return true;
        m = WHETHER.matcher(t);
        if (m.find() && t.substring(m.end()).strip().matches("[.?!]?")) return true;
        return false;
    }
}
