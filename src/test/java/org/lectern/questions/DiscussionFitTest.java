package org.lectern.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Discussion prompts that fit what the article is: an application in the form its genre allows (none for a match
 * report), advice asked about as advice, the thesis called central only when it is, a perspective from a party the
 * claim concerns, and quoted material labelled by what it is.
 */
class DiscussionFitTest {

    private static List<String> prompts(String title, String body) {
        return DiscussionMovesTest.prompts(title, body);
    }

    static final String MATCH = """
            Kelby Rangers, a part-time club, reached the final of the county cup for the first time on Saturday after beating the holders, Marston United, 2-1 at home.

            Marston took the lead after 20 minutes through the striker Omar Reid, who shot low past the goalkeeper from the edge of the area.

            Rangers captain Tom Hale, a 29-year-old electrician, headed in a corner in the 60th minute, and the substitute Lewis Kerr scored the winner with five minutes left.

            The club expects the final to bring in around £50,000, more than its budget for last season.

            Rangers will face either Dunmore Town or Ashby Rovers in the final next month.
            """;

    @Test
    void aMatchReportGetsNoApplicationToANewCase() {
        List<String> p = prompts("Kelby Rangers Stun Holders to Reach Cup Final", MATCH);
        assertThat(p).as(String.join("\n", p)).noneMatch(q -> q.contains("describes one case") || q.contains("Think of another place") || q.contains("Apply the author's argument"));
    }

    @Test
    void anOpinionPieceIsAppliedAsAnArgumentNotAsACase() {
        List<String> p = prompts("Our Town Should Keep Its Libraries Open", """
                The council plans to close four of the town's six libraries next year to save money.

                Libraries are not a luxury. For many older residents, the library is the only warm place they visit in a week.

                The council should keep all six libraries open and look for savings elsewhere in its budget.

                Councillors should also ask residents which services they value most before any vote is taken.
                """);
        assertThat(p).as(String.join("\n", p)).noneMatch(q -> q.contains("describes one case"));
        assertThat(p).as(String.join("\n", p)).anyMatch(q -> q.startsWith("Apply the author's argument somewhere else"));
    }

    @Test
    void aTrendPieceAsksWhatTheTrendMeansForTheGroupsItNames() {
        List<String> p = prompts("Used Bicycles Are Getting Cheaper", """
                The average price of a used electric bicycle fell to £900 in March, down 18% on a year earlier, according to a survey of dealers.

                For buyers, lower prices are welcome, and buyers now have more choice than ever.

                Dealers say they are holding more stock for longer, and several dealers have cut prices by 10% to clear it.

                Manufacturers expect prices to fall by another 5% before the end of the year.
                """);
        assertThat(p).as(String.join("\n", p)).anyMatch(q -> q.startsWith("Suppose the trend") && q.contains("the buyers") && q.contains("the dealers"));
        assertThat(p).as(String.join("\n", p)).noneMatch(q -> q.contains("describes one case"));
    }

    @Test
    void aCaseIsAppliedByTheStepItsActorTook() {
        List<String> p = prompts("How Hollin Cleaned Its Canal", """
                For decades the canal through Hollin was full of rubbish and smelled in summer.

                In 2015 the town council adopted a plan to dredge the canal and plant reed beds along its banks.

                The work took three years, and the council paid for it with a grant and a small rise in parking charges.

                Fish have returned to the canal, and walkers now use the towpath every day.
                """);
        assertThat(p).as(String.join("\n", p)).anyMatch(q -> q.startsWith("The article describes a step taken: \"In 2015 the town council adopted a plan"));
    }

    @Test
    void practicalAdviceToReadersIsNotWeighedAsAnArgument() {
        List<String> p = prompts("A New Heat Network for Tolby", """
                The city of Tolby will connect 5,000 homes to a new heat network over the next six years.

                Anyone whose boiler is nearing the end of its life and who lives inside the network zone should check the connection timetable before buying a new one.
                """);
        assertThat(p).as(String.join("\n", p)).noneMatch(q -> q.contains("Anyone whose boiler") && (q.contains("How convincing") || q.contains("strongest objection")));
        assertThat(p).as(String.join("\n", p)).anyMatch(q -> q.startsWith("The article gives this advice: \"Anyone whose boiler"));
    }

