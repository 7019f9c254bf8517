package org.lectern.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lectern.importing.Module;

/** Wh-questions on one fact of a clause: who, when, where, how many, how much; self-contained and grammatical. */
class FactQuestionsTest {

    static final String BODY = """
            The town of Elmbridge will close its old library for six months from March while builders repair the roof, the county council said on Monday. The library, which opened in 1962, holds about 40,000 books.

            The repairs will cost 1.8 million pounds. Librarian Joan Pike said the closure was a hard but necessary decision. Parents have asked the council to open a reading room in the town hall for children who use the library after school.

            In a survey last year, readers borrowed 12,000 books in the summer months alone. The council said it had received 300 letters about the plan. Mayor Tom Riley, who grew up in Elmbridge, signed the contract in Ashford on Friday.

            Volunteers counted visitors at three branches over two weeks. Pike said the reading room could open in April if the council agrees.
            """;

    static List<String> prompts() {
        Module m = Fixtures.module("elmbridge-library", "Elmbridge Library to Close for Repairs", List.of("Ada Lowe"), Module.Kind.article, List.of(), BODY);
        return FactQuestionBuilder.build(new Context(m, List.of(m))).stream().map(c -> c.question().prompt()).toList();
    }

    @Test
    void asksHowMuchWhenAndHowManyWithoutQuotingTheSentence() {
        List<String> p = prompts();
        assertThat(p).contains("How much will the repairs cost?", "In which year did the library open?",
                "About how many books does the library hold?", "How many letters had the council received about the plan?",
                "For how many months will the town of Elmbridge close its old library while builders repair the roof?");
    }

    @Test
    void asksEachFigureOfAClauseWithoutShowingTheOther() {
        // "counted visitors at three branches over two weeks": two questions, neither showing the other's figure
        List<String> p = prompts();
        assertThat(p).contains("At how many branches did volunteers count visitors?", "Over how many weeks did volunteers count visitors?");
    }

    @Test
    void asksWhenAndWhereOfOneClauseWithoutShowingTheOtherFact() {
        List<String> p = prompts();
        assertThat(p).contains("When did Mayor Tom Riley sign the contract in Ashford?");
        // a relative clause on the subject is a clause of its own
        assertThat(p).contains("In which year did the library open?");
    }

    @Test
    void asksWhoOfAGroupThatActsWithTheVerbAgreeingWithWho() {
        String body = """
                Parents have asked the council to open a reading room in the town hall. Volunteers counted visitors at three branches over two weeks. \
                Teachers say the room would help pupils who have nowhere quiet to work. Builders are repairing the roof of the old library.
                """;
        Module m = Fixtures.module("reading-room", "Reading Room", List.of("Ada Lowe"), Module.Kind.article, List.of(), body);
        Context ctx = new Context(m, List.of(m));
        List<String> who = new java.util.ArrayList<>();
        for (Clauses.Stem st : ctx.units)
            for (FactQuestionBuilder.Clause c : FactQuestionBuilder.clauses(ctx, st)) {
                TypedSpan s = FactQuestionBuilder.subjectSpan(ctx, c);
                if (s != null) who.add(FactQuestionBuilder.askWho(ctx, c, s));
            }
        assertThat(who).contains("Who has asked the council to open a reading room in the town hall?",
                "Who counted visitors at three branches over two weeks?", "Who is repairing the roof of the old library?");
        assertThat(who).noneMatch(q -> q != null && q.matches("Who (?:have|are|were|say) .*"));
    }

    @Test
    void everyQuestionStandsOnItsOwnAndPassesTheGate() {
        Module m = Fixtures.module("elmbridge-library", "Elmbridge Library to Close for Repairs", List.of("Ada Lowe"), Module.Kind.article, List.of(), BODY);
        QuestionGate.Sources src = BuiltInQuestionGenerator.sources(m, List.of(m));
        for (Candidate c : FactQuestionBuilder.build(new Context(m, List.of(m)))) {
            String q = c.question().prompt();
            assertThat(q).as(q).endsWith("?").doesNotContain("____");
            assertThat(q).as(q).doesNotContainPattern("(?i)\\b(?:it|they|them|he|she|him|this|these|those)\\b");
            assertThat(QuestionGate.check(c, src)).as(q).isNull();
            assertThat(c.question().options()).hasSize(4).contains(c.key());
        }
    }

    @Test
    void aPronounWhoseNounIsLeftOutStopsTheQuestion() {
        String body = "By law, a landlord must protect a deposit within 30 days. Pellow registered it only in October 2020, almost a year later. "
                + "The council said it had received 300 letters about the plan.";
        Module m = Fixtures.module("deposit", "Deposit", List.of("Ada Lowe"), Module.Kind.article, List.of(), body);
        List<String> p = FactQuestionBuilder.build(new Context(m, List.of(m))).stream().map(c -> c.question().prompt()).toList();
        // "registered it": the deposit is in another sentence
        assertThat(p).noneMatch(q -> q.contains("register"));
        // "said it had received": "it" is the council, so the question names the council
        assertThat(p).contains("How many letters had the council received about the plan?");
        assertThat(p).contains("Within how many days must a landlord protect a deposit?");
    }
}
