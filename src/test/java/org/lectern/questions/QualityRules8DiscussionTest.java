package org.lectern.questions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lectern.questions.Fixtures.context;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lectern.importing.Module;

/**
 * Discussion frames must find in their anchor what they claim of it (blind review 7): a claim to weigh shows a
 * stance, not a fact or a mechanism; a risk a party states is that party's claim; "central argument" only for the
 * article's thesis; a decision to judge has a decider and reasons; a quotation stands on its own. Where the
 * article supports too few frames, honest article-general prompts fill the minimum. Invented texts.
 */
class QualityRules8DiscussionTest {

    private static List<String> prompts(Context ctx) {
        return DiscussionBuilder.build(ctx).stream().map(c -> c.question().prompt()).toList();
    }

    @Test
    void aTechnicalFactOrAMechanismIsNoClaimToWeigh() {
        Context ctx = context("How the river cable works", "The river cable carries power between the two valleys of the Tarrow basin. "
                + "The cable uses direct current, which loses less power over long distances than ordinary alternating current lines. "
                + "The damage a flood causes to the cable depends on the depth and speed of the water. "
                + "Engineers at the Tarrow works check the cable every spring and the cable has rarely failed.");
        assertThat(prompts(ctx)).noneMatch(p -> (p.startsWith("The article claims") || p.startsWith("Do you agree"))
                && (p.contains("loses less power") || p.contains("depends on the depth")));
    }

    @Test
    void aQuotationWithAnUnresolvedReferentIsNotAsked() {
        assertThat(DiscussionMoves.anaphoric("Because that ratio depends on the temperature at which the water condensed, it can indicate the height.")).isTrue();
        assertThat(DiscussionMoves.anaphoric("Schools that kept these lessons did better in the tests.")).isTrue();
        assertThat(DiscussionMoves.anaphoric("Critics argue that prices will keep rising this year.")).isFalse();
        assertThat(DiscussionMoves.anaphoric("Those who skate in the square are mostly teenagers.")).isFalse();
        Candidate c = DiscussionBuilder.make(context("Hail", "Hail forms in storms. It falls in summer. It melts fast. It is studied."),
                new Sentence(0, "", 0, 0, "x", "x", List.of("x"), List.of("NOUN")),
                "The article claims: \"Because that ratio depends on the temperature, it can indicate the height.\" What evidence does the article give?",
                Skill.evaluate, 1, "evidence");
        assertThat(DiscussionBuilder.badFrame(c)).isTrue();
    }

    @Test
    void aPartyRunTogetherWithAnOpeningPhraseIsNotNamedAsTheClaimant() {
        Context ctx = context("The lido under strain", "The town lido was handed to a community trust in 2019 after long talks. "
                + "Energy costs at the lido rose from about 90,000 pounds to 210,000 pounds a year by 2022. "
                + "For a time the trust warned that it might have to close the main pool in winter. "
                + "Swimmers say the lido is the heart of the town.");
        assertThat(prompts(ctx)).noneMatch(p -> p.contains("claim by For") || p.contains("claim by for"));
    }

    @Test
    void aRiskAPartyStatesIsAskedAsThatPartysClaim() {
        Context ctx = context("The river treaty under strain", "The river treaty between Aldmark and Corvenia was signed in 2013 after long talks. "
                + "Corvenia cut the flow of water to Aldmark for twelve days in a dry January. "
                + "Corvenian officials reply that with reservoirs so low, the risk of shortages in late February was genuine. "
                + "Aldmark farmers say the cut ruined their crops.");
        List<String> ps = prompts(ctx);
        assertThat(ps).noneMatch(p -> p.startsWith("The article points to a risk") && p.contains("officials reply"));
        assertThat(ps).anyMatch(p -> p.startsWith("The article reports a claim by Corvenian officials:"));
    }

