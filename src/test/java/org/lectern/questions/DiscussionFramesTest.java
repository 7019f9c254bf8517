package org.lectern.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lectern.importing.Module;

/**
 * The questions any teacher asks of any article, from its structure: on invented articles of genres the generator
 * was not tuned on (a court ruling, a transport trial, an editorial, a profile, a health explainer), at least four
 * distinct prompts, each quoting or naming what it asks about; and the templates only where they fit.
 */
class DiscussionFramesTest {

    static final String RULING = """
            A district judge has ordered the gym chain PulseFit to refund £2,300 to a member who was charged for eighteen months after cancelling, in a ruling that consumer groups say could affect thousands of customers.

            Marion Castell, 64, cancelled her membership in writing in March 2022 after moving to a care home in Welby. She was charged £128 a month until her bank stopped the payments.

            PulseFit argued that its terms required members to cancel in person at the branch and that Ms Castell had been told so when she joined. But Judge Peter Alves, sitting at Welby County Court, found that the terms had never been shown to her and that a written notice was a reasonable way to cancel.

            "A contract that can only be ended on foot is not a fair contract for an elderly customer," the judge said.

            PulseFit was also ordered to pay her legal costs of around £3,100. The Consumer Rights Network welcomed the ruling and urged other members to check their statements.

            A PulseFit spokesperson said the company was reviewing its cancellation process and had not decided whether to appeal.
            """;

    static final String TRIAL = """
            A year-long trial of on-demand minibuses in the villages around Dunmere cut average waiting times from 47 minutes to 12 minutes, according to a report published by Dunmere Borough Council on Tuesday.

            The trial replaced two fixed bus routes with six minibuses that passengers book through an app or by phone. Ridership rose 31% over the year, with the biggest gains among people over 70.

            The service cost £610,000 to run, compared with £380,000 for the two fixed routes it replaced, and each journey now needs a subsidy of £9.40 against £5.10 before.

            Councillor Tom Evers, who chairs the transport committee, said the results were encouraging. Some residents argued that the app was hard to use and that the phone line was often busy at peak times.

            The council will decide in June whether to extend the trial to the whole borough. Opposition councillors say the money would be better spent on restoring evening services on the main routes.
            """;

    static final String EDITORIAL = """
            Our City Should Not Sell Its Allotments

            The city council's plan to sell three allotment sites to housing developers would raise about £4 million, a sum it says is needed to close a gap in next year's budget. The council should think again.

            Allotments are not a luxury. More than 600 households grow food on the three sites, and the waiting list has more than 900 names. For many older residents, a plot is their main source of exercise and company.

            The money raised would plug the gap for a single year. Once the land is sold, it is gone for good, and the city would have to find the same sum again next year.

            There are better options. The council could raise plot rents modestly, which would bring in far less but keep the land, or it could build homes on the disused bus depot instead of the allotments.

            Councillors vote on the plan on 4 May. They should reject it and ask officers for a plan that does not sell off land the city can never buy back.
            """;

    static final String PROFILE = """
            The Chemist Who Made Rivers Clean: A Profile of Ingrid Solberg-Lund

            In 1979 Ingrid Solberg-Lund was a young chemist at a paper mill in Norway when she noticed that the river below the mill had turned brown. Within a decade, she had developed a process that removed most of the chlorine compounds the mills released.

            Solberg-Lund was born in 1951 in Bergen, the daughter of a ferry captain. She studied chemistry at the University of Oslo and joined the mill in 1976.

            In 1983 she left the mill to found her own laboratory, borrowing money from her family. Colleagues warned her that no mill would pay for a cleaner process unless the law forced it to.

            Her process was adopted by the first mill in 1988, and by 2000 it was used in more than 200 mills across Europe. Solberg-Lund argued that clean production would pay for itself through lower fines and cheaper water treatment.

            Not everyone agreed. Some mill owners argued that the process raised their costs and that the gains for rivers were exaggerated. Solberg-Lund accepted that the process was expensive to install.

            Solberg-Lund retired in 2016. She still visits the river below the old mill every spring.
            """;

    static final String HEALTH = """
            Understanding Vitamin D in Winter

            Vitamin D helps the body absorb calcium, which keeps bones and muscles healthy. Most of it is made in the skin when sunlight falls on it, so levels tend to fall in winter in northern countries.

            Low levels are common: surveys suggest that about one adult in six has low vitamin D in late winter. Severe deficiency can cause bone pain and weakness, but mild deficiency often causes no symptoms at all.

            Health authorities recommend that adults consider a daily supplement of 10 micrograms between October and March. People who rarely go outside, and people with darker skin, are advised to take one all year round.

            Too much vitamin D can be harmful. Doses above 100 micrograms a day can raise calcium levels in the blood, which may damage the kidneys.

            Doctors say that most people do not need a blood test before taking a standard supplement. Some researchers argue that the benefits beyond bone health have been overstated.
            """;

    static List<String> discussion(String title, String body) {
        Module m = Fixtures.module("invented", title, List.of("Ada Lowe"), Module.Kind.article, List.of(), body);
        var r = new BuiltInQuestionGenerator().run(m, List.of(m));
        return r.questions().stream().filter(q -> q.type() == QuestionType.discussion).map(Question::prompt).toList();
    }

    private static void fourDistinct(List<String> p) {
        assertThat(p).as(String.join("\n", p)).hasSizeGreaterThanOrEqualTo(4);
        // not four copies of one template: the opening words differ
        assertThat(p.stream().map(q -> String.join(" ", java.util.Arrays.copyOf(q.split("\\s+"), 3))).distinct().count()).as(String.join("\n", p)).isGreaterThanOrEqualTo(4);
    }

