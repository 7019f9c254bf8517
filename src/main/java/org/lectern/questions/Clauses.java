package org.lectern.questions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Self-contained clauses of a long sentence, as statements of their own: "The new rules follow a review of the
 * January storms, when a crowded evening ferry drifted for two hours with a failed engine" gives "The new rules
 * follow a review of the January storms." and "A crowded evening ferry drifted for two hours with a failed engine."
 * A short article has few sentences, and each clause can carry its own question without quoting the whole
 * sentence. A clause must have its own subject and verb and no pronoun at all (its referent may sit in the other
 * clause); an attribution ("..., the authority said on Tuesday, ...") is cut out, never kept as a clause.
 */
final class Clauses {
    private Clauses() {}

    /**
     * A statement and where it stands in the sentence's plain text ({@code text} is capitalised and ends with ".").
     * {@code speaker} names who says it when it is an answer in an interview (its "I" and "we" are theirs), else null.
     */
    record Stem(Sentence sentence, String text, int offset, boolean clause, String speaker) {}

    /**
     * Ranking adjustment for a question on this statement: a clause of a sentence that splits into two or more
     * clauses is preferred (each clause can carry its own question), a lone clause ranks just below its sentence.
     */
    static double bonus(Context ctx, Stem st) {
        if (!st.clause()) return 0;
        return ctx.clauseCount.getOrDefault(st.sentence().index(), 0) >= 2 ? 0.05 : -0.05;
    }

    /** Boundaries between clauses: conjunctions after a comma, semicolons, "when"/"while" clauses, attributions. */
    private static final Pattern BOUNDARY = Pattern.compile(
            ", (?:when|while|whereas|although|though|but|and|yet) |; | while | whereas |, (?:the |a |an )?[^,]{2,60}? (?:said|says|announced|reported|confirmed|added)(?: on \\w+| last \\w+| this \\w+)?(?=,|$)");
    private static final Pattern PRONOUN = Pattern.compile(
            "(?i)\\b(?:it|its|itself|they|them|their|themselves|he|him|his|she|her|this|these|those|such|there|here|we|our|us|you|your|i|my|one)\\b");
    private static final Pattern LEAD = Pattern.compile("^(?:and|but|yet|so|then) ", Pattern.CASE_INSENSITIVE);

    static List<Stem> of(Sentence s, List<TypedSpan> spans) {
        List<Stem> out = new ArrayList<>();
        String p = s.plain();
        if (!p.endsWith(".") || s.words() < 14) return out;
        String body = p.substring(0, p.length() - 1);
        if (body.matches(".*[—–].*|.* - .*")) return out;
        List<int[]> parts = new ArrayList<>();
        Matcher m = BOUNDARY.matcher(body);
        int from = 0;
        while (m.find()) {
            // "programs, cultural exchanges, and corporate partnerships": "and" joins a list, not two clauses
            if (m.group().matches(", (?:and|but|yet) ")) {
                String before = body.substring(from, m.start());
                String item = before.substring(before.lastIndexOf(", ") + 1).strip();
                if (!clause(s, from, before.strip()) || before.contains(", ") && item.split("\\s+").length <= 3) continue;
            }
            parts.add(new int[] {from, m.start()});
            from = m.end();
        }
        if (parts.isEmpty()) return out;
        parts.add(new int[] {from, body.length()});
        for (int[] part : parts) {
            int a = part[0], b = part[1];
            String text = body.substring(a, b);
            Matcher lead = LEAD.matcher(text);
            if (lead.find()) { a += lead.end(); text = text.substring(lead.end()); }
            // "... and in the 74th minute the substitute crossed ...": a time phrase before the clause's subject
            Matcher time = TIME_LEAD.matcher(text);
            if (time.find() && time.end() < text.length()) { a += time.end(); text = text.substring(time.end()); }
            text = text.strip();
            if (text.isEmpty() || text.length() == body.length()) continue;
            // a span cut by a boundary is no whole statement
            boolean cut = false;
            for (TypedSpan t : spans) if (t.start() < a && t.end() > a || t.start() < b && t.end() > b) cut = true;
            if (cut || !clause(s, a, text)) continue;
            String stem = Text.upperFirst(text) + ".";
            if (!Text.fluent(stem) || Text.startsWithConnector(stem) || PRONOUN.matcher(text).find() || text.matches(".*[:\"“”()].*")) continue;
            if (text.matches("(?i)^(?:in|on|at|by|for|with|from|after|before|during|since|until|if|as|because|partly|once|to|of)\\b.*")) continue;
            if (text.matches(".*\\b(?:to|of|the|a|an|and|or|in|on|for|with|by|that|than)$")) continue;
            // "The third lasted from 2014 to 2017": an ordinal with no noun points back to what it counts
            if (text.matches("(?i)^(?:the|a) (?:first|second|third|fourth|fifth|sixth|latest|last|next|other|former|latter|same|rest|others) (?!of\\b)[a-z]+\\b.*")
                    && !text.matches("(?i)^(?:the|a) \\S+ (?:[a-z]+s|[a-z]+ers?) .*") && text.split("\\s+")[2].matches("[a-z]+(?:ed|s)|was|were|is|are|has|had|began|came|went|lasted|took")) continue;
            out.add(new Stem(s, stem, a, true, null));
        }
        return out;
    }

