package org.lectern.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lectern.importing.Module;

/**
 * The set-level rule "gives_away": no chosen question's key is shown in another chosen question's prompt, statement
 * options, items or pairs; and the near-duplicate rule no longer rejects two questions on different facts of one
 * sentence.
 */
class GiveawayRuleTest {

    static final String EV = "The public swimming pool in Carrow Vale will close for eight months from January while engineers replace its roof.";

    static Candidate gapMc(String id, String gapped, String key, List<String> distractors) {
        List<String> options = new ArrayList<>(distractors);
        options.add(key);
        Question q = Question.of(QuestionType.multiple_choice, "Which word correctly completes this sentence from the article? \"" + gapped + "\"",
                Skill.recall, 2, "", List.of(EV), "See.").withOptions(options, key).withId(id);
        return new Candidate(q, key, distractors, 1.5, 0);
    }

    static Candidate cloze(String id, String gapped, String key) {
        Question q = Question.of(QuestionType.cloze, "Fill in the missing term: \"" + gapped + "\"", Skill.vocabulary, 1, "", List.of(EV), "See.")
                .withAnswer(key, List.of(key)).withId(id);
        return new Candidate(q, key, List.of(), 1.4, 0);
    }

    static Candidate wh(String id, String prompt, String key, List<String> distractors) {
        List<String> options = new ArrayList<>(distractors);
        options.add(key);
        Question q = Question.of(QuestionType.multiple_choice, prompt, Skill.recall, 2, "", List.of(EV), "See.").withOptions(options, key).withId(id);
        return new Candidate(q, key, distractors, 1.5, 0);
    }

    static Candidate trueFalse(String id, String statement, String answer, String key) {
        Question q = Question.of(QuestionType.true_false, "True or false: " + statement, Skill.recall, 1, "", List.of(EV), "See.")
                .withAnswer(answer, null).withId(id);
        return new Candidate(q, key, key == null ? List.of() : List.of("x"), 1.3, 0);
    }

    @Test
    void aGapInASentenceGivesAwayTheKeyOfAnotherGapInIt() {
        Candidate month = gapMc("mc-month", "The public swimming pool in Carrow Vale will close for eight months from ____ while engineers replace its roof.",
                "January", List.of("March", "June", "October"));
        Candidate place = cloze("cz-place", "The public swimming pool in ____ will close for eight months from January while engineers replace its roof.", "Carrow Vale");
        // the cloze shows "January", the multiple choice's answer; the multiple choice shows "Carrow Vale"
        assertThat(Giveaway.shows(place, month)).contains("January").contains("mc-month");
        assertThat(Giveaway.shows(month, place)).contains("Carrow Vale");
        List<QuestionGate.Rejection> rejected = new ArrayList<>();
        List<Candidate> chosen = Ranker.select(List.of(month, place), Module.Kind.article, rejected);
        assertThat(chosen).hasSize(1);
        assertThat(rejected).extracting(QuestionGate.Rejection::rule).containsExactly("gives_away");
    }

    @Test
    void questionsOnDifferentFactsOfOneSentenceAreNoNearDuplicatesAndBothStay() {
        Candidate howLong = wh("mc-long", "For how many months will the pool in Carrow Vale close?", "eight", List.of("six", "ten", "four"));
        Candidate who = wh("mc-who", "Who will replace the pool's roof?", "engineers", List.of("parents", "club members", "teachers"));
        assertThat(Ranker.duplicateOf(who, List.of(howLong))).isNull();
        assertThat(Giveaway.shows(who, howLong)).isNull();
        assertThat(Giveaway.shows(howLong, who)).isNull();
        List<QuestionGate.Rejection> rejected = new ArrayList<>();
        assertThat(Ranker.select(List.of(howLong, who), Module.Kind.article, rejected)).hasSize(2);
        assertThat(rejected).isEmpty();
    }

    @Test
    void theSameFactAskedTwiceIsStillANearDuplicate() {
        Candidate gap = gapMc("mc-gap", "The public swimming pool in Carrow Vale will close for ____ months from January while engineers replace its roof.",
                "eight", List.of("six", "ten", "four"));
        Candidate howLong = wh("mc-long", "For how many months will the pool in Carrow Vale close?", "eight", List.of("six", "ten", "four"));
        assertThat(Ranker.duplicateOf(howLong, List.of(gap))).isEqualTo("mc-gap");
    }

