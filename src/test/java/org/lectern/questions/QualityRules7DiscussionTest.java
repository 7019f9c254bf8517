package org.lectern.questions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lectern.questions.Fixtures.context;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lectern.importing.Module;

/**
 * Discussion frames that the blind reviews found forced onto anchors lacking what the frame names: a decision
 * with no decider, a weighing with nothing weighed, a condition in a news report called the author's argument,
 * a caveat called a claim, a historical fact to agree with, a transfer to "a similar problem" never named, a
 * comparison with a text the unit does not link. Each frame now checks its anchor. Invented texts.
 */
class QualityRules7DiscussionTest {

    private static List<String> prompts(Context ctx) {
        return DiscussionBuilder.build(ctx).stream().map(c -> c.question().prompt()).toList();
    }

    @Test
    void aChoicePeopleMakeForThemselvesIsNoDecisionToTakeTheirPlaceIn() {
        Context ctx = context("Loud music and tired ears", "Researchers at Fenwick University tested the hearing of 300 students over two years. "
                + "Volunteers also chose to take part, and people worried about their hearing may have been more likely to sign up. "
                + "The students who listened longest heard speech in noise less well.");
        assertThat(prompts(ctx)).noneMatch(p -> p.startsWith("Put yourself in the place of those who made this decision") && p.contains("Volunteers"));
    }

    @Test
    void aCompanyFoundedBySomeoneIsNoDecisionTheCompanyTook() {
        Context ctx = context("The old works", "The salt works at Tarnby closed in 1985 after two centuries of production. "
                + "In 2019 a small company founded by two former bakers, Ruth Ames and Colin Hale, began making sea salt flakes on a corner of the old site. "
                + "The flakes now sell in shops across the county.");
        assertThat(prompts(ctx)).noneMatch(p -> p.startsWith("Put yourself in the place of those who made this decision"));
    }

    @Test
    void aSpeakerIsAskedWhatIsWeighedOnlyWhenSettingAGainAgainstACost() {
        assertThat(DiscussionMoves.tradeOff("That protected our customers, but it has hit our margins.")).isTrue();
        assertThat(DiscussionMoves.tradeOff("The question is not who caused prices to rise, but why they have not fallen.")).isFalse();
        assertThat(DiscussionMoves.shortSpeaker("Dr Hana Lind, an economist at the University of Tarrow,")).isEqualTo("Dr Lind");
        assertThat(DiscussionMoves.shortSpeaker("Chief executive Priya Raman")).isEqualTo("Raman");
    }

    @Test
    void aNewsReportsConditionIsARequirementNotTheAuthorsArgument() {
        Context ctx = context("Marbury council approves new sports hall",
                "Marbury Town Council approved a new sports hall at Elm Park on Tuesday evening, ending a year of consultation. "
                        + "Councillors voted eight to five after a long debate in a packed chamber. "
                        + "The hall must close by 10pm on weekdays, and a footpath along the river must stay open to the public. "
                        + "The club that will run the hall must publish its booking fees every year. "
                        + "Residents living near the park said the building would block their views.");
        assertThat(DiscussionMoves.newsReport(ctx)).isTrue();
        List<String> ps = prompts(ctx);
        assertThat(ps).noneMatch(p -> p.contains("central argument") || p.startsWith("The article argues") || p.startsWith("The article recommends")
                || p.startsWith("The author argues"));
        assertThat(ps).anyMatch(p -> p.startsWith("The article reports a requirement: \"The hall must close by 10pm"));
    }

    @Test
    void anOpinionPieceInTheFirstPersonIsNoNewsReport() {
        Context ctx = context("Our parks need more benches", "On Tuesday I walked through Elm Park with my mother, who is eighty. "
                + "I think the council should put a bench every two hundred metres along the main path.");
        assertThat(DiscussionMoves.newsReport(ctx)).isFalse();
    }