    /** A time phrase with no comma after it ("in the 74th minute ", "on Monday "). */
    private static final Pattern TIME_LEAD = Pattern.compile(
            "(?i)^(?:in|on|at|during) (?:the |a |an )?(?:[\\p{L}\\d-]+ ){0,3}?(?:minutes?|hours?|days?|weeks?|months?|years?|seasons?|half|period|time|morning|afternoon|evening|night|spring|summer|autumn|winter|(?:1[0-9]|20)\\d\\d|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December) (?=(?:the |a |an )?\\p{L})");
    private static final Pattern LEADING = Pattern.compile(
            "^(?:In|On|At|During|After|Before|By|Within|Over|Since|Under|Until|For|Writing for|Speaking to|Earlier|Later|Last|This) [^,]{2,60}, ");
    private static final Pattern TIME_WORDS = Pattern.compile("(?i)\\b(?:year|years|month|months|week|weeks|day|days|morning|afternoon|evening|night|time|period|half|season|summer|winter|spring|autumn|century|decade|minute|hour|meantime|past|future|end|start|beginning)\\b");
    private static final Pattern DROPPABLE_START = Pattern.compile(
            "(?i)^(?:including|such as|as well as|almost|nearly|mostly|mainly|largely|especially|particularly|like|in time|just|only|some|about|around)\\b.*");

