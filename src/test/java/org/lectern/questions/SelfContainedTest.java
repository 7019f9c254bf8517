package org.lectern.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lectern.importing.Module;

/** Statements lifted from an article must stand alone; ordering and main idea pick real events and real theses. */
class SelfContainedTest {

    @Test
    void aDefiniteRelationalNounWithoutComplementNeedsContext() {
        assertThat(ContextFree.reason("Shorter lunches do not fully make up the difference.")).contains("the difference");
        assertThat(ContextFree.reason("In which year did the biggest change come?")).contains("biggest change");
        assertThat(ContextFree.reason("Explain why the ministry's priority is to study the details, according to the article.")).contains("the details");
        assertThat(ContextFree.reason("The difference between the two plans is their cost.")).isNull();
        assertThat(ContextFree.reason("The largest employer in the valley is the hospital.")).isNull();
        assertThat(ContextFree.reason("The question is whether the ferry can run in winter.")).isNull();
    }

    @Test
    void backwardReferencesNeedContext() {
        assertThat(ContextFree.reason("Several plans address the common concerns mentioned previously.")).isNotNull();
        assertThat(ContextFree.reason("Around 40 percent of that went to schools.")).contains("of that");
        assertThat(ContextFree.reason("Such schemes rarely pay for themselves.")).contains("such");
        assertThat(ContextFree.reason("Crops such as barley need less water.")).isNull();
        assertThat(ContextFree.reason("Both towns have the same status in the league.")).isNull();
    }

    @Test
    void aLeadingConnectorNeedsContext() {
        assertThat(ContextFree.reason("But the new timetable is the wrong answer for commuters.")).isNotNull();
        assertThat(ContextFree.reason("However, this plan was dropped by the council.")).isNotNull();
        assertThat(ContextFree.reason("So far the council has spent nothing on the bridge.")).isNull();
    }

    @Test
    void aChangeWithoutASubjectNeedsContext() {
        assertThat(ContextFree.reason("Traders had expected growth of about 4 percent.")).contains("growth");
        assertThat(ContextFree.reason("Traders had expected sales growth of about 4 percent.")).isNull();
        assertThat(ContextFree.reason("Traders had expected growth in exports of about 4 percent.")).isNull();
    }

    @Test
    void theGateRejectsATrueFalseStatementThatNeedsContext() {
        Question q = Question.of(QuestionType.true_false, "True or false: Shorter lunches do not fully make up the difference.", Skill.recall, 1,
                "S", List.of("Shorter lunches do not fully make up the difference."), "See the text.").withAnswer("true", null).withId("tf-x");
        QuestionGate.Rejection r = QuestionGate.check(new Candidate(q, null, List.of(), 1, 0),
                new QuestionGate.Sources("x", "Shorter lunches do not fully make up the difference.", java.util.Map.of()));
        assertThat(r).isNotNull();
        assertThat(r.rule()).isEqualTo("needs_context");
    }

    @Test
    void aGapFillQuotingItsSentenceFromTheArticleIsOnlyRejectedForAnExplicitPointerBack() {
        String text = "Shorter lunches do not fully make up the difference. Around 40 percent of that went to schools.";
        QuestionGate.Sources src = new QuestionGate.Sources("x", text, java.util.Map.of());
        Question gap = Question.of(QuestionType.multiple_choice, "Which word correctly completes this sentence from the article? \"Shorter ____ do not fully make up the difference.\"",
                Skill.recall, 1, "S", List.of("Shorter lunches do not fully make up the difference."), "See the text.")
                .withOptions(List.of("lunches", "breaks", "days", "terms"), "lunches").withId("mc-x");
        QuestionGate.Rejection r = QuestionGate.check(new Candidate(gap, "lunches", List.of("breaks", "days", "terms"), 1, 0), src);
        assertThat(r == null ? null : r.rule()).isNotEqualTo("needs_context");
        Question back = Question.of(QuestionType.multiple_choice, "Which number correctly completes this sentence from the article? \"Around ____ percent of that went to schools.\"",
                Skill.recall, 1, "S", List.of("Around 40 percent of that went to schools."), "See the text.")
                .withOptions(List.of("40", "20", "30", "50"), "40").withId("mc-y");
        assertThat(QuestionGate.check(new Candidate(back, "40", List.of("20", "30", "50"), 1, 0), src).rule()).isEqualTo("needs_context");
    }

