package org.lectern.questions;

import java.util.ArrayList;
import java.util.List;

/** Gap-fill multiple choice on a typed span: the key and three distractors of the same kind. */
final class MultipleChoiceBuilder {
    private MultipleChoiceBuilder() {}

    static List<Candidate> build(Context ctx) {
        List<Candidate> out = new ArrayList<>(notSupported(ctx));
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
                // "After-school clubs and jobs. Some pupils ...": a run-in heading is no part of the sentence (blind review 8)
                if (TrueFalseBuilder.RUN_IN_HEADING.matcher(st.text()).find()) continue;
                // a cut that keeps "not only" and drops its "but also" half is no sentence
                if (Anaphora.brokenCorrelative(st.text(), s.plain())) continue;
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
                double score = 1.0 + typeBonus(k) + lengthScore(s) + Clauses.bonus(ctx, st) - (Importance.minorFigure(ctx, s, k) ? Candidate.WEAK : 0);
                // a quoted sentence that leans on an earlier one ("during the spell", "give it", "the answer is
                // simpler") is asked only while the set is short
                if (leansBack(ctx, st)) score -= Candidate.WEAK;
                // "1.2 billion a year: ____ million for A and 500 million for B": arithmetic on the prompt's own
                // figures gives the key, so no distractor tempts (blind review 8): the last resort of a short set
                if (computable(s.plain(), k)) score -= Candidate.WEAK + TrueFalseBuilder.doubtfulPenalty(ctx);
                out.add(new Candidate(q, k.text(), d, score, s.index()));
            }
        }
        return out;
    }

    /**
     * "Which of these statements does the article not support?": three statements of the article, each from its
     * own paragraph, and one made false by a meaningful substitution (a wrong figure, month, actor), as in a
     * false true/false statement. The key is the false statement; its evidence is the sentence it falsifies.
     */
    static List<Candidate> notSupported(Context ctx) {
        List<Candidate> out = new ArrayList<>();
        List<Clauses.Stem> plain = new ArrayList<>();
        for (Clauses.Stem st : ctx.units) {
            int w = st.text().split("\\s+").length;
            if (st.speaker() == null && w >= 7 && w <= 26 && !st.text().contains("\"") && !st.text().contains("“")) plain.add(st);
        }
        if (plain.size() < 6) return out;
        for (Candidate tf : TrueFalseBuilder.build(ctx)) {
            if (!"false".equals(tf.question().answer()) || tf.distractors().isEmpty()) continue;
            String statement = tf.question().prompt().replaceFirst("^True or false: ", "");
            if (statement.contains("\"") || statement.startsWith("According to") || statement.split("\\s+").length > 26) continue;
            Sentence s = ctx.sentences.get(tf.position());
            List<String> options = new ArrayList<>();
            java.util.Set<String> paras = new java.util.HashSet<>(List.of(s.sectionIndex() + ":" + s.paragraph()));
            // true statements that do not mention the substitute (which would make the false one look right)
            for (Clauses.Stem st : plain) {
                if (options.size() == 3) break;
                Sentence o = st.sentence();
                if (!paras.add(o.sectionIndex() + ":" + o.paragraph())) continue;
                if (DistractorPicker.inText(ctx.tagger, st.text(), tf.distractors().get(0)) || DistractorPicker.inText(ctx.tagger, st.text(), tf.key())) { paras.remove(o.sectionIndex() + ":" + o.paragraph()); continue; }
                options.add(st.text());
            }
            if (options.size() < 3) continue;
            List<String> all = new ArrayList<>(options);
            all.add(statement);
            Question q = Question.of(QuestionType.multiple_choice, "Which of these statements does the article not support?", Skill.inference, 2,
                            s.section(), List.of(s.text()),
                            Builders.explain("The article says " + tf.key() + ", not " + tf.distractors().get(0) + "; the other three statements are in the article.", s))
                    .withOptions(Builders.shuffle(all, s.text() + statement), statement);
            q = Ids.assign(q, "unsupported\u0000" + statement);
            out.add(new Candidate(q, tf.key(), options, 0.95 - 0.01 * out.size(), s.index()));
            if (out.size() == 8) break;
        }
        return out;
    }

    private static final java.util.regex.Pattern FIGURE = java.util.regex.Pattern.compile(
            "(?<![\\d.,])\\d[\\d,]*(?:\\.\\d+)?(?:\\s?(?:million|billion|trillion|thousand|bn)\\b)?");
    private static final java.util.regex.Pattern SCALE_AFTER = java.util.regex.Pattern.compile("^\\s?(million|billion|trillion|thousand|bn)\\b");

    /**
     * Can the key be worked out from the other figures of its own sentence: the sum or the difference of two of them
     * ("a cap of 1.2 billion: ____ million for A and 500 million for B"), or, for a percentage, the ratio of two
     * ("an efficiency of ____, so 0.9 kWh for every 1 kWh")? Years are no quantities to add.
     */
    static boolean computable(String sentence, TypedSpan k) {
        if (k.type() != SpanType.NUMBER && k.type() != SpanType.MONEY && k.type() != SpanType.PERCENT) return false;
        double key = Slots.value(k.text());
        java.util.regex.Matcher sc = SCALE_AFTER.matcher(sentence.substring(k.end()));
        // "____ million": the key's own scale word follows the gap
        if (sc.find() && !k.text().matches("(?i).*(?:million|billion|trillion|thousand|bn)$")) key = Slots.value(k.text() + " " + sc.group(1));
        if (key <= 0) return false;
        List<Double> others = new ArrayList<>();
        java.util.regex.Matcher m = FIGURE.matcher(sentence);
        while (m.find()) {
            if (m.end() > k.start() && m.start() < k.end()) continue;
            String f = m.group();
            if (f.matches("(?:1[5-9]|20)\\d\\d")) continue;
            double v = Slots.value(f);
            if (v > 0) others.add(v);
        }
        for (int i = 0; i < others.size(); i++)
            for (int j = 0; j < others.size(); j++) {
                if (i == j) continue;
                double a = others.get(i), b = others.get(j);
                if (i < j && Math.abs(a + b - key) <= 0.005 * key) return true;
                if (a > b && Math.abs(a - b - key) <= 0.005 * key) return true;
                if (k.type() == SpanType.PERCENT && a < b && Math.abs(100 * a / b - key) <= 0.5) return true;
            }
        return false;
    }

    /** Does the statement lean on an earlier sentence: a definite noun phrase or pronoun with its referent outside it? */
    static boolean leansBack(Context ctx, Clauses.Stem st) {
        if (st.speaker() != null) return false;
        String why = ContextFree.reason(st.text());
        if (why != null && why.contains("has no referent")) return true;
        return Anaphora.dangling(ctx, st.text()) != null;
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
