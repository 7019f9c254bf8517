package org.lectern.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.lectern.importing.ArticleImporter;
import org.lectern.importing.Module;

/**
 * Discussion prompts from the article's structure: the author's thesis, what named people say, decisions and the
 * reactions to them, trade-offs, who pays and who gains, who a news story affects. A definition, a plain fact or a
 * "must remember" is no claim to weigh. Every full article gets at least four.
 */
class DiscussionMovesTest {

    static List<String> prompts(String title, String body) {
        Module m = Fixtures.module("d", title, List.of("Ada Lowe"), Module.Kind.article, List.of(), body);
        return DiscussionBuilder.build(new Context(m, List.of(m))).stream().map(c -> c.question().prompt()).toList();
    }

    static List<String> prompts(String body) {
        return prompts("D", body);
    }

    @Test
    void aDefinitionAPlainFactOrATruismIsNotAClaimToFindEvidenceFor() {
        List<String> p = prompts("A glacier is not a frozen lake. The old bridge itself remains an open route for walkers. "
                + "A nurse who works night shifts cannot simply sleep at noon.");
        assertThat(p).noneMatch(q -> q.startsWith("The article claims") || q.startsWith("Do you agree"));
    }

    @Test
    void mustRememberOrMustDealWithIsNoRecommendation() {
        List<String> p = prompts("Both cities must remember how quickly public trust collapsed during the 2015 water dispute between them. "
                + "The two ports must deal with a shared neighbour that is increasingly a source of delay rather than trade.");
        assertThat(p).noneMatch(q -> q.contains("recommend") || q.startsWith("The article argues"));
    }

    @Test
    void aRecommendedCourseOfActionIsStillArgued() {
        List<String> p = prompts("At the very least, the council must hold evening meetings in every district before the vote on the new bridge.");
        assertThat(p).anyMatch(q -> q.startsWith("The article argues") || q.startsWith("The article recommends"));
    }

    @Test
    void directSpeechIsAskedAsTheSpeakersViewWithTheirRole() {
        List<String> p = prompts("Sales at Norland Mills rose slightly last year. "
                + "\"The new machines are welcome, but they will not pay for themselves for years,\" said Maria Chen, a textile analyst at Keel Partners.");
        assertThat(p).anyMatch(q -> q.startsWith("Maria Chen, a textile analyst at Keel Partners, says: \"The new machines are welcome, but they will not pay for themselves for years.\""));
    }

    @Test
    void aPronounSpeakerIsTheLastPersonNamedInFull() {
        List<String> p = prompts("Tomas Vale, a biologist, led the study. Mr Vale has studied the river for twenty years. "
                + "\"We will never see the old salmon runs again, and the goal now must be to protect what is left,\" he said.");
        assertThat(p).anyMatch(q -> q.startsWith("Tomas Vale, a biologist, says: \"We will never see the old salmon runs again"));
    }

    @Test
    void anAnnouncedClosureIsADecisionToWeigh() {
        // with the reason the article gives (a decision with no reasons gives nothing to weigh: QualityRules8DiscussionTest)
        List<String> p = prompts("Harwick Foods announced that it would close its oldest bakery, in Selby, by the end of next year, moving production to Leeds, because demand for its bread has fallen.");
        assertThat(p).anyMatch(q -> q.startsWith("Put yourself in the place of those who made this decision: \"Harwick Foods announced that it would close"));
    }

    @Test
    void aReactionToADecisionIsAskedFromBothSides() {
        // the quotation names the step it reacts to: "called the decision" alone leaves it in an earlier sentence (review 8)
        List<String> p = prompts("The bakers' union called the decision to close the bakery \"a disaster for Selby\", where the company is the largest employer.");
        assertThat(p).anyMatch(q -> q.startsWith("Consider this reaction reported in the article: \"The bakers' union called the decision to close the bakery \u2018a disaster for Selby\u2019"));
    }

    @Test
    void aGainSetAgainstACostIsATradeOff() {
        List<String> p = prompts("Closing the night ferry saved the council money, but it left the island's workers without a way home.");
        assertThat(p).anyMatch(q -> q.startsWith("Weigh the gain against the cost: \"Closing the night ferry saved"));
    }

    @Test
    void whoPaysAndWhoIsPaidIsAQuestionOfFairness() {
        List<String> p = prompts("Fishermen will receive compensation for staying in port, and the Harbour Board will offer grants for new nets.");
        assertThat(p).anyMatch(q -> q.startsWith("Is this arrangement fair? \"Fishermen will receive compensation"));
    }

    @Test
    void anOpinionPiecesThesisIsAskedFromItsTitleAndItsRecommendation() {
        List<String> p = prompts("Our Town Should Keep Its Night Buses",
                "The transport board will vote next week on ending the night buses. But ending them is the wrong answer, and the board should reject the plan. "
                        + "The savings are small compared with the whole budget. The board should vote no and look for savings elsewhere in the contract.");
        assertThat(p).anyMatch(q -> q.startsWith("The title states the author's position, \u201cOur Town Should Keep Its Night Buses\u201d, and the author writes: \"Ending them is the wrong answer"));
    }

    @Test
    void aNewsStoryIsSeenFromTheGroupsItAffects() {
        List<String> p = prompts("The Harton sports centre reopened on Monday, six months after a fire forced it to close. "
                + "Residents had to travel to Dunby while it was shut. Many residents said they had missed the pool. "
                + "Parents from the swimming club welcomed the new changing rooms, and other parents praised the longer hours.");
        assertThat(p).anyMatch(q -> q.startsWith("Think about who is affected by what this article reports: \"The Harton sports centre reopened on Monday")
                && q.contains("the residents and the parents"));
    }

    @Test
    void aRequestToANamedAgencyIsARequest() {
        List<String> p = prompts("Councillor Ann Reed said the council was asking the Coastal Agency to speed up plans for a sea wall along the bay.");
        assertThat(p).anyMatch(q -> q.startsWith("The article reports a request:") && q.contains("Should the Coastal Agency agree to it?"));
    }

    static List<Module> importDir(String dir) throws IOException {
        List<Module> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of(dir))) {
            for (Path p : files.sorted().toList()) {
                var outcome = new ArticleImporter().importOne(p.getFileName().toString(), Files.readAllBytes(p));
                out.add(((ArticleImporter.Imported) outcome).module());
            }
        }
        return out;
    }

    @Test
    void everyReviewAndTestArticleGetsAtLeastFourDiscussionQuestions() throws IOException {
        for (String dir : List.of("src/test/resources/review-articles", "src/test/resources/articles")) {
            List<Module> all = importDir(dir);
            assertThat(all).isNotEmpty();
            for (Module m : all) {
                var r = new BuiltInQuestionGenerator().run(m, all);
                assertThat(r.discussion()).as(m.slug() + ": " + r.render(0)).isGreaterThanOrEqualTo(Minimums.FULL_DISCUSSION);
            }
        }
    }
}