    @Test
    void anInventedCourtRulingGetsFourDistinctPromptsIncludingTheGroundsOfTheRuling() {
        List<String> p = discussion("Judge Orders Gym Chain to Refund Pensioner Charged After Cancelling", RULING);
        fourDistinct(p);
        assertThat(p).anyMatch(q -> q.startsWith("The article reports a ruling:") && q.contains("On what grounds"));
    }

    @Test
    void anInventedTransportTrialGetsFourDistinctPromptsIncludingWhetherToRollItOut() {
        List<String> p = discussion("On-Demand Minibuses Cut Waiting Times, but Cost More per Journey", TRIAL);
        fourDistinct(p);
        assertThat(p).anyMatch(q -> q.contains("rolled out more widely") || q.contains("trade-off"));
    }

    @Test
    void anInventedEditorialGetsFourDistinctPromptsIncludingItsArgument() {
        List<String> p = discussion("Our City Should Not Sell Its Allotments", EDITORIAL);
        fourDistinct(p);
        assertThat(p).anyMatch(q -> q.startsWith("The title states the author's position") || q.startsWith("The article argues") || q.startsWith("The article is titled"));
    }

    @Test
    void anInventedProfileGetsFourDistinctPromptsAndNoDecisionMakersTemplateForAPersonalChoice() {
        List<String> p = discussion("The Chemist Who Made Rivers Clean: A Profile of Ingrid Solberg-Lund", PROFILE);
        fourDistinct(p);
        assertThat(p).noneMatch(q -> q.startsWith("Put yourself in the place of those who made this decision") && q.contains("she"));
    }

    @Test
    void anInventedHealthExplainerGetsFourDistinctPromptsIncludingTheAdviceAndItsRisks() {
        List<String> p = discussion("Understanding Vitamin D in Winter", HEALTH);
        fourDistinct(p);
        assertThat(p).noneMatch(q -> q.startsWith("Do you agree") && DiscussionBuilder.PROCEDURE.matcher(q).find());
    }

    @Test
    void aPersonsRetirementActivityIsNoDecisionOfThoseWhoMadeIt() {
        List<String> p = DiscussionMovesTest.prompts("In retirement she has devoted much of her time to a scholarship fund for young engineering students, set up in 2019.");
        assertThat(p).noneMatch(q -> q.startsWith("Put yourself in the place of those who made this decision"));
    }

    @Test
    void aProcedureIsNotOfferedForAgreement() {
        List<String> p = DiscussionMovesTest.prompts("Slow bleeding from the stomach, which is a common cause of low iron, has to be ruled out, usually with an endoscopy.");
        assertThat(p).noneMatch(q -> q.startsWith("Do you agree"));
    }

    @Test
    void aPronounSpeakerIsNotNamedWhenTwoPeopleAreNearby() {
        List<String> p = DiscussionMovesTest.prompts("Former students remember her red ink. \"She was strict but always kind to us,\" says Tomas Vale. "
                + "Now in her eighties, Lindqvist-Bryn still cannot walk past a bridge without looking at it. "
                + "\"The bridges that never fail are the ones nobody ever talks about, and that is the point,\" she said.");
        assertThat(p).noneMatch(q -> q.startsWith("Tomas Vale") && q.contains("bridges that never fail"));
    }

    @Test
    void aRoleIsANounPhraseNotAClauseGluedOn() {
        List<String> p = DiscussionMovesTest.prompts("In 1998 she co-founded a company with Callum Reid and Mira Tal, to sell the sensors. "
                + "\"We were wrong about the price, but right about the idea, and that is what matters,\" said Mira Tal.");
        assertThat(p).noneMatch(q -> q.contains("Mira Tal, to sell the sensors"));
    }

    @Test
    void everySecondReviewArticleGetsAtLeastFourDiscussionQuestions() throws IOException {
        List<Module> all = DiscussionMovesTest.importDir("src/test/resources/review-articles-2");
        assertThat(all).hasSize(5);
        for (Module m : all) {
            var r = new BuiltInQuestionGenerator().run(m, all);
            assertThat(r.discussion()).as(m.slug() + ": " + r.render(0)).isGreaterThanOrEqualTo(Minimums.FULL_DISCUSSION);
        }
    }

    @Test
    void aTradeOffNeedsFiguresSetAgainstEachOtherNotAListOfParts() {
        String body = """
                The award comprises £31,000 for pain and suffering and £17,500 for care costs. Repairs cost £410,000, of which £300,000 came from insurance.

                Converting the remaining trains would cost around £38 million, compared with £290 million to electrify the route.
                """;
        Module m = Fixtures.module("figures", "Figures", List.of("Ada Lowe"), Module.Kind.article, List.of(), body);
        Candidate c = DiscussionFrames.figures(new Context(m, List.of(m)), java.util.Set.of());
        assertThat(c).isNotNull();
        assertThat(c.question().prompt()).contains("compared with £290 million").contains("trade-off");
        String parts = "The award comprises £31,000 for pain and suffering and £17,500 for care costs. Repairs cost £410,000, of which £300,000 came from insurance.\n";
        Module p = Fixtures.module("parts", "Parts", List.of("Ada Lowe"), Module.Kind.article, List.of(), parts);
        assertThat(DiscussionFrames.figures(new Context(p, List.of(p)), java.util.Set.of())).isNull();
    }
}