    @Test
    void aModalInARelativeClauseOnANounIsAProvisionNotARecommendation() {
        Context ctx = context("The river deal", "The two countries signed a water agreement in the spring after three years of talks. "
                + "The second document creates a joint commission and gives it a dispute panel that must issue a ruling within 30 days of a complaint. "
                + "Farmers on both banks have welcomed the deal.");
        assertThat(prompts(ctx)).noneMatch(p -> p.contains("dispute panel that must") && (p.contains("recommendation") || p.contains("argues")));
    }

    @Test
    void aRecommendationOrTwoSurveyFindingsAreNotTwoPointsSideBySide() {
        Context ctx = context("Keeping the peace", "The city should fund a second youth centre, but only if the first one fills its evening sessions. "
                + "A survey by the Marbury Gazette found that most residents feel safe in the centre, while about 40 percent worry about the bus station at night.");
        assertThat(prompts(ctx)).noneMatch(p -> p.startsWith("The article sets two points side by side"));
    }

    @Test
    void aPossibilityTheArticleRaisesIsNotAClaimToProve() {
        Context ctx = context("Why some pupils struggle in noise", "Pupils who struggle to hear in noise are often tired by the end of the school day. "
                + "Pupils who struggle to hear in noise might, for example, turn up their music more often. "
                + "Noise in classrooms is a growing problem for pupils who struggle to hear.");
        assertThat(prompts(ctx)).noneMatch(p -> p.contains("might, for example") && (p.startsWith("The article claims") || p.startsWith("Do you agree")));
    }

    @Test
    void aHistoricalFactIsNoPointToAgreeWith() {
        Context ctx = context("Salt and the railway", "The railway reached the salt town in 1848, and the salt trade grew quickly after that. "
                + "Salt could now reach inland cities cheaply, and the growing chemical industry wanted more salt in huge quantities. "
                + "The salt town grew to three times its size by 1900, and salt works lined the river.");
        assertThat(prompts(ctx)).noneMatch(p -> p.startsWith("Do you agree") && p.contains("Salt could now reach"));
    }

    @Test
    void anAlternativeNamesBothCoursesInTheAuthorsOwnRecommendation() {
        Context ctx = context("The dam and the river", "The new dam on the Varra river will be finished next year. "
                + "Officials insisted the dam would store water in wet months and release it in dry ones, smoothing the river rather than starving it. "
                + "Farmers downstream are still worried about the summer.");
        assertThat(prompts(ctx)).noneMatch(p -> p.contains("in place of another") || p.contains("alternative put forward"));
        Context own = context("Spend the money on teachers", "The town has set aside two million pounds for a new sports stadium next year. "
                + "The council should spend the money on reading teachers rather than on a stadium that most families will never use. "
                + "Reading results in the town have fallen for five years.");
        Candidate c = DiscussionFrames.alternative(own, java.util.Set.of());
        assertThat(c).isNotNull();
        assertThat(c.question().prompt()).startsWith("The article proposes one course in place of another: \"The council should spend the money on reading teachers");
        assertThat(DiscussionFrames.alternative(ctx, java.util.Set.of())).isNull();
    }

    @Test
    void theNewIdeasFrameIsOnlyForAPersonWhoBroughtANewIdea() {
        String body = "Dalmark and Tessa share a river that both of them need for their farms. Dalmark built a dam in 2001, and Tessa protested. "
                + "Dalmark said the dam was needed for power. Dalmark later agreed to release more water in summer. "
                + "Dalmark and Tessa signed a new treaty in 2020. Dalmark has kept its promises so far.";
        Context ctx = context("The river between Dalmark and Tessa", body);
        assertThat(prompts(ctx)).noneMatch(p -> p.contains("new ideas win acceptance"));
    }

    @Test
    void aStepIsCarriedToASimilarProblemOnlyWhenItNamesTheProblem() {
        assertThat(DiscussionFrames.PURPOSE.matcher("In 2004 the Harbour Trust bought the cottages to save them from demolition.").find()).isTrue();
        assertThat(DiscussionFrames.PURPOSE.matcher("The biggest technical change came in 1938, when the company opened a vacuum plant.").find()).isFalse();
    }

