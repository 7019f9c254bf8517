package org.lectern.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each gate rule, on hand-made candidates. */
class QuestionGateTest {

    static final String BODY = "In 2019, Oslo hosted the water summit. The Baltic Water Commission was founded in 1994 by Norway and Sweden.";
    static final String EV = "The Baltic Water Commission was founded in 1994 by Norway and Sweden.";
    static final QuestionGate.Sources SRC = new QuestionGate.Sources("m", BODY, Map.of("m", BODY));

    static Question mc(String prompt, List<String> options, String answer, String evidence) {
        return Question.of(QuestionType.multiple_choice, prompt, Skill.recall, 2, "", List.of(evidence), "See the evidence.")
                .withOptions(options, answer).withId("mc-test");
    }

    static String rule(Candidate c) {
        QuestionGate.Rejection r = QuestionGate.check(c, SRC);
        return r == null ? null : r.rule();
    }

    static final String GOOD_PROMPT = "Which date correctly completes this sentence from the article? \"The Baltic Water Commission was founded in ____ by Norway and Sweden.\"";

    @Test
    void acceptsAGoodQuestion() {
        Question q = mc(GOOD_PROMPT, List.of("1994", "1996", "1991", "2001"), "1994", EV);
        assertThat(rule(new Candidate(q, "1994", List.of("1996", "1991", "2001"), 1, 0))).isNull();
    }

    @Test
    void rejectsAKeyThatIsNotInTheEvidence() {
        Question q = mc(GOOD_PROMPT, List.of("1995", "1996", "1991", "2001"), "1995", EV);
        assertThat(rule(new Candidate(q, "1995", List.of("1996", "1991", "2001"), 1, 0))).isEqualTo("key_not_in_evidence");
    }

    @Test
    void rejectsADistractorThatEqualsOrParaphrasesTheKey() {
        Question q = mc(GOOD_PROMPT.replace("date", "country"), List.of("Norway", "Norwegian", "Finland", "Denmark"), "Norway", EV);
        assertThat(rule(new Candidate(q, "Norway", List.of("Norwegian", "Finland", "Denmark"), 1, 0))).isEqualTo("distractor_equals_key");
    }

    @Test
    void rejectsADistractorTheEvidenceMakesTrue() {
        Question q = mc(GOOD_PROMPT.replace("date", "country"), List.of("Norway", "Sweden", "Finland", "Denmark"), "Norway", EV);
        assertThat(rule(new Candidate(q, "Norway", List.of("Sweden", "Finland", "Denmark"), 1, 0))).isEqualTo("distractor_in_evidence");
    }

    @Test
    void rejectsPronounLedPrompts() {
        for (String p : List.of("It was founded in 1994 by Norway and Sweden.", "This shows that the commission was founded early.",
                "They founded the commission in 1994 with Sweden.", "He said the commission was founded in 1994.")) {
            Question q = Question.of(QuestionType.true_false, "True or false: " + p, Skill.recall, 1, "", List.of(EV), "See.")
                    .withAnswer("true", null).withId("tf-x");
            assertThat(rule(new Candidate(q, null, List.of(), 1, 0))).as(p).isEqualTo("pronoun_led");
        }
    }

    @Test
    void rejectsDanglingFragments() {
        for (String p : List.of("The Baltic Water Commission, founded in 1994 by Norway and", "founded in 1994 by Norway and Sweden.",
                "The Baltic Water Commission (founded in 1994.", "The commission of the rivers and the lakes of the north.")) {
            Question q = Question.of(QuestionType.true_false, "True or false: " + p, Skill.recall, 1, "", List.of(EV), "See.")
                    .withAnswer("true", null).withId("tf-x");
            assertThat(rule(new Candidate(q, null, List.of(), 1, 0))).as(p).isEqualTo("fragment");
        }
    }

    @Test
    void rejectsEvidenceThatIsNotVerbatim() {
        Question q = mc(GOOD_PROMPT, List.of("1994", "1996", "1991", "2001"), "1994",
                "The Baltic Water Commission was founded in 1994 by Norway, Sweden.");
        assertThat(rule(new Candidate(q, "1994", List.of("1996", "1991", "2001"), 1, 0))).isEqualTo("evidence_not_verbatim");
    }

    @Test
    void rejectsBrokenSchemas() {
        Question three = mc(GOOD_PROMPT, List.of("1994", "1996", "1991"), "1994", EV);
        assertThat(rule(new Candidate(three, "1994", List.of("1996", "1991"), 1, 0))).isEqualTo("schema");
        Question cloze = Question.of(QuestionType.cloze, "Fill in the missing term: \"The Baltic Water Commission was founded in 1994.\"",
                Skill.vocabulary, 1, "", List.of(EV), "See.").withAnswer("1994", List.of("1994")).withId("cz-x");
        assertThat(rule(new Candidate(cloze, "1994", List.of(), 1, 0))).isEqualTo("schema");
        Question matching = Question.of(QuestionType.matching, "Match each abbreviation to its full name.", Skill.vocabulary, 1, "",
                List.of(EV), "See.").withPairs(List.of(new Question.Pair("A", "B"), new Question.Pair("C", "D"))).withId("mt-x");
        assertThat(rule(new Candidate(matching, null, List.of(), 1, 0))).isEqualTo("schema");
        Question ordering = Question.of(QuestionType.ordering, "Put these events in order, earliest first.", Skill.inference, 2, "",
                List.of(EV), "See.").withItems(List.of("One thing happened.", "Another thing happened.")).withId("or-x");
        assertThat(rule(new Candidate(ordering, null, List.of(), 1, 0))).isEqualTo("schema");
    }

    @Test
    void rankerRejectsNearDuplicatePromptsAndSpreadsAcrossSections() {
        List<Candidate> cs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Question q = Question.of(QuestionType.true_false, "True or false: The Baltic Water Commission was founded in 1994 by Norway and Sweden" + (i == 0 ? "." : " together."),
                    Skill.recall, 1, "S" + i, List.of(EV), "See.").withAnswer("true", null).withId("tf-" + i);
            cs.add(new Candidate(q, null, List.of(), 1 - i * 0.01, i));
        }
        List<QuestionGate.Rejection> rejected = new ArrayList<>();
        List<Candidate> chosen = Ranker.select(cs, org.lectern.importing.Module.Kind.article, rejected);
        assertThat(chosen).hasSize(1);
        assertThat(rejected).extracting(QuestionGate.Rejection::rule).containsOnly("near_duplicate");
    }

    @Test
    void reportCountsByTypeSkillAndRejection() {
        GenerationReport r = new BuiltInQuestionGenerator().run(Fixtures.river(), Fixtures.corpus());
        String text = r.render(2);
        assertThat(text).contains("river-accord:").contains("by type:").contains("by skill:").contains("rejected:");
        assertThat(r.byType().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(r.questions().size());
    }
}