    @Test
    void oneOfSeveralListedRecommendationsIsNotTheCentralArgument() {
        Context ctx = context("How Marl and Tessel Can Save Their Shared Water Link",
                "*A pipeline meant to bind two towns has become a source of mistrust. Without clearer rules, both towns will lose.*\n\n"
                        + "I think the pipeline can still work for both towns if the rules change.\n\n"
                        + "## Recommendations\n\n"
                        + "**1. Both councils must rewrite the emergency clause with objective triggers.** An emergency should be declared only when reservoir levels fall below a third.\n\n"
                        + "**2. Marl should lift its freeze on the second water link and pay a fair share of its cost.** A study should divide the cost by the benefits.\n\n"
                        + "**3. Both councils should publish daily data on reservoir levels.** Disputes could then be judged on evidence.\n\n"
                        + "## Outlook\n\n"
                        + "Restoring trust will take clearer rules and better information on both sides.");
        assertThat(DiscussionMoves.argument(ctx)).isNotNull();
        assertThat(prompts(ctx)).noneMatch(p -> p.contains("central argument"));
    }

    @Test
    void aLaunchToldWithNoReasonsIsNoDecisionToJudge() {
        Context ctx = context("A century of pencils", "The pencil works at Wrexby opened in 1898 beside the canal. "
                + "In 1953 the company launched Meadowbright, a tin of 24 coloured pencils that became a standard Christmas present. "
                + "The workforce reached its peak of 410 in 1957. "
                + "The works closed in 1998.");
        assertThat(prompts(ctx)).noneMatch(p -> (p.startsWith("The article reports a decision") || p.startsWith("Put yourself in the place")) && p.contains("Meadowbright"));
    }

    @Test
    void aCompanyFoundedInThePassiveIsNoDecisionItTook() {
        Context ctx = context("A century of pencils", "The Mundy Pencil Company was founded on 1 March 1898 by Samuel Mundy, a stationer with a shop on the High Street. "
                + "The company made cedar pencils for schools across the county. "
                + "The works closed in 1998 after a long decline.");
        assertThat(prompts(ctx)).noneMatch(p -> p.startsWith("Put yourself in the place of those who made this decision"));
    }

    @Test
    void aLegalTimeLimitIsNoDecision() {
        Context ctx = context("Solar farm approved", "The planning committee of Medwyn District Council approved a solar farm on Tuesday evening after a long debate. "
                + "The company says it hopes to begin work in September. "
                + "Any legal challenge by residents would have to be lodged within six weeks of the decision notice being issued.");
        assertThat(prompts(ctx)).noneMatch(p -> p.startsWith("The article reports a decision") && p.contains("six weeks"));
    }

    @Test
    void aFirstHandReportOfEventsIsNoViewToAgreeWith() {
        Context ctx = context("Why logs cost more in Harrowdale", "Log prices in Harrowdale rose sharply over the winter, and sellers struggled to keep up with demand.\n\n"
                + "\"We had people ringing in January who had never bought from us before, asking for three or four bags at once,\" says Mark Henshaw, a firewood seller at Falstead Logs. "
                + "\"You simply can't keep up with that in a cold spell. Dry wood takes months to produce.\"\n\n"
                + "Mr Henshaw has sold logs in the valley for twenty years. Dealers say supplies were short.");
        assertThat(prompts(ctx)).noneMatch(p -> p.contains("We had people ringing"));
    }

    @Test
    void aSpeakersDescriptionOfTheLimitsOfAFieldIsNoViewToAgreeWith() {
        Context ctx = context("How hail grows", "Hail forms inside tall storm clouds in summer. "
                + "\"Hail sits right at the edge of what our weather models can capture,\" says Dr Femi Oduya, a cloud physicist at the Morven Institute. "
                + "Forecasters issue warnings when storms grow tall.");
        assertThat(prompts(ctx)).noneMatch(p -> p.contains("Hail sits right at the edge") && p.contains("agree"));
    }

    @Test
    void aQuotedFirstPersonDoesNotTurnANewsReportIntoAnOpinionPiece() {
        Context ctx = context("Solar farm approved despite objections", "A solar farm will be built on the old landfill at Ellerby after the planning committee approved the scheme on Tuesday evening.\n\n"
                + "\"This is a brownfield site that has sat unused for decades,\" said Jo Reed, who chairs the co-operative. \"It will be owned locally. I understand people's worries, and we will keep talking to them.\"\n\n"
                + "Councillors attached conditions to the approval. The company must lodge a bond of £420,000 with the council to pay for removing the panels.");
        assertThat(DiscussionMoves.newsReport(ctx)).isTrue();
        assertThat(prompts(ctx)).noneMatch(p -> p.contains("recommendation") && p.contains("must lodge a bond"));
    }

