package org.lectern.questions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lectern.questions.Fixtures.context;
import static org.lectern.questions.Fixtures.sentence;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lectern.importing.Module;

/**
 * True/false and multiple-choice faults the eighth blind review found: the writer's judgement, a conjecture or a
 * forecast given as a fact to mark true, an explainer's "has to" given as the author's argument, a statement that
 * leans on the sentence before it or that a later sentence qualifies, a dangling "also", a run-in heading; a key
 * the prompt's own figures give, a planned year offered years before the events reported, a reduction offered a
 * value above its starting point. Invented texts, one behaviour per test.
 */
class QualityRules9FactsTest {

    private static List<String> trueFalse(Context ctx) {
        return TrueFalseBuilder.build(ctx).stream().map(c -> c.question().prompt()).toList();
    }

    /**
     * The statements whose prompt contains {@code doubtful} are weak and rank below a plain weak statement (they are
     * asked only when nothing else fills the set).
     */
    private static void lastResort(Context ctx, String doubtful) {
        List<Candidate> bad = TrueFalseBuilder.build(ctx).stream().filter(c -> c.question().prompt().contains(doubtful)).toList();
        // a plain weak statement scores about 1 - WEAK; a doubtful one DOUBTFUL below that
        assertThat(bad).isNotEmpty().allMatch(Candidate::weak).allMatch(c -> c.score() < 1.5 - Candidate.WEAK - TrueFalseBuilder.DOUBTFUL);
    }

    /** The body with thirty-four more sentences: a long text, where a doubtful statement is set below the other weak ones. */
    private static String longText(String body) {
        StringBuilder b = new StringBuilder(body);
        for (int i = 1; i <= 34; i++) b.append(" The museum in Ashford lent ").append(100 + i).append(" paintings to galleries in week ").append(i).append('.');
        return b.toString();
    }

    private static TypedSpan span(Sentence s, SpanType type, String text) {
        int i = s.plain().indexOf(text);
        return new TypedSpan(type, text, i, i + text.length(), "", Slots.value(text), text);
    }

    @Test
    void aRecommendationWordedAsAnInstructionIsNoStatement() {
        Context ctx = context("Sharing the Harbour", "The two towns have argued over the harbour since 2019. "
                + "Establish a harbour board with four members from each town by January 2026. "
                + "Publish the board's accounts every year.");
        assertThat(trueFalse(ctx)).noneMatch(p -> p.contains("Establish") || p.contains("Publish"));
        assertThat(TrueFalseBuilder.imperative(sentence(ctx, "Establish"))).isTrue();
        Context history = context("The Harbour Board", "Founded in 1874, the board has four members from each town.");
        assertThat(TrueFalseBuilder.imperative(sentence(history, "Founded"))).isFalse();
    }

    @Test
    void anExplainersHasToIsNoArgumentOfTheAuthor() {
        Context ctx = context("How Frost Cracks Rock", "Frost cracks rock in a simple way. "
                + "The ground has to be saturated with water before a hard frost arrives. Water expands by about nine per cent as it freezes.");
        assertThat(trueFalse(ctx)).noneMatch(p -> p.contains("author argues"));
    }

    @Test
    void theWritersEvaluativeWordsMakeAStatementAView() {
        assertThat(TrueFalseBuilder.opinion("Crews patched up the network with remarkable speed.")).isTrue();
        assertThat(TrueFalseBuilder.opinion("Both countries have strong reasons to cooperate.")).isTrue();
        assertThat(TrueFalseBuilder.opinion("Crews patched up the network within two weeks.")).isFalse();
    }

    @Test
    void aConjectureIsNotAskedOnALongText() {
        Context ctx = context("Courtyards", longText("Children play in the courtyards after school. "
                + "A sensible replacement for the rule would permit ball games until seven in the evening."));
        assertThat(trueFalse(ctx)).noneMatch(p -> p.contains("sensible replacement"));
    }

    @Test
    void halfOfACorrelativePairIsNoStatement() {
        Context ctx = context("Iron", "Iron is not only needed for carrying oxygen. Muscles and the brain use it too. Iron tablets cost little.");
        assertThat(trueFalse(ctx)).noneMatch(p -> p.contains("not only needed"));
    }

    @Test
    void aStatementLeaningOnTheSentenceBeforeIsALastResort() {
        Context ctx = context("Heat Pumps", longText("A heat pump has a condenser inside the house. "
                + "There the hot gas gives its heat to water in the radiators. The water then carries the heat to every room."));
        lastResort(ctx, "There the hot gas");
    }

    @Test
    void aStatementALaterSentenceQualifiesIsALastResort() {
        Context ctx = context("Hail", longText("A droplet needs a speck of dust to freeze around in a cloud. "
                + "Without such a speck, a droplet can freeze only at about minus 38 degrees in a cloud. Hailstones grow in layers."));
        lastResort(ctx, "needs a speck of dust");
    }

    @Test
    void additiveWordsAreDroppedFromAStatement() {
        assertThat(TrueFalseBuilder.withoutAdditive("The council was also asking the agency to build a wall."))
                .isEqualTo("The council was asking the agency to build a wall.");
        assertThat(TrueFalseBuilder.withoutAdditive("The board met in March, too.")).isEqualTo("The board met in March.");
        assertThat(TrueFalseBuilder.withoutAdditive("The plan not only saves money but also cuts noise."))
                .isEqualTo("The plan not only saves money but also cuts noise.");
    }

