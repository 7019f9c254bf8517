package org.lectern.questions;

import java.util.ArrayList;
import java.util.List;

/** Gap-fill multiple choice on a typed span: the key and three distractors of the same kind. */
final class MultipleChoiceBuilder {
    private MultipleChoiceBuilder() {}

    static List<Candidate> build(Context ctx) {
        List<Candidate> out = new ArrayList<>();
        for (Clauses.Stem st : ctx.units) {
            Sentence s = st.sentence();
            for (TypedSpan k : ctx.spans.get(s.index())) {
                if (!Builders.within(st, k) || st.speaker() != null && k.type() == SpanType.GROUP) continue;
                // options cannot all take the capital a statement's first word gets
                if (k.start() == st.offset() && Character.isLowerCase(k.text().charAt(0))) continue;
                if (k.type() == SpanType.PLACE && k.sub().equals("region")) continue;
                // "Professor X of Y University" is a person, whatever its last word says
                if (k.type() == SpanType.ORGANISATION && Lexicon.TITLES.contains(k.text().split("\\s+")[0])) continue;
                String gapped = Builders.gap(ctx, st, k);
                if (gapped == null) continue;
                List<String> d = DistractorPicker.pick(ctx, s, k, 3);
                if (d.size() < 3) continue;
                List<String> options = new ArrayList<>(d);
                options.add(k.text());
                String label = Builders.label(k.type(), k);
                String prompt = "Which " + label + " correctly completes " + Builders.source(st) + "? \"" + gapped + "\"";
                Question q = Question.of(QuestionType.multiple_choice, prompt, Skill.recall,
                                k.type() == SpanType.NUMBER || k.type() == SpanType.DATE ? 2 : ctx.mentions(k.text()) > 2 ? 1 : 2,
                                s.section(), List.of(s.text()),
                                Builders.explain("The answer is " + k.text() + ".", s))
                        .withOptions(Builders.shuffle(options, s.text() + k.text()), k.text());
                q = Ids.assign(q, k.text());
                double score = 1.0 + typeBonus(k) + lengthScore(s) + Clauses.bonus(ctx, st);
                out.add(new Candidate(q, k.text(), d, score, s.index()));
            }
        }
        return out;
    }

    static double typeBonus(TypedSpan k) {
        return switch (k.type()) {
            case PERSON, ORGANISATION, TERM -> 0.3;
            // a number in words ("six metres") ranks below names and figures, which are usually the harder facts
            case NUMBER -> NumberWords.isWords(k.text()) ? -0.1 : 0.2;
            case DATE, PERCENT, MONEY -> 0.2;
            case PLACE -> 0.0;
            // a wrong actor is a fair test, but names and figures are usually the harder facts
            case GROUP -> -0.1;
        };
    }

    static double lengthScore(Sentence s) {
        int w = s.words();
        return w >= 12 && w <= 32 ? 0.3 : w <= 40 ? 0.1 : -0.2;
    }
}