    @Test
    void aSubPointIsNotCalledTheCentralArgument() {
        List<String> p = prompts("Why Ferries Matter", """
                Some old timetables will need to be checked again by the new managers, but they should not be thrown away.

                Harbour towns depend on their ferries for work, for school and for hospital visits.

                Ferry services to the islands should be protected from cuts, because island families have no other way to reach the mainland.
                """);
        assertThat(p).as(String.join("\n", p)).noneMatch(q -> q.startsWith("The author's central argument is: \"Some old timetables"));
    }

    @Test
    void aPerspectiveComesFromACountryTheClaimNamesAndContextLeaningClaimsAreNotQuoted() {
        List<String> p = prompts("Relations Between Japan and South Korea", """
                Japan and South Korea have improved their relations in the past two years, and China and North Korea have watched closely.

                Leaders in Tokyo and Seoul may need to push forward bilaterally without Washington in some cases.

                A shift in mindsets on both sides must take place.

                Japan should expand student exchanges with South Korea, and South Korea should do the same.
                """);
        assertThat(p).as(String.join("\n", p)).noneMatch(q -> q.contains("both sides must take place"));
        assertThat(p).as(String.join("\n", p)).noneMatch(q -> q.contains("policymaker in North Korea") || q.contains("policymaker in China"));
        assertThat(p).as(String.join("\n", p)).filteredOn(q -> q.startsWith("How might a policymaker in ")).allMatch(q -> q.matches("How might a policymaker in (?:Japan|South Korea|the United States) .*"));
    }

    @Test
    void anEventWithTheActorsReasoningIsNotCalledARecommendation() {
        List<String> p = prompts("A Century of Trams", """
                In 1924 the city council bought out the struggling tram company for £310,000, arguing that a service so essential should not be run for dividends.

                The council ran the trams until 1956, when buses replaced them.
                """);
        assertThat(p).as(String.join("\n", p)).noneMatch(q -> q.contains("In 1924") && q.contains("recommendation"));
    }

    @Test
    void aSpeakersJudgementOfTheirOwnSideIsAViewAndACommonBeliefSetUpToBeCorrectedIsNot() {
        List<String> p = prompts("Holders Beaten", """
                Marston manager Stuart Bell was gracious in defeat. "We were too slow and too comfortable," he said.

                The engineer Dr Priya Das leads the project. "People assume you need a hot source to make heat," she said.
                """);
        assertThat(p).as(String.join("\n", p)).anyMatch(q -> q.startsWith("Marston manager Stuart Bell says: \"We were too slow"));
        assertThat(p).as(String.join("\n", p)).noneMatch(q -> q.contains("People assume"));
    }

    @Test
    void aProfilesSubjectIsAName() {
        List<String> p = prompts("The Engineer Who Taught Bridges to Talk: A Profile of Ada Mensah-Lowe", """
                Ada Mensah-Lowe was born in 1950 in Accra. In 1970 she moved to Glasgow to live with an aunt who worked as a nurse.

                Mensah-Lowe studied engineering at Glasgow. Mensah-Lowe later founded a company that fitted sensors to bridges.

                Mensah-Lowe retired in 2015. Engineers still use the sensors Mensah-Lowe designed, and Mensah-Lowe visits the bridges every year.
                """);
        assertThat(p).as(String.join("\n", p)).noneMatch(q -> q.contains("choice The made") || q.contains("story of The "));
    }

    @Test
    void aCourtRulingIsAppliedToAnotherSituation() {
        List<String> p = prompts("Court Rules Gym Chain Must Refund Member", """
                A county court judge has ordered the gym chain PulseFit to refund £2,300 to a member who was charged after cancelling, in a ruling that lawyers say could affect thousands of customers.

                PulseFit argued that members had to cancel in person at the branch.

                The judge noted that the terms had never been shown to the member and that a written notice was a reasonable way to cancel.
                """);
        assertThat(p).as(String.join("\n", p)).anyMatch(q -> q.startsWith("Think of a different situation where the same legal question could arise"));
    }