    @Test
    void aSceneSetTodayIsNoNewsThatAffectsPeople() {
        Context ctx = context("Two centuries of salt", "Visitors to the small harbour town of Selby today see a marina, a row of old warehouses and a museum. "
                + "For two hundred years the town's workers and residents lived from the salt under their streets. "
                + "Workers boiled brine in iron pans, and residents watched their houses sink as the salt was pumped away. "
                + "The last works closed in 1985, and many workers left the town.");
        assertThat(prompts(ctx)).noneMatch(p -> p.startsWith("Think about who is affected by what this article reports"));
    }

    @Test
    void aComparisonIsOnlyWithAModuleTheUnitLinks() {
        String a = "The Harbour Accord between Dalmark and Tessa has made historic strides under President Orlov, with the first joint statement in years. "
                + "The Harbour Accord should be renewed every five years.";
        String b = "Since the election of President Orlov, relations under the Harbour Accord have been riding a rising tide of optimism. "
                + "The Harbour Accord must be extended to cover trade.";
        Module ma = Fixtures.module("a", "The accord at work", List.of("Ada Lowe"), Module.Kind.article, List.of(), a);
        Module mb = Fixtures.module("b", "Optimism about the accord", List.of("Ben Roe"), Module.Kind.article, List.of(), b);
        assertThat(DiscussionBuilder.crossArticle(new Context(ma, List.of(ma, mb)))).isEmpty();
        Module linked = Fixtures.module("a", "The accord at work", List.of("Ada Lowe"), Module.Kind.article, List.of("b"), a);
        assertThat(DiscussionBuilder.crossArticle(new Context(linked, List.of(linked, mb)))).isNotEmpty();
    }

    @Test
    void aQuoteNamingBothOptionsWithoutThemIsDropped() {
        Context ctx = context("Pitch plans", "The council has chosen a new pitch for Elm Park after a long debate. "
                + "Councillors agreed to ask the designers to price both options before the planning application is submitted. "
                + "The work is due to start in the spring.");
        assertThat(prompts(ctx)).noneMatch(p -> p.contains("both options"));
    }

    @Test
    void aHistoryFeatureGetsAWeakTurningPointPrompt() {
        Context ctx = context("A century of the Kelby baths", "The Kelby baths opened in 1911 with two pools and a laundry. "
                + "In 1936 the council added a heated pool. The laundry closed in 1958 as washing machines spread. "
                + "A fire damaged the roof in 1979. A community trust took over the baths in 2012.");
        Candidate c = DiscussionFrames.turningPoint(ctx, java.util.Set.of());
        assertThat(c).isNotNull();
        assertThat(c.weak()).isTrue();
        assertThat(c.question().prompt()).startsWith("The article follows its story from 1911 to 2012.");
        assertThat(c.question().evidence()).hasSize(2);
        assertThat(DiscussionFrames.turningPoint(context("News", "The pool opened in 2023. It closed in 2024 for repairs."), java.util.Set.of())).isNull();
    }

    @Test
    void aNewsReportOfAVoteGetsAWeakHeadlineDecisionPrompt() {
        Context ctx = context("Selby Council Votes to Buy Old Cinema", "Selby's old cinema will be bought by the town council after councillors voted seven to four on Tuesday evening. "
                + "The cinema has stood empty since 2021.");
        Candidate c = DiscussionFrames.headlineDecision(ctx, java.util.Set.of());
        assertThat(c).isNotNull();
        assertThat(c.weak()).isTrue();
        assertThat(c.question().prompt()).startsWith("The headline reports a decision: \u201cSelby Council Votes to Buy Old Cinema\u201d. Was it the right decision?");
        assertThat(DiscussionFrames.headlineDecision(context("Why the Old Cinema Must Be Saved", "On Tuesday I went to the old cinema."), java.util.Set.of())).isNull();
    }

