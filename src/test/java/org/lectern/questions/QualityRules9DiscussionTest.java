package org.lectern.questions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lectern.questions.Fixtures.context;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A discussion frame's label must be earned by its sentence (blind reviews 4 to 8, "bad-discussion"): a decision has
 * a decider who takes it, a position is one a party takes, a view to agree with is no finding or rule, advice to
 * follow is advice a person could follow, a call for more research is no argument, and a quotation names the step
 * it reacts to. An explainer or a history is not asked for "the strongest evidence for its main point". Invented texts.
 */
class QualityRules9DiscussionTest {

    private static List<String> prompts(Context ctx) {
        return DiscussionBuilder.build(ctx).stream().map(c -> c.question().prompt()).toList();
    }

    private static List<String> all(List<Candidate> cs) {
        return cs.stream().map(c -> c.question().prompt()).toList();
    }

    @Test
    void anExplainerIsNotAskedForTheStrongestEvidenceForItsMainPoint() {
        Context ctx = context("How a Sand Dune Walks Across the Desert", "A sand dune moves because the wind lifts grains up its gentle side. "
                + "The grains pile up at the crest until the steep side collapses under their weight. "
                + "Each collapse moves the dune forward by a few centimetres, and a large dune can travel several metres a year. "
                + "Dunes with little vegetation move fastest, since roots hold the sand in place. "
                + "The shape of a dune depends on how steady the wind is and on how much sand there is. "
                + "Scientists measure the movement with satellite images taken a year apart.");
        assertThat(all(DiscussionFrames.general(ctx))).noneMatch(p -> p.startsWith("Which piece of evidence"));
    }

    @Test
    void aParticipleDescribingItsNounIsNoDecisionTaken() {
        Context ctx = context("The lake and its rowers", "The lake was dug out as a reservoir in 1890 to supply the mills. "
                + "By then the rowing club founded at the lake in 1931 had become one of the strongest in the county, and one of its members had rowed at the Olympic Games. "
                + "The club grew because the water was calm and sheltered from the wind. "
                + "The reservoir still supplies the town today.");
        assertThat(all(DiscussionMoves.build(ctx, Set.of()))).noneMatch(p -> p.contains("those who made this decision") && p.contains("rowing club founded"));
    }

    @Test
    void aPartySayingWhenAMeetingWillBeHeldTakesNoPosition() {
        Context quarry = context("Quarry extension approved", "Councillors approved a plan to extend the Dunmore Quarry by 20 hectares. "
                + "Dunmore Quarry Company said the first meeting of the liaison group would be held in the village hall in May. "
                + "Residents in the village had objected to the plan for two years. "
                + "The quarry employs sixty people from the valley.");
        assertThat(all(DiscussionFrames.parties(quarry, Set.of()))).noneMatch(p -> p.contains("liaison group"));
        // the same party stating a position is asked about
        Context argued = context("Quarry extension approved", "Councillors approved a plan to extend the Dunmore Quarry by 20 hectares. "
                + "Dunmore Quarry Company argued that the limestone was badly needed for new roads and houses in the region. "
                + "Residents in the village had objected to the plan for two years. "
                + "The quarry employs sixty people from the valley.");
        assertThat(all(DiscussionFrames.parties(argued, Set.of()))).anyMatch(p -> p.contains("limestone was badly needed"));
    }

    @Test
    void theMonthMayIsNoHedge() {
        assertThat(DiscussionMoves.stance("the first meeting would be held in the village hall in May.")).isFalse();
        assertThat(DiscussionMoves.stance("the first meeting may be held in the village hall.")).isTrue();
    }

    @Test
    void whatARuleAllowsIsNoViewToAgreeWith() {
        Context ctx = context("Quarry extension approved", "Councillors approved a plan to extend the Dunmore Quarry by 20 hectares on Tuesday night. "
                + "Residents argued that the region already had more limestone than it could use. "
                + "Council officers replied that the planning rules did not allow them to refuse an application on the grounds that the stone was unnecessary. "
                + "The quarry employs sixty people from the valley.");
        assertThat(prompts(ctx)).noneMatch(p -> (p.startsWith("Do you agree") || p.startsWith("The article reports this view")) && p.contains("planning rules did not allow"));
    }