    @Test
    void partiesNamedOnlyByReferenceToEarlierTextAreNotQuoted() {
        List<String> p = prompts("Two Neighbours", """
                Relations between the two neighbours improved sharply last year after a decade of disputes over fishing rights.

                Both leaders would be wise to capitalise on the current momentum to foster deeper engagement.

                The city's trams were popular for decades, but traffic grew. In 1956 the council voted 34 to 22 to replace them.
                """);
        assertThat(p).as(String.join("\n", p)).noneMatch(q -> q.contains("Both leaders would be wise") || q.contains("to replace them"));
    }

    @Test
    void aSignpostWordIsNotPartOfTheQuotedArgument() {
        List<String> p = prompts("Why Towns Should Share Their Buses", """
                Small towns are losing their bus services, and older residents are the first to suffer.

                First, councils should pool their bus budgets so that rural routes can be planned across county borders.

                Lastly, bus operators should publish their passenger numbers every year so that councils can see which routes are used.
                """);
        assertThat(p).as(String.join("\n", p)).noneMatch(q -> q.contains("\"Lastly,") || q.contains("\"First,"));
    }

    @Test
    void aProcedureIsNoClaimToFindEvidenceFor() {
        List<String> p = DiscussionMovesTest.prompts("Slow bleeding from the stomach, which is a common cause of low iron, has to be ruled out, usually with an endoscopy. "
                + "Iron tablets often upset the stomach, and many people stop taking them early.");
        assertThat(p).as(String.join("\n", p)).noneMatch(q -> q.contains("has to be ruled out"));
    }

    @Test
    void onlyOneRecommendationIsAskedHowItWouldApplyElsewhere() {
        List<String> p = prompts("Free Buses for Young People", """
                The city council should make buses free for everyone under eighteen, because fares keep poorer teenagers at home.

                The council should also add buses on the busiest school routes before the scheme starts, so that crowding does not get worse.
                """);
        assertThat(p.stream().filter(q -> q.startsWith("How could this recommendation apply")).count()).as(String.join("\n", p)).isLessThanOrEqualTo(1);
    }

    @Test
    void aFindingIsNotADecisionAndAThingFearedIsNotAConcern() {
        List<String> p = DiscussionMovesTest.prompts("An investigation by the company found that a supplier had changed the plastic used in the switch without telling anyone. "
                + "The waters off the headland were feared by sailors long before anyone built a tower there.");
        assertThat(p).as(String.join("\n", p)).noneMatch(q -> q.startsWith("Weigh this decision") || q.startsWith("The article reports a concern"));
    }

    @Test
    void aCorrectionOfACommonBeliefIsNotOfferedForAgreement() {
        List<String> p = DiscussionMovesTest.prompts("Although composting is often described as a modern invention, it is not. "
                + "Farmers have composted waste for thousands of years, and composting remains important for soil health.");
        assertThat(p).as(String.join("\n", p)).noneMatch(q -> q.startsWith("Do you agree") && q.contains("often described as"));
    }

    @Test
    void whatCriticsNoteIsAViewTheArticleReportsNotItsOwnPoint() {
        List<String> p = DiscussionMovesTest.prompts("Critics note, however, that solar power is intermittent, while a desalination plant works best when it runs without interruption.");
        assertThat(p).as(String.join("\n", p)).noneMatch(q -> q.startsWith("Do you agree with this point from the article") || q.startsWith("The article claims"));
    }

    @Test
    void aRegionIsNoNamedPartyForBothSides() {
        List<String> p = DiscussionMovesTest.prompts("The momentum to build trust between two of the Indo-Pacific's biggest economies should remain at the top of the agenda for both sides.");
        assertThat(p).as(String.join("\n", p)).noneMatch(q -> q.contains("for both sides"));
    }
}
