package org.lectern.questions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Helpers shared by the per-type builders. */
final class Builders {
    private Builders() {}

    /** The stem with the key replaced by a gap, or null if the key is outside the stem or repeated in it. */
    static String gap(Context ctx, Sentence s, TypedSpan key) {
        String stem = ctx.stems.get(s.index());
        if (stem == null) return null;
        return gap(ctx, new Clauses.Stem(s, stem, s.plain().length() - stem.length(), false, null), key);
    }

    /** The statement with the key replaced by a gap, or null if the key is outside it or repeated in it. */
    static String gap(Context ctx, Clauses.Stem st, TypedSpan key) {
        String stem = st.text();
        int offset = st.offset();
        if (!within(st, key)) return null;
        String before = stem.substring(0, key.start() - offset), after = stem.substring(key.end() - offset);
        // the key must be a whole name, not part of a longer one ("the ____ of Representatives")
        if (after.matches("^(?: of| and| for)? [A-Z].*") && !after.matches("^ [A-Z][a-z]+ [a-z].*") && key.type() != SpanType.PERSON) return null;
        if (after.matches("^[-–][A-Za-z].*") || before.matches(".*[A-Za-z][-–]$")) return null;
        if (key.type() != SpanType.PERSON && before.matches(".*\\b[a-z,;:]+ [A-Z][\\p{L}]+ $")
                && !before.matches(".*\\b[A-Z][\\p{L}]*(?:’s|'s) $")) return null;
        String g = before + "____" + after;
        if (DistractorPicker.inText(ctx.tagger, before + " " + after, key.text())) return null;
        return g;
    }

    /** Does the span lie inside the statement (before its full stop)? */
    static boolean within(Clauses.Stem st, TypedSpan k) {
        return k.start() >= st.offset() && k.end() <= st.offset() + st.text().length() - 1;
    }

    /** "this sentence from the article", or for a clause "this statement based on the article". */
    static String source(Clauses.Stem st) {
        if (st.speaker() != null) return "what " + st.speaker() + " says in the interview";
        return st.clause() ? "this statement based on the article" : "this sentence from the article";
    }

    /** A statement as the student reads it: quoted after its speaker in an interview ("Ana Ruiz says, "We ...""). */
    static String said(Clauses.Stem st, String statement) {
        return st.speaker() == null ? statement : st.speaker() + " says, \"" + statement + "\"";
    }

    private static final java.util.regex.Pattern VIEWPOINT = java.util.regex.Pattern.compile("(?i)\\b(?:should|ought to|must|could|might|needs? to|would be (?:wise|better|best))\\b");

    /**
     * A statement for true/false: a recommendation or a possibility ("The council could pay for ...") is the
     * article's view, so it is attributed ("According to the article, the council could ..."); an interview
     * answer is quoted after its speaker.
     */
    static String statement(Context ctx, Clauses.Stem st, String statement) {
        if (st.speaker() != null) return said(st, statement);
        var v = VIEWPOINT.matcher(statement);
        // the modal of the main clause, not of a clause after a comma or "that" ("..., suggesting that Tokyo could ...")
        if (!v.find() || statement.matches("(?i)^according to .*") || statement.substring(0, v.start()).matches("(?is).*(?:,|\\bthat\\b|\\bif\\b|\\bwhether\\b).*")) return statement;
        // "..., the company said.": the statement names whose view it is
        if (DiscussionBuilder.SAID_AT_END.matcher(statement).find()) return statement;
        return "According to the article, " + Text.lowerFirst(statement, ShortAnswerBuilder.properNoun(ctx, statement));
    }

    static String where(Sentence s) {
        return s.section().isEmpty() ? "the article" : "the section \"" + s.section() + "\"";
    }

    static String explain(String lead, Sentence s) {
        return lead + " See " + where(s) + ": \"" + s.plain() + "\"";
    }

    /** Options in a deterministic, content-derived order. */
    static List<String> shuffle(List<String> options, String seed) {
        List<String> o = new ArrayList<>(options);
        o.sort(Comparator.comparing(x -> Text.hash(seed + "\u0000" + x)));
        return o;
    }

    static String label(SpanType t, TypedSpan k) {
        return switch (t) {
            case PERSON -> "person";
            case ORGANISATION -> "organisation";
            case PLACE -> k.sub().equals("country") ? "country" : k.sub().equals("region") ? "region" : "place";
            case DATE -> k.sub().equals("monthname") ? "month" : k.sub().equals("season") ? "season" : k.sub().equals("weekday") ? "day" : "date";
            case NUMBER -> k.sub().equals("fraction") ? "fraction" : k.sub().equals("multiple") ? "amount" : "number";
            case MONEY -> "amount";
            case PERCENT -> "percentage";
            case TERM -> "term";
            case GROUP -> Groups.label(k);
        };
    }

    /** Does the text contain one of the sentence's verbs (by part-of-speech tag)? */
    static boolean hasVerb(Sentence s, String text) {
        for (int i = 0; i < s.tokens().size(); i++) {
            String tag = s.tags().get(i);
            if ((tag.equals("VERB") || tag.equals("AUX"))
                    && java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(s.tokens().get(i)) + "\\b").matcher(text).find()) return true;
        }
        return false;
    }

    static boolean gappable(TypedSpan k) {
        return k.type() != SpanType.DATE || !k.sub().equals("monthday") || true;
    }
}