    @Test
    void aResearchFindingIsNotAskedToBeAgreedWith() {
        Context ctx = context("Tired but well: understanding low iron", "Low iron without anaemia is common among teenagers and is easy to miss. "
                + "Studies have found that taking iron on alternate days gives better absorption with fewer side effects. "
                + "Doctors usually check iron stores with a blood test called ferritin. "
                + "Low iron stores are important to treat because they cause tiredness.");
        assertThat(all(DiscussionBuilder.claims(ctx))).noneMatch(p -> p.startsWith("Do you agree") && p.contains("alternate days"));
    }

    @Test
    void adviceToAnIndustryIsNotAdviceAStudentCouldFollow() {
        Context code = context("Why milk got so expensive", "Milk prices rose by a third in two years. "
                + "Dr Lena Holt also recommends a voluntary code setting minimum contract lengths for dairy farmers, giving them the confidence to invest. "
                + "Supermarkets say their margins have not grown. "
                + "Farmers say they were paid too little for years.");
        Candidate c = DiscussionFrames.advice(code, Set.of());
        assertThat(c == null ? "" : c.question().prompt()).doesNotContain("voluntary code");
        Context tablets = context("Why iron matters", "Low iron is common among teenagers. "
                + "Dr Lena Holt recommends taking one tablet every other morning with orange juice rather than tea. "
                + "Tea reduces how much iron the body takes up. "
                + "Most people feel better within two months.");
        assertThat(DiscussionFrames.advice(tablets, Set.of())).isNotNull();
    }

    @Test
    void aCallForMoreResearchIsNoArgumentOrClaim() {
        Context ctx = context("Working While Studying: What a Survey Says About Pupils' Jobs",
                "A survey of 3,000 pupils found that most who work part-time do so for under ten hours a week. "
                        + "Pupils who worked more than fifteen hours a week had lower predicted grades. "
                        + "Schools should ask pupils about their working hours at the start of each year. "
                        + "Employers should avoid shifts that end after 10pm on school nights. "
                        + "Future research should follow the same pupils over time, to establish whether long hours lead to lower grades.");
        assertThat(prompts(ctx)).noneMatch(p -> p.contains("Future research should"));
    }

    @Test
    void aRoutineNextStepIsNoDecisionToWeigh() {
        Context routine = context("Survey of pupils' jobs", "A survey of 3,000 pupils found that most work under ten hours a week. "
                + "The county council plans to repeat the survey in autumn, once exam results are available. "
                + "Pupils who worked long hours had lower predicted grades. "
                + "Teachers say the results are reassuring.");
        Candidate c = DiscussionFrames.ruling(routine, Set.of());
        assertThat(c == null ? "" : c.question().prompt()).doesNotContain("repeat the survey");
        Context closing = context("Libraries to close", "Riverton has nine branch libraries. "
                + "The county council plans to close five of the libraries to save money next year. "
                + "Residents say the libraries are used every day. "
                + "The council faces a large gap in its budget.");
        assertThat(DiscussionFrames.ruling(closing, Set.of())).isNotNull();
    }

    @Test
    void aReverseCausationCaveatIsNoClaim() {
        Context ctx = context("Working While Studying: Long Hours and Grades", "A survey of 3,000 pupils found that pupils who work long hours have lower grades. "
                + "Pupils who work more than fifteen hours a week are struggling most with their grades. "
                + "The survey cannot show that long hours cause lower grades in pupils. "
                + "The link could run the other way: pupils who are already struggling with their grades may choose to work longer hours. "
                + "Pupils who work a few hours a week have grades as good as pupils who do not work.");
        assertThat(DiscussionBuilder.caveatOrQuestion("The link could run the other way: pupils who are already struggling may choose to work longer hours.")).isTrue();
        assertThat(DiscussionBuilder.caveatOrQuestion("Pupils who work long hours may struggle with their grades.")).isFalse();
        assertThat(all(DiscussionBuilder.claims(ctx))).noneMatch(p -> p.contains("run the other way") && (p.startsWith("The article claims") || p.startsWith("Do you agree")));
    }

