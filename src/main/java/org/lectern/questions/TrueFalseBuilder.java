package org.lectern.questions;

import java.util.ArrayList;
import java.util.List;

/** True/false statements: the sentence as written (true) or with one typed span swapped for a wrong one (false). */
final class TrueFalseBuilder {
    private TrueFalseBuilder() {}

    private static final java.util.regex.Pattern REPORTED_PRONOUN = java.util.regex.Pattern.compile(
            "(?i)\\b(?:say|says|said|reply|replies|replied|argue|argues|argued|note|notes|noted|warn|warns|warned|claim|claims|claimed)\\s+(?:that\\s+)?(?:they|it|this|these|them)\\b");
    private static final java.util.regex.Pattern LEANS_BACK = java.util.regex.Pattern.compile(
            "(?i)\\b(?:more|less|fewer|further|other|also|too|similar|same|instead|either|neither|as well)\\b");

    private static final java.util.regex.Pattern POINTS_BACK = java.util.regex.Pattern.compile(
            "(?i)\\b(?:of|for|in|on|to|with|by|from|at) (?:that|this|these|those) (?!who\\b|which\\b)[a-z]+");

    static List<Candidate> build(Context ctx) {
        // built once per module: the "not supported" multiple choice reuses the false statements
        if (ctx.trueFalse == null) ctx.trueFalse = List.copyOf(buildNow(ctx));
        return ctx.trueFalse;
    }

    private static List<Candidate> buildNow(Context ctx) {
        List<Candidate> out = new ArrayList<>();
        for (Clauses.Stem st : ctx.units) {
            Sentence s = st.sentence();
            String stem = st.text();
            List<TypedSpan> spans = new java.util.ArrayList<>();
            for (TypedSpan k : ctx.spans.get(s.index())) if (Builders.within(st, k)) spans.add(k);
            // "almost a third of that capacity": a demonstrative after a preposition points to an earlier sentence
            if (POINTS_BACK.matcher(stem).find()) continue;
            // a statement with nothing to swap is asked as it stands (ranked below the others)
            if (spans.isEmpty() && st.clause()) continue;
            int offset = st.offset();
            boolean makeFalse = !spans.isEmpty() && Text.seed(st.clause() ? stem : s.text()) % 5 < 3;
            boolean made = false;
            if (makeFalse) {
                // a wrong actor only when no name, date or figure can be swapped
                List<TypedSpan> order = new java.util.ArrayList<>(spans);
                order.sort(java.util.Comparator.comparing((TypedSpan t) -> t.type() == SpanType.GROUP));
                for (TypedSpan k : order) {
                    if (k.start() < offset || k.type() == SpanType.TERM) continue;
                    // in a speaker's own words, "we" is a group already: another group may be the speaker's own
                    if (st.speaker() != null && k.type() == SpanType.GROUP) continue;
                    // a swapped name next to its own acronym ("Bank of England (ECB)") gives itself away
                    if (stem.substring(k.end() - offset).matches("^ \\([A-Z][A-Za-z]{1,9}\\).*")) continue;
                    if (k.start() - offset > 0 && stem.charAt(k.start() - offset - 1) == '(') continue;
                    List<String> d = DistractorPicker.pick(ctx, s, k, 1);
                    if (d.isEmpty()) continue;
                    String sub = d.get(0);
                    // a year shifted by one or a figure nudged a little is no clear falsehood
                    if (!Importance.clearSwap(k, sub)) continue;
                    if (k.type() == SpanType.PLACE && stem.substring(0, k.start() - offset).matches("(?is)(?:.*\\b)?(?:in|of|to|from|for|by|with|and|on|at)\\s$")
                            && sub.matches("(?:United|Republic|Czech|Dominican) .*|.*(?:lands|ines|amas|ives|Emirates|States)")) sub = "the " + sub;
                    String head = stem.substring(0, k.start() - offset);
                    // not a word inside a longer place name ("North ____")
                    if (k.type() == SpanType.PLACE && head.matches("(?s).*\\b(?:North|South|East|West|Central|Northern|Southern|Eastern|Western|Upper|Lower|New) $")) continue;
                    // "The Middle East" -> "Europe", not "The Europe"
                    if (k.type() == SpanType.PLACE && head.matches("(?s)(?:.*\\s)?[Tt]he $") && !sub.startsWith("the ")
                            && !sub.matches("(?:United|Republic|Czech|Dominican|Middle|Far|Near) .*|.*(?:lands|ines|amas|ives|Emirates|States|East|West)")) continue;
                    String statement = head + (head.isEmpty() ? Text.upperFirst(sub) : sub) + stem.substring(k.end() - offset);
                    Question q = Question.of(QuestionType.true_false, "True or false: " + Builders.statement(ctx, st, statement), Skill.recall, 2,
                                    s.section(), List.of(s.text()),
                                    Builders.explain("False: the article says " + k.text() + ", not " + sub + ".", s))
                            .withAnswer("false", null);
                    q = Ids.assign(q, k.text() + "\u0000" + sub);
                    out.add(new Candidate(q, k.text(), List.of(sub), 1.0 + MultipleChoiceBuilder.lengthScore(s) + Clauses.bonus(ctx, st), s.index()));
                    made = true;
                    break;
                }
            }
            // asked as it stands only when it needs nothing before it ("more active forms of help" than what?)
            if (!made && (spans.isEmpty() || makeFalse || stem.split("\\s+").length <= 12) && LEANS_BACK.matcher(stem).find() && !stem.contains(" than ")) continue;
            // "Supporters reply that they buy time ...": in a short statement a pronoun after a report points back
            if (!made && stem.split("\\s+").length <= 14 && REPORTED_PRONOUN.matcher(stem).find()) continue;
            if (!made) {
                Question q = Question.of(QuestionType.true_false, "True or false: " + Builders.statement(ctx, st, stem), Skill.recall, 1,
                                s.section(), List.of(s.text()),
                                Builders.explain("True: the article states this directly.", s))
                        .withAnswer("true", null);
                q = Ids.assign(q, st.clause() ? "true\u0000" + stem : "true");
                double score = spans.isEmpty() || makeFalse ? 0.7 : 0.8;
                out.add(new Candidate(q, null, List.of(), score + MultipleChoiceBuilder.lengthScore(s) + Clauses.bonus(ctx, st), s.index()));
            }
        }
        return out;
    }
}