    @Test
    void aFalseStatementIsGivenAwayByAQuestionThatShowsTheSpanItReplaced() {
        Candidate tf = trueFalse("tf-false", "The public swimming pool in Carrow Vale will close for eight months from June while engineers replace its roof.",
                "false", "January");
        Candidate gap = cloze("cz-eight", "The public swimming pool in Carrow Vale will close for ____ months from January while engineers replace its roof.", "eight");
        assertThat(Giveaway.shows(gap, tf)).contains("January");
        // and the false statement shows "eight", the cloze's answer
        assertThat(Giveaway.shows(tf, gap)).contains("eight");
    }

    @Test
    void aTrueStatementIsGivenAwayByAQuestionThatQuotesIt() {
        Candidate tf = trueFalse("tf-true", EV, "true", null);
        Candidate gap = gapMc("mc-gap", "The public swimming pool in Carrow Vale will close for eight months from ____ while engineers replace its roof.",
                "January", List.of("March", "June", "October"));
        assertThat(Giveaway.shows(gap, tf)).contains("passage").contains("tf-true");
    }

    @Test
    void aFigureShownInAnotherContextIsNoGiveaway() {
        String ev = "Cordell Home said it had received 17 reports of switches melting, including three small fires.";
        Question q = Question.of(QuestionType.cloze, "Fill in the missing number: \"Cordell Home said it had received 17 reports of switches melting, including ____ small fires.\"",
                Skill.recall, 1, "", List.of(ev), "See.").withAnswer("three", List.of("three", "3")).withId("cz-three");
        Candidate fires = new Candidate(q, "three", List.of(), 1, 0);
        Candidate deposit = trueFalse("tf-deposit", "A landlord must pay the tenant three times the deposit.", "true", null);
        Candidate fires2 = trueFalse("tf-fires", "Cordell Home said it had received 17 reports of switches melting, including 3 small fires.", "true", null);
        assertThat(Giveaway.shows(deposit, fires)).isNull();
        // in its own context, and in figures rather than words, it is
        assertThat(Giveaway.shows(fires2, fires)).contains("three");
    }

    @Test
    void aMainIdeaQuestionShowsTheFactsOfTheSentencesItOffers() {
        Question mi = Question.of(QuestionType.main_idea, "Which statement best sums up the article as a whole?", Skill.main_idea, 2, "", List.of(EV), "See.")
                .withOptions(List.of(EV, "The repairs will cost 2.4 million pounds.", "Parents have asked the council to run a free bus.",
                        "The council expects the pool to reopen in September."), EV).withId("mi-whole");
        Candidate main = new Candidate(mi, EV, mi.options().subList(1, 4), 1.3, 0);
        Question cost = Question.of(QuestionType.multiple_choice, "How much will the repairs cost?", Skill.recall, 2, "",
                List.of("The repairs will cost 2.4 million pounds."), "See.")
                .withOptions(List.of("1.2 million pounds", "2.4 million pounds", "3.6 million pounds", "4.8 million pounds"), "2.4 million pounds").withId("mc-cost");
        Candidate c = new Candidate(cost, "2.4 million pounds", List.of("1.2 million pounds", "3.6 million pounds", "4.8 million pounds"), 1.5, 1);
        assertThat(Giveaway.shows(main, c)).contains("2.4 million pounds");
    }

