package org.lectern.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lectern.importing.Module;

/** "Who said ...?" on a news piece that quotes several named people: the speaker is certain, the options are people. */
class SpeakerQuestionsTest {

    static final String BODY = """
            Millbrook Rangers reached the county final on Sunday after beating Ostley 3-0 in front of 2,100 fans.

            Rangers captain Owen Tate, a 28-year-old electrician, scored twice before half-time. Winger Priya Shah added a third late on, and goalkeeper Leon Marsh saved a penalty.

            "We trained in the snow all winter and it finally paid off," Tate said. "They will remember this one."

            Ostley manager Greta Holm was honest about her side's display. "We never settled and the crowd could tell," she said.

            Club secretary Aled Price said the final would be played in May. "Every ticket for the final will sell within a week," said Price.

            "They were better than us on the day and that is football," a visiting supporter said.

            "Small clubs like this one keep the county game alive," said Dr Ines Varga, a sports historian at Ostley College.
            """;

    static List<Candidate> candidates() {
        Module m = Fixtures.module("millbrook-final", "Millbrook Reach Final", List.of("Ada Lowe"), Module.Kind.article, List.of(), BODY);
        return SpeakerQuestionBuilder.build(new Context(m, List.of(m)));
    }

    static Candidate asking(String quote) {
        return candidates().stream().filter(c -> c.question().prompt().contains(quote)).findFirst().orElse(null);
    }

    @Test
    void asksWhoSaidAQuotationAttributedBySurnameWithTheFullNameAsKey() {
        Candidate c = asking("We trained in the snow");
        assertThat(c).isNotNull();
        assertThat(c.question().prompt()).isEqualTo(
                "Who said the following in the article? \"We trained in the snow all winter and it finally paid off.\"");
        assertThat(c.question().answer()).isEqualTo("Owen Tate");
        // the sentence that gives the full name, then the quotation
        assertThat(c.question().evidence()).containsExactly(
                "Rangers captain Owen Tate, a 28-year-old electrician, scored twice before half-time.",
                "\"We trained in the snow all winter and it finally paid off,\" Tate said.");
    }

    @Test
    void offersOtherPeopleTheArticleNamesSpeakersFirst() {
        Candidate c = asking("We trained in the snow");
        assertThat(c.question().options()).hasSize(4).contains("Owen Tate", "Greta Holm", "Aled Price");
        assertThat(c.distractors()).doesNotContain("Owen Tate");
    }

    @Test
    void resolvesHeOrSheOnlyWhenTheParagraphNamesOnePerson() {
        assertThat(asking("We never settled").question().answer()).isEqualTo("Greta Holm");
    }

    @Test
    void acceptsSaidBeforeTheName() {
        assertThat(asking("Every ticket for the final").question().answer()).isEqualTo("Aled Price");
    }

    @Test
    void aTitleIsNotPartOfTheNameAndWhatFollowsTheNameIsNotQuoted() {
        Candidate c = asking("Small clubs like this one");
        assertThat(c.question().answer()).isEqualTo("Ines Varga");
        assertThat(c.question().prompt()).endsWith("\"Small clubs like this one keep the county game alive.\"");
    }

    @Test
    void skipsUnnamedSpeakersAndQuotationsTooShortToCarryContent() {
        assertThat(asking("better than us on the day")).isNull();
        assertThat(asking("remember this one")).isNull();
        assertThat(candidates()).hasSize(4);
    }

    @Test
    void passesTheGateWithTheQuotationsFirstPersonBelongingToTheSpeaker() {
        Module m = Fixtures.module("millbrook-final", "Millbrook Reach Final", List.of("Ada Lowe"), Module.Kind.article, List.of(), BODY);
        List<QuestionGate.Rejection> rejected = new java.util.ArrayList<>();
        List<Candidate> passed = QuestionGate.filter(candidates(), BuiltInQuestionGenerator.sources(m, List.of(m)), rejected);
        assertThat(rejected).isEmpty();
        assertThat(passed).hasSize(4);
    }

    @Test
    void aQuestionNamingTheSpeakerElsewhereDoesNotGiveTheAnswerAway() {
        Candidate said = asking("We never settled");
        Candidate cloze = Candidate.of(Question.of(QuestionType.cloze, "Fill in the missing term: \"____ manager Greta Holm was honest about her side's display.\"",
                Skill.recall, 1, null, List.of("Ostley manager Greta Holm was honest about her side's display."), "").withOptions(List.of(), "Ostley"), 0);
        assertThat(Giveaway.shows(cloze, said)).isNull();
        // but a question that shows the speaker beside the quotation's words does
        Candidate tf = Candidate.of(Question.of(QuestionType.true_false, "True or false: Greta Holm said her side never settled and the crowd could tell.",
                Skill.recall, 1, null, List.of("\"We never settled and the crowd could tell,\" she said."), "").withOptions(List.of(), "true"), 0);
        assertThat(Giveaway.shows(tf, said)).isNotNull();
    }
}