    @Test
    void aQuotationThatNamesAStepOnlyAsTheDecisionIsNotAsked() {
        Context ctx = context("The town baths", "The town baths opened in 1890 and still draw crowds. "
                + "In 1985 the baths were listed as a building of special interest. "
                + "Campaigners welcomed the decision, although it also meant that any future repairs would cost far more. "
                + "The pool was restored in 2010 with money from the lottery.");
        assertThat(DiscussionMoves.unnamedStep(ctx, "Campaigners welcomed the decision, although it also meant that repairs would cost more.")).isTrue();
        assertThat(DiscussionMoves.unnamedStep(ctx, "Campaigners welcomed the decision to list the baths.")).isFalse();
        assertThat(prompts(ctx)).noneMatch(p -> p.contains("welcomed the decision"));
    }

    @Test
    void anOpenQuestionIsNoClaimToAgreeWith() {
        Context ctx = context("Why a supermarket is bringing back the cashier", "The company will remove self-checkouts from 140 of its stores after a local problem with theft. "
                + "Shoppers had complained about queues and errors at the self-checkouts, a problem the company says is growing. "
                + "Whether the company has spotted a lasting trend or simply a local problem will become clearer over the next year. "
                + "Rival companies have so far kept their self-checkouts, and say the problem is small.");
        assertThat(DiscussionBuilder.caveatOrQuestion("Whether the company has spotted a lasting trend or simply a local problem will become clearer.")).isTrue();
        assertThat(all(DiscussionBuilder.claims(ctx))).noneMatch(p -> p.contains("Whether the company has spotted"));
    }

    @Test
    void aStepEventsForcedOnTheSubjectIsNoChoiceOfHers() {
        Context ctx = context("The Engineer Who Taught Dams to Listen: A Profile of Mira Osei", "Mira Osei was born in Kumasi in 1958, the daughter of a teacher. "
                + "The civil war upended the family's life, and in 1970 she moved to Leeds to live with an aunt who worked as a nurse. "
                + "Osei studied civil engineering at Leeds and joined a firm that built dams. "
                + "In 1988 she left the firm to start her own company, betting her savings on sensors that listen to concrete. "
                + "Osei still visits the first dam she fitted with sensors every year. "
                + "Engineers who trained with Osei say she taught them to trust the data. "
                + "Today Osei advises governments on the safety of ageing dams.");
        Candidate c = DiscussionFrames.personalChoice(ctx, Set.of());
        assertThat(c).isNotNull();
        assertThat(c.question().prompt()).doesNotContain("civil war").contains("left the firm");
    }

    @Test
    void aChoiceThatLeansOnEarlierSentencesIsNotQuoted() {
        Context ctx = context("The Engineer Who Taught Dams to Listen: A Profile of Mira Osei", "Mira Osei was born in Kumasi in 1958, the daughter of a teacher. "
                + "Osei studied civil engineering at Leeds and learned to build sensors and to model concrete. "
                + "After the Carrow dam cracked in 1986, she put the two methods together in a single instrument. "
                + "In 1988 she left her firm to start her own company, betting her savings on sensors that listen to concrete. "
                + "Osei still visits the first dam she fitted with sensors every year. "
                + "Engineers who trained with Osei say she taught them to trust the data. "
                + "Today Osei advises governments on the safety of ageing dams.");
        Candidate c = DiscussionFrames.personalChoice(ctx, Set.of());
        assertThat(c).isNotNull();
        assertThat(c.question().prompt()).doesNotContain("two methods").contains("left her firm");
    }
}