    @Test
    void aNameAmongAnotherQuestionsOptionsShowsOnlyAClozeAnswer() {
        Candidate who = wh("mc-who", "Who scored the equaliser?", "Ellis Hart", List.of("Dean Mercer", "Sam Okafor", "Ryan Cole"));
        String ev2 = "Their captain, Dean Mercer, headed in a corner from the left.";
        Question clozeQ = Question.of(QuestionType.cloze, "Fill in the missing name: \"Their captain, ____, headed in a corner from the left.\"", Skill.recall, 1, "",
                List.of(ev2), "See.").withAnswer("Dean Mercer", List.of("Dean Mercer")).withId("cz-dean");
        Candidate cz = new Candidate(clozeQ, "Dean Mercer", List.of(), 1, 1);
        Question mcQ = Question.of(QuestionType.multiple_choice, "Who headed in a corner from the left?", Skill.recall, 2, "", List.of(ev2), "See.")
                .withOptions(List.of("Dean Mercer", "Ellis Hart", "Sam Okafor", "Ryan Cole"), "Dean Mercer").withId("mc-dean");
        Candidate mc = new Candidate(mcQ, "Dean Mercer", List.of("Ellis Hart", "Sam Okafor", "Ryan Cole"), 1, 1);
        // four names offered as choices assert nothing: the multiple choice on Dean Mercer is not given away ...
        assertThat(Giveaway.shows(who, mc)).isNull();
        // ... but a cloze that asks for the name is, since the options turn recall into recognition
        assertThat(Giveaway.shows(who, cz)).contains("Dean Mercer");
    }

    @Test
    void discussionPromptsNeitherShowNorAreShown() {
        Question d = Question.of(QuestionType.discussion, "The article reports a decision: \"" + EV + "\" Why was it made, and was it the right decision?",
                Skill.evaluate, 3, "", List.of(EV), "No single answer.").withModules(List.of("m")).withId("dq-1");
        Candidate disc = new Candidate(d, null, List.of(), 1.5, 0);
        Candidate gap = gapMc("mc-gap", "The public swimming pool in Carrow Vale will close for eight months from ____ while engineers replace its roof.",
                "January", List.of("March", "June", "October"));
        assertThat(Giveaway.shows(disc, gap)).isNull();
        assertThat(Giveaway.shows(gap, disc)).isNull();
    }

    @Test
    void theReportCountsGiveawaysAsARuleOfTheirOwn() {
        Candidate month = gapMc("mc-month", "The public swimming pool in Carrow Vale will close for eight months from ____ while engineers replace its roof.",
                "January", List.of("March", "June", "October"));
        Candidate place = cloze("cz-place", "The public swimming pool in ____ will close for eight months from January while engineers replace its roof.", "Carrow Vale");
        Module m = Fixtures.module("pool", "Pool", List.of("A B"), Module.Kind.article, List.of(), EV);
        GenerationReport r = BuiltInQuestionGenerator.finish(m, List.of(m), List.of(month, place), 0);
        assertThat(r.rejectionsByRule()).containsKey("gives_away");
        assertThat(r.render(3)).contains("[gives_away]");
    }

    /** No two questions of any generated set show each other's answer or repeat each other. */
    @Test
    void everyGeneratedSetSatisfiesTheRule() {
        List<Module> all = new ArrayList<>(Fixtures.fresh());
        List<List<Module>> corpora = new ArrayList<>();
        for (Module m : all) corpora.add(all);
        all.add(Fixtures.river());
        corpora.add(Fixtures.corpus());
        all.add(ShortNewsArticleTest.ferry());
        corpora.add(List.of(ShortNewsArticleTest.ferry()));
        for (int i = 0; i < all.size(); i++) {
            Module m = all.get(i);
            List<Candidate> chosen = new ArrayList<>();
            for (Question q : new BuiltInQuestionGenerator().generate(m, corpora.get(i))) chosen.add(candidateOf(q));
            for (Candidate a : chosen) {
                for (Candidate b : chosen) {
                    if (a == b) continue;
                    assertThat(Giveaway.shows(a, b)).as(m.slug() + ": " + a.question().prompt() + " / " + b.question().prompt()).isNull();
                }
            }
        }
    }

    /** The key a generated question was chosen with, recovered from the question (as a model backend's would be). */
    static Candidate candidateOf(Question q) {
        Candidate c = Candidate.of(q, 0);
        if (q.type() == QuestionType.true_false && "false".equals(q.answer())) {
            // the span the false statement replaced: in the evidence, missing from the statement
            String explanation = q.explanation();
            var m = java.util.regex.Pattern.compile("^False: the article says (.+?), not ").matcher(explanation);
            if (m.find()) return new Candidate(q, m.group(1), List.of("x"), 0, 0);
        }
        return c;
    }
}