    @Test
    void aRunInHeadingIsNoPartOfAStatement() {
        assertThat(TrueFalseBuilder.RUN_IN_HEADING.matcher("Working parents. Some families rely on the early start.").find()).isTrue();
        assertThat(TrueFalseBuilder.RUN_IN_HEADING.matcher("Dr. Mensah said the early start suits families.").find()).isFalse();
    }

    @Test
    void aVerblessHeadBeforeItsClauseIsNoStatement() {
        Context ctx = context("Iron", "People on plant-based diets, because the iron in plants is absorbed less efficiently than the iron in meat. "
                + "Iron tablets cost little.");
        Sentence s = sentence(ctx, "People on");
        assertThat(TrueFalseBuilder.verblessHead(s, s.plain())).isTrue();
        Context ok = context("Iron", "Many people take tablets, because the iron in plants is absorbed less efficiently.");
        Sentence o = sentence(ok, "Many people");
        assertThat(TrueFalseBuilder.verblessHead(o, o.plain())).isFalse();
    }

    @Test
    void anArguedPiecesGeneralClaimIsNoPlainFact() {
        Context ctx = context("Why Both Countries Should Share Their Flood Data", "Neighbouring countries should publish their well readings every month on a shared public website. "
                + "Every government along a shared river must fund a joint water commission in full. Shared sacrifice is easier to sell to voters than one-sided blame.");
        assertThat(trueFalse(ctx)).noneMatch(p -> p.startsWith("True or false: Shared sacrifice"));
    }

    @Test
    void aKeyTheSentencesOwnFiguresGiveIsComputable() {
        String cap = "The accord capped extraction at 1.2 billion cubic metres a year: 700 million for the north and 500 million for the south.";
        Context ctx = context("Water", cap);
        Sentence s = sentence(ctx, "The accord");
        assertThat(MultipleChoiceBuilder.computable(s.plain(), span(s, SpanType.NUMBER, "700"))).isTrue();
        Context boiler = context("Boilers", "A gas boiler has an efficiency of about 90 per cent, so roughly 0.9 kWh of heat reaches the radiators for every 1 kWh of gas.");
        Sentence b = sentence(boiler, "A gas boiler");
        assertThat(MultipleChoiceBuilder.computable(b.plain(), span(b, SpanType.PERCENT, "90 per cent"))).isTrue();
        Context rev = context("Results", "Revenue rose 6 percent to £1.42 billion in the year to March.");
        Sentence r = sentence(rev, "Revenue");
        assertThat(MultipleChoiceBuilder.computable(r.plain(), span(r, SpanType.PERCENT, "6 percent"))).isFalse();
    }

    @Test
    void aPlannedYearTakesNoDistractorBeforeTheYearsTheArticleReports() {
        String body = "The survey's figures for December 2024 are below. The institute plans to repeat the analysis in autumn 2025.";
        Module m = new Module("t", "Survey", List.of("Ada Lowe"), "t.md", "S", null, Module.Kind.article, List.of(),
                body.split("\\s+").length, 2, 10.0, List.of(), List.of(), List.of(), List.of(), body);
        Context ctx = new Context(m, List.of(m));
        Sentence s = sentence(ctx, "The institute");
        TypedSpan key = span(s, SpanType.DATE, "2025");
        key = new TypedSpan(SpanType.DATE, "2025", key.start(), key.end(), "year", 2025, "2025");
        assertThat(Slots.fits(ctx, s, key, "2023", Slots.Bounds.NONE)).isFalse();
        assertThat(Slots.fits(ctx, s, key, "2024", Slots.Bounds.NONE)).isFalse();
        assertThat(Slots.fits(ctx, s, key, "2026", Slots.Bounds.NONE)).isTrue();
    }

    @Test
    void aClockTimeTakesOnlyClockTimes() {
        Context ctx = context("School Day", "The governors should approve the 9.15 start as a one-year trial from September.");
        Sentence s = sentence(ctx, "The governors");
        TypedSpan key = span(s, SpanType.NUMBER, "9.15");
        assertThat(Slots.fits(ctx, s, key, "13.73", Slots.Bounds.NONE)).isFalse();
        assertThat(Slots.fits(ctx, s, key, "4.58", Slots.Bounds.NONE)).isFalse();
        assertThat(Slots.fits(ctx, s, key, "11.30", Slots.Bounds.NONE)).isTrue();
    }

    @Test
    void afterALowerBoundASmallerValueIsAlsoTrue() {
        Context ctx = context("Jobs", "More than a third of students aged 16 to 18 in the region have a paid job during term time.");
        Sentence s = sentence(ctx, "More than");
        TypedSpan key = span(s, SpanType.NUMBER, "a third");
        key = new TypedSpan(SpanType.NUMBER, "a third", key.start(), key.end(), "fraction", 0, "a third");
        assertThat(Slots.fits(ctx, s, key, "a fifth", Slots.Bounds.NONE)).isFalse();
        assertThat(Slots.fits(ctx, s, key, "half", Slots.Bounds.NONE)).isTrue();
    }

    @Test
    void aReductionToTheGapFromAFigureBoundsItBelow() {
        Context ctx = context("Tariffs", "Officials welcomed the reduction of car tariffs to 15 percent from the initial proposed rate of 27.5 percent.");
        Sentence s = sentence(ctx, "Officials");
        Slots.Bounds b = Slots.bounds(s, span(s, SpanType.PERCENT, "15 percent"));
        assertThat(b.below()).isEqualTo(27.5);
    }
}