    /**
     * The statement without the phrases hung on it that carry facts of their own: a leading time or place phrase
     * ("In the second period of extra time, Hart scored ..."), a relative clause after the subject ("The pool,
     * which opened in 1978, uses ..."), a trailing phrase with no verb of its own ("..., including three small
     * fires", "..., printed on a label underneath the base", "..., beating Dunmore Town 2-1 ..."). A question on the
     * shorter statement does not show those facts, so they can carry questions of their own. Returned as clause
     * statements, only when shorter than the statement and still a sentence.
     */
    static List<Stem> trimmed(Sentence s, List<TypedSpan> spans, String stem, int offset) {
        List<Stem> out = new ArrayList<>();
        if (stem == null || !stem.endsWith(".") || s.words() < 10) return out;
        String p = s.plain();
        int end = offset + stem.length() - 1;
        int a = offset;
        Matcher lead = LEADING.matcher(p.substring(offset, end));
        // only a phrase of time or place, or how the words were said, leaves the statement's meaning whole
        if (lead.find()) {
            String phrase = lead.group();
            boolean timeOrPlace = phrase.matches("(?i)^(?:writing|speaking) .*") || TIME_WORDS.matcher(phrase).find();
            for (TypedSpan t : spans) if ((t.type() == SpanType.DATE || t.type() == SpanType.PLACE) && t.start() >= offset && t.end() <= offset + lead.end()) timeOrPlace = true;
            if (timeOrPlace) a = offset + lead.end();
        }
        int[] at = tokenStarts(s);
        if (at == null) return out;
        int relTo = -1;
        // the first trailing phrase after a comma with no verb of its own
        int b = end;
        for (int i = 0; i < at.length; i++) {
            if (at[i] <= Math.max(a, relTo) || at[i] >= end || !s.tokens().get(i).equals(",") || i + 1 >= at.length) continue;
            String next = s.tokens().get(i + 1), tag = s.tags().get(i + 1);
            boolean participle = tag.equals("VERB") && next.matches("\\p{Ll}+(?:ing|ed)");
            boolean phrase = participle || tag.matches("DET|ADJ|NUM|ADP") && !next.matches("(?i)that|which|who|whose|where|when|while|because|although|but|and|so|if|as") || DROPPABLE_START.matcher(p.substring(at[i + 1])).matches();
            if (!phrase) break;
            boolean finite = false;
            for (int j = i + 1; j < at.length && at[j] < end; j++) {
                if (s.tags().get(j).equals("AUX") || s.tokens().get(j).equals(",") && j + 1 < at.length && s.tokens().get(j + 1).matches("and|but|or")) finite = true;
                // an attribution ("..., the council said") is cut by the clause rules, never kept as a phrase
                if (s.tokens().get(j).matches("said|says|announced|reported|confirmed|added|warned|told")) finite = true;
                if (!participle && s.tags().get(j).equals("VERB") && !s.tokens().get(j).matches("\\p{Ll}+(?:ing|ed|en|ld|lt|wn|ht)") && j > i + 2) finite = true;
            }
            if (!finite) b = at[i];
            break;
        }
        if (a == offset && b == end) return out;
        String text = p.substring(a, b).strip();
        // a span cut by the trim is no whole statement
        for (TypedSpan t : spans) if (t.start() < a && t.end() > a || t.start() < b && t.end() > b) return out;
        if (text.split("\\s+").length < 6 || !clause(s, a, text)) return out;
        String st = Text.upperFirst(text) + ".";
        if (!Text.fluent(st) || Text.startsWithPronoun(st) || Text.startsWithConnector(st) || text.matches(".*[:\"“”()].*")) return out;
        if (text.matches(".*\\b(?:to|of|the|a|an|and|or|in|on|for|with|by|that|than)$")) return out;
        // what is left must not lean on what was cut: no pronoun before its own nouns ("In 2019, it ...")
        if (a > offset && PRONOUN.matcher(text.split("\\s+")[0]).matches()) return out;
        out.add(new Stem(s, st, a, true, null));
        return out;
    }

    /** Where each token starts in the sentence's plain text; null if a token is not found. */
    static int[] tokenStarts(Sentence s) {
        int[] at = new int[s.tokens().size()];
        int cursor = 0;
        for (int i = 0; i < at.length; i++) {
            int x = s.plain().indexOf(s.tokens().get(i), cursor);
            if (x < 0) return null;
            at[i] = x;
            cursor = x + s.tokens().get(i).length();
        }
        return at;
    }

    /** Does the text, starting at {@code at} in the sentence, open with a subject and hold a verb of its own? */
    private static boolean clause(Sentence s, int at, String text) {
        List<String> toks = s.tokens(), tags = s.tags();
        String plain = s.plain();
        int cursor = 0, first = -1;
        boolean verb = false, subject = false;
        int end = at + text.length();
        for (int i = 0; i < toks.size(); i++) {
            int pos = plain.indexOf(toks.get(i), cursor);
            if (pos < 0) return false;
            cursor = pos + toks.get(i).length();
            if (pos < at) continue;
            if (pos >= end) break;
            String tag = tags.get(i);
            if (first < 0) {
                first = i;
                // a gerund can be a subject ("Training a new pilot takes ...")
                boolean gerund = tag.equals("VERB") && toks.get(i).matches("\\p{Lu}?\\p{Ll}+ing") && i + 1 < toks.size() && tags.get(i + 1).matches("DET|NOUN|ADJ");
                if (!tag.matches("DET|NOUN|PROPN|ADJ|NUM") && !gerund) return false;
                if (tag.equals("DET") && toks.get(i).toLowerCase(Locale.ROOT).matches("this|that|these|those")) return false;
                if (gerund) subject = true;
            }
            // "that amount": a demonstrative points outside the clause
            if (toks.get(i).equalsIgnoreCase("that") && tag.equals("DET")) return false;
            if (!verb && (tag.equals("NOUN") || tag.equals("PROPN"))) subject = true;
            if ((tag.equals("VERB") || tag.equals("AUX")) && subject && i != first) verb = true;
        }
        return verb;
    }
}
