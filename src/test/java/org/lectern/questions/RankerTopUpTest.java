package org.lectern.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lectern.importing.Module;

/** A set short of its minimums keeps every strong question and takes weak ones only as the minimums need them. */
class RankerTopUpTest {

    /** A true/false question on its own sentence (so no two clash), weak or not. */
    static Candidate statement(int i, boolean weak) {
        String sentence = "The " + WORDS[2 * i] + " beside the " + WORDS[2 * i + 1] + " opened in " + (1990 + i) + ".";
        Question q = Question.of(QuestionType.true_false, "True or false: " + sentence, Skill.recall, 1, "Section " + (i % 3),
                List.of(sentence), "See the text.").withAnswer(i % 2 == 0 ? "true" : "false", null).withId("tf-" + i);
        return new Candidate(q, null, List.of(), weak ? 1 - Candidate.WEAK : 1, i);
    }

    static Candidate discussion(int i, boolean weak) {
        String sentence = "The " + WORDS[15 - 2 * i] + " should matter more than the " + WORDS[14 - 2 * i] + ".";
        Question q = Question.of(QuestionType.discussion, "Discuss: " + sentence, Skill.evaluate, 2, "Section " + i,
                List.of(sentence), "").withId("dq-" + i);
        return new Candidate(q, null, List.of(), weak ? 1 - Candidate.WEAK : 1, 100 + i);
    }

    static final String[] WORDS = {"harbour", "library", "transport", "schools", "water", "parks", "housing", "energy",
            "museum", "roads", "health", "police", "market", "bridge", "airport", "forest"};

    @Test
    void aShortSetKeepsItsStrongQuestionsAndAddsOnlyTheWeakOnesItsMinimumNeeds() {
        List<Candidate> cs = new ArrayList<>();
        cs.add(statement(0, false));
        for (int i = 1; i < 4; i++) cs.add(statement(i, true));
        cs.add(discussion(0, false));
        for (int i = 1; i < 4; i++) cs.add(discussion(i, true));
        List<QuestionGate.Rejection> rejected = new ArrayList<>();
        List<Candidate> chosen = Ranker.select(cs, Module.Kind.excerpt, rejected);
        // an excerpt asks for 2 discussion prompts (room for 3): the strong one and one weak one, not two
        assertThat(chosen.stream().filter(c -> c.question().type() == QuestionType.discussion).map(c -> c.question().id()))
                .hasSize(2).contains("dq-0");
        // still short of comprehension questions: the strong statement and as many weak ones as the type has room for
        assertThat(chosen.stream().filter(c -> c.question().type() == QuestionType.true_false).map(c -> c.question().id()))
                .hasSize(2).contains("tf-0");
        assertThat(rejected.stream().filter(r -> r.rule().equals("weak"))).hasSize(4);
    }

    @Test
    void theWeakQuestionAddedIsTheBestOne() {
        List<Candidate> strong = List.of(statement(0, false));
        List<Candidate> weak = new ArrayList<>();
        for (int i = 1; i < 6; i++) {
            Candidate c = statement(i, true);
            weak.add(new Candidate(c.question(), c.key(), c.distractors(), c.score() + (i == 3 ? 0.5 : 0), c.position()));
        }
        List<Candidate> topped = Ranker.topUp(strong, weak, Module.Kind.excerpt, new ArrayList<>());
        assertThat(topped.stream().map(c -> c.question().id()).toList()).containsExactlyInAnyOrder("tf-0", "tf-3");
    }
}