    @Test
    void orderingSkipsSpansStatesComparisonsAndPlans() {
        String p = "The range was cut to 12 miles, the same as in 1880.";
        assertThat(OrderingBuilder.eventDate(p, p.indexOf("1880"), p.indexOf("1880") + 4)).isFalse();
        p = "The lane was only a track until 1931, and goods came by boat.";
        assertThat(OrderingBuilder.eventDate(p, p.indexOf("1931"), p.indexOf("1931") + 4)).isFalse();
        p = "The ground has sunk by 20 centimetres since 1975.";
        assertThat(OrderingBuilder.eventDate(p, p.indexOf("1975"), p.indexOf("1975") + 4)).isFalse();
        p = "Planners expect the pond to store more water once it is running in 2031.";
        assertThat(OrderingBuilder.eventDate(p, p.indexOf("2031"), p.indexOf("2031") + 4)).isFalse();
        p = "The latest census, completed in 2021, found 9,000 residents.";
        assertThat(OrderingBuilder.eventDate(p, p.indexOf("2021"), p.indexOf("2021") + 4)).isFalse();
        p = "In 1991 the ferry was replaced by a bridge.";
        assertThat(OrderingBuilder.eventDate(p, p.indexOf("1991"), p.indexOf("1991") + 4)).isTrue();
    }

    @Test
    void orderingItemsMustStillSaySomethingWithoutTheirDate() {
        assertThat(OrderingBuilder.garbled("The worst single flood came.")).isTrue();
        assertThat(OrderingBuilder.garbled("The range was reduced to 12 miles, the same as.")).isTrue();
        assertThat(OrderingBuilder.state("The lane was little more than a cart track.")).isTrue();
        assertThat(OrderingBuilder.state("The ferry was replaced by a bridge.")).isFalse();
        assertThat(OrderingBuilder.garbled("The ferry was replaced by a bridge.")).isFalse();
    }

    static final String TOWN = """
            ## The old mill

            The old mill shaped the town of Hollin for two centuries. In 1820 the Hollin mill opened on the river. At its peak in 1890 the mill employed 600 workers from the town. The mill closed in 1968 after cheaper cloth arrived from abroad.

            ## A new use

            After years of neglect, the building was bought by a housing charity. Critics argue that the flats are too expensive for local families. "We wanted the town to have its mill back," said the charity's director, Ruth Dale. The flats opened to tenants in 2015.

            ## The river

            The river Hollin floods about once every ten years. Floods in 1947 and 2007 reached the ground floor of the mill. The council built a flood wall in 2010. Anglers still fish the river below the weir every summer.

            ## Schools

            The town has two primary schools and one secondary school. The secondary school opened in 1972 and now teaches 800 pupils. Both primary schools were rebuilt in the 1990s. Most pupils walk to school.
            """;

    @Test
    void aMainIdeaKeyIsNeverAReportedObjectionOrAQuotation() {
        Module m = Fixtures.module("hollin", "Hollin", List.of("A. Writer"), Module.Kind.article, List.of(), TOWN);
        Context ctx = new Context(m, List.of(m));
        for (MainIdeaBuilder.Unit u : MainIdeaBuilder.units(ctx, true)) {
            if (!u.keyable()) continue;
            assertThat(u.thesis().plain()).doesNotStartWith("Critics argue").doesNotContain("\"");
        }
        assertThat(MainIdeaBuilder.notAThesis(ctx.sentences.stream().filter(s -> s.plain().startsWith("Critics")).findFirst().orElseThrow(), null)).isTrue();
    }

