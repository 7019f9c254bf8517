package org.lectern.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lectern.questions.Question;
import org.lectern.questions.QuestionType;
import org.lectern.questions.Skill;

class AnswerCheckerTest {

    static Question q(QuestionType t) {
        return Question.of(t, "prompt", Skill.values()[0], 1, "", List.of("The sentence, as “quoted” here."), "because");
    }

    @Test
    void multipleChoiceNeedsTheExactOption() {
        Question mc = q(QuestionType.multiple_choice).withOptions(List.of("A one", "B two"), "B two");
        assertThat(AnswerChecker.check(mc, "B two").correct()).isTrue();
        assertThat(AnswerChecker.check(mc, "A one").credit()).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void trueFalseComparesTheTruthValue() {
        Question tf = q(QuestionType.true_false).withAnswer("false", List.of());
        assertThat(AnswerChecker.check(tf, "false").correct()).isTrue();
        assertThat(AnswerChecker.check(tf, "true").correct()).isFalse();
    }

    @Test
    void clozeIgnoresCaseSpacingAndPunctuationAndTakesAcceptedAnswers() {
        Question cz = q(QuestionType.cloze).withAnswer("FDI", List.of("foreign direct investment"));
        assertThat(AnswerChecker.check(cz, "  fdi. ").correct()).isTrue();
        assertThat(AnswerChecker.check(cz, "Foreign  direct-investment").correct()).isTrue();
        assertThat(AnswerChecker.check(cz, "").correct()).isFalse();
        assertThat(AnswerChecker.check(cz, "FOIP").correct()).isFalse();
    }

    @Test
    void matchingGivesPartialCreditPerPair() {
        Question mt = q(QuestionType.matching).withPairs(List.of(new Question.Pair("a", "1"), new Question.Pair("b", "2"),
                new Question.Pair("c", "3"), new Question.Pair("d", "4")));
        var r = AnswerChecker.check(mt, AnswerChecker.matchingResponse(Map.of("a", "1", "b", "2", "c", "4", "d", "3")));
        assertThat(r.credit()).isEqualByComparingTo("0.5");
        assertThat(r.correct()).isFalse();
        assertThat(AnswerChecker.check(mt, AnswerChecker.matchingResponse(Map.of("a", "1", "b", "2", "c", "3", "d", "4")))
                .correct()).isTrue();
    }

    @Test
    void orderingGivesCreditForEachAdjacentPairKeptInOrder() {
        Question or = q(QuestionType.ordering).withItems(List.of("w", "x", "y", "z"));
        assertThat(AnswerChecker.check(or, AnswerChecker.orderingResponse(List.of("w", "x", "y", "z"))).correct()).isTrue();
        // w-x and y-z kept, x-y broken: 2 of 3
        assertThat(AnswerChecker.check(or, AnswerChecker.orderingResponse(List.of("y", "z", "w", "x"))).credit())
                .isEqualByComparingTo("0.6667");
        assertThat(AnswerChecker.check(or, "not json").credit()).isEqualByComparingTo("0");
    }

    @Test
    void selectEvidenceMatchesTheStoredSentenceAfterNormalising() {
        Question se = q(QuestionType.select_evidence);
        assertThat(AnswerChecker.check(se, "The sentence, as \"quoted\" here").correct()).isTrue();
        assertThat(AnswerChecker.check(se, "Another sentence.").correct()).isFalse();
    }

    @Test
    void shortAnswerAwaitsAnInstructor() {
        var r = AnswerChecker.check(q(QuestionType.short_answer), "My explanation");
        assertThat(r.credit()).isNull();
        assertThat(r.correct()).isNull();
    }
}