    @Test
    void whatItTakesToMeetAStandardIsNotTheArticlesArgument() {
        Context ctx = context("Why firewood costs more", "Firewood prices in the valley have doubled in three years. "
                + "New rules ban the sale of wet logs in small bags. "
                + "To meet the standard, sellers must either season logs for up to two years or dry them in a kiln. "
                + "Kilns are expensive to run.");
        assertThat(prompts(ctx)).noneMatch(p -> (p.startsWith("The article argues") || p.startsWith("The article recommends")) && p.contains("To meet the standard"));
    }

    @Test
    void aNeedDeniedIsNoRecommendation() {
        Context ctx = context("Loud music and tired ears", "Young adults listen to music for many hours a week. "
                + "Noise-cancelling headphones help because they block background sound, so people do not need to turn the volume up on a noisy train. "
                + "Most phones can show weekly listening levels.");
        assertThat(prompts(ctx)).noneMatch(p -> p.startsWith("The article argues") && p.contains("do not need to"));
    }

    @Test
    void aCountryInsideTheNameOfABodyIsNoPolicymakersCountry() {
        Context ctx = context("Redefining Korea-Japan Business Ties", "Business ties between Korea and Japan have grown in the past decade. "
                + "Existing programs like the Korea-Japan Business Conference should be sustained and expanded to include a broader range of companies. "
                + "Governments should support dialogue between firms.");
        assertThat(prompts(ctx)).noneMatch(p -> p.startsWith("How might a policymaker in Japan") || p.startsWith("How might a policymaker in Korea"));
    }

    @Test
    void aSceneSetForTheReaderIsNoNewsThatAffectsWorkers() {
        Context ctx = context("A hundred years of pencils at Wrexby",
                "Walk along the towpath at Wrexby today and you will pass a tall brick chimney with the letters M&P near the top. "
                        + "The pencil works opened in 1898, and workers came from across the county. "
                        + "In 1920 the workers formed a union, and in 1953 the company opened a second factory. "
                        + "The workers lost their jobs when the works closed in 1998. "
                        + "The chimney was listed in 2006.");
        assertThat(prompts(ctx)).noneMatch(p -> p.startsWith("Think about who is affected"));
    }

    @Test
    void aSayingVerbNeedsAStanceInWhatIsSaid() {
        Context ctx = context("New pitch for Thornby", "Thornby Town Council voted to build an artificial pitch on Tuesday after a long debate. "
                + "Residents asked why an empty school field had not been chosen instead. "
                + "Officers replied that the school field was owned by the county education authority and was not available for at least five years. "
                + "Supporters say the town's grass pitches simply cannot cope with demand.");
        List<String> ps = prompts(ctx);
        assertThat(ps).noneMatch(p -> (p.startsWith("Do you agree with this view") || p.startsWith("The article reports this view")) && p.contains("Officers replied"));
    }

    @Test
    void aLossSetAgainstItsInsuranceIsNoTradeOff() {
        Context ctx = context("A century of pencils at Wrexby", "The boom did not last. In 1921, 110 people were laid off, leaving a staff of 130.\n\n"
                + "The worst moment came in the early hours of 3 February 1927, when fire broke out in the drying sheds. It destroyed the sheds and around 40 tonnes of cedar slats. "
                + "The damage was estimated at £18,000, but the company was insured for only £11,000. Harriet Pike, then 71, mortgaged her own house to cover the difference.");
        assertThat(prompts(ctx)).noneMatch(p -> p.startsWith("Look at the figures"));
    }

    @Test
    void anArticleWithFewFramesGetsGeneralPromptsThatOnlyFillTheMinimum() {
        Context ctx = context("Ice from a summer sky", "Hail forms inside tall storm clouds in summer. "
                + "Strong updrafts carry drops of water high into the cloud, where they freeze. "
                + "Each stone grows in layers as it moves through the cloud. "
                + "Large stones fall when the updraft can no longer hold them. "
                + "Most hail falls in a narrow strip under the storm.");
        List<Candidate> cs = DiscussionBuilder.build(ctx);
        assertThat(cs).anyMatch(c -> c.question().prompt().startsWith("What important question does the article leave unanswered") && c.weak());
        assertThat(cs).anyMatch(c -> c.question().prompt().startsWith("Which piece of evidence in the article does most to support") && c.weak());
    }
}