    @Test
    void aMainIdeaKeyMustShareItsWordsWithTheRestOfTheSection() {
        Module m = Fixtures.module("hollin", "Hollin", List.of("A. Writer"), Module.Kind.article, List.of(), TOWN);
        Context ctx = new Context(m, List.of(m));
        List<Sentence> mill = ctx.sentences.stream().filter(s -> s.sectionIndex() == 0).toList();
        assertThat(MainIdeaBuilder.centrality(ctx, mill, mill.get(0))).isGreaterThanOrEqualTo(MainIdeaBuilder.MIN_CENTRALITY);
        List<Sentence> river = ctx.sentences.stream().filter(s -> s.sectionIndex() == 2).toList();
        Sentence anglers = river.get(river.size() - 1);
        assertThat(MainIdeaBuilder.centrality(ctx, river, anglers)).isLessThan(MainIdeaBuilder.MIN_CENTRALITY);
    }

    @Test
    void theOthersAfterAShareHaveTheirReferentEvenWhenTheShareIsTheGap() {
        assertThat(ContextFree.reason("In half of the fields, new fences were built; the others stayed open.")).isNull();
        assertThat(ContextFree.reason("In ____ of the fields, new fences were built; the others stayed open.")).isNull();
        assertThat(ContextFree.reason("The others stayed open all winter.")).isNotNull();
    }

    @Test
    void orderingSkipsTheEndOfARangeAndItemsLeftWithAFocusWordButNoDate() {
        String p = "The drought lasted from 2014 to 2017 and killed many trees.";
        assertThat(OrderingBuilder.eventDate(p, p.indexOf("2017"), p.indexOf("2017") + 4)).isFalse();
        p = "The shop sold the lamp between March 2021 and May 2022 in every town.";
        assertThat(OrderingBuilder.eventDate(p, p.indexOf("May 2022"), p.indexOf("May 2022") + 8)).isFalse();
        assertThat(OrderingBuilder.garbled("Lena Park took charge of the club only.")).isTrue();
        assertThat(OrderingBuilder.garbled("The owner registered the deposit only, almost a year later.")).isTrue();
    }

    @Test
    void aViewReportedWithAnAsideIsNoThesis() {
        Module m = Fixtures.module("hollin", "Hollin", List.of("A. Writer"), Module.Kind.article, List.of(),
                "## Plan\n\nDr. Lee, for her part, warns that the flood plan will take decades to work. The plan has three parts.\n");
        Context ctx = new Context(m, List.of(m));
        assertThat(MainIdeaBuilder.notAThesis(ctx.sentences.get(0), null)).isTrue();
    }

    @Test
    void aSectionOpenedByAGeneralStatementIsSummedUpByItEvenWithFewSharedWords() {
        Module m = Fixtures.module("ports", "Ports", List.of("A. Writer"), Module.Kind.article, List.of(), """
                ## Harbours

                In 1850 the harbour at Dunby was dredged for larger ships. A second quay followed in 1871. Trade grew quickly after the railway arrived in 1880. By 1900 the port handled 2 million tonnes a year.

                ## Lessons

                Small ports survive when they find a trade that big ports ignore. Critics argue that the council spent too much. Fishing boats still land their catch at dawn. Visitors now outnumber sailors in the summer months.
                """);
        Context ctx = new Context(m, List.of(m));
        MainIdeaBuilder.Unit lessons = MainIdeaBuilder.units(ctx, true).stream().filter(u -> u.section().equals("Lessons")).findFirst().orElseThrow();
        assertThat(lessons.thesis().plain()).startsWith("Small ports survive");
        assertThat(MainIdeaBuilder.centrality(ctx, lessons.sentences(), lessons.thesis())).isLessThan(MainIdeaBuilder.MIN_CENTRALITY);
        assertThat(lessons.keyable()).isTrue();
        // a past-tense story opener is no such statement
        assertThat(MainIdeaBuilder.generalStatement(ctx, ctx.sentences.get(0))).isFalse();
    }
}
