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