    @Test
    void aConcernQuotingSpeechNestsItsInnerQuotationMarks() {
        Context ctx = context("The river panel", "The river agreement was signed in March after three years of talks between the two governments. "
                + "The farmers' union has complained that the panel's deadline is far too slow: \"By the time the panel rules, the harvest is dead,\" said its president, Hal Voss. "
                + "The governments say the panel will speed up.");
        assertThat(prompts(ctx)).filteredOn(p -> p.startsWith("The article reports a concern"))
                .allMatch(p -> p.chars().filter(ch -> ch == '"').count() == 2);
    }
    @Test
    void aSentenceGivingTwoPartiesViewsIsNoSingleViewToAgreeWith() {
        Context ctx = context("The river gauge", "The river gauge at Mirrow measures the flow for both countries every hour. "
                + "Dalmark accused Tessa of filling the reservoir too early; Tessa replied that the gauge was badly calibrated and unreliable. "
                + "The river gauge is now checked by engineers from both countries.");
        assertThat(prompts(ctx)).noneMatch(p -> p.contains("Dalmark accused Tessa") && (p.contains("this view") || p.contains("reports this view")));
    }

    @Test
    void aFigureGivenBySomeoneIsNoViewToAgreeWith() {
        Context ctx = context("Recalled heaters", "Recalled heaters are a danger in many homes every winter. "
                + "Only about one in ten recalled heaters is ever returned, according to the charity Safe Homes, which warned that many recalled heaters stay in use for years. "
                + "Recalled heaters can overheat and start fires.");
        assertThat(prompts(ctx)).noneMatch(p -> p.contains("one in ten") && p.startsWith("Do you agree"));
    }

    @Test
    void aSignpostToAStudysLimitsIsNoClaim() {
        Context ctx = context("Loud music", "The study of loud music and hearing has important limits, and the authors acknowledge them. "
                + "Loud music is an important cause of hearing loss in young adults, the study of loud music suggests.");
        assertThat(prompts(ctx)).noneMatch(p -> p.contains("has important limits"));
    }

    @Test
    void aTimeClauseInsideOnePointIsNoContrastOfTwo() {
        Context ctx = context("River water", "Sharing the river water now, while the river is full, would be far easier than sharing it during a long drought. "
                + "The river water is shared by two countries.");
        assertThat(prompts(ctx)).noneMatch(p -> p.startsWith("The article sets two points side by side"));
    }

    @Test
    void aQuoteOpeningInExchangeLeansOnTheSentenceBefore() {
        assertThat(DiscussionBuilder.DANGLING.matcher("In exchange, Tessa must agree to reform the commission.").find()).isTrue();
        assertThat(DiscussionBuilder.DANGLING.matcher("Tessa must agree to reform the commission in exchange for port access.").find()).isFalse();
    }

    @Test
    void anArticleWithEnoughFittingPromptsGetsNoFallbackFrame() {
        List<String> ps = DiscussionBuilder.build(new Context(Fixtures.river(), Fixtures.corpus())).stream().map(c -> c.question().prompt()).toList();
        assertThat(ps).noneMatch(p -> p.startsWith("The article follows its story") || p.startsWith("The report quotes") || p.startsWith("The headline reports a decision"));
    }

    @Test
    void aThingThatOpenedIsAnEventNotADecision() {
        Context ctx = context("The old post", "The tube post carried letters under the city for almost a hundred years. "
                + "In 1995 a small museum opened in the old post office on Market Street, displaying brass cylinders and pipes. "
                + "The museum is run by volunteers.");
        assertThat(prompts(ctx)).noneMatch(p -> p.startsWith("The article reports a decision"));
    }

    @Test
    void aHistoryFeaturesPastFactIsNoClaimToDebate() {
        Context ctx = context("Two centuries of salt at Selby", "The salt works at Selby opened in 1788 beside the river. "
                + "The railway reached the town in 1848. The company built a new plant in 1938. "
                + "The company increasingly depended on a single customer: councils buying rock salt for icy roads. "
                + "The last works closed in 1985, and a museum opened in 2019.");
        assertThat(prompts(ctx)).noneMatch(p -> p.contains("increasingly depended") && (p.startsWith("Do you agree") || p.startsWith("The article claims")));
    }
}
