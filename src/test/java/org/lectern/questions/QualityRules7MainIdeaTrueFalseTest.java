package org.lectern.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lectern.importing.Module;

/**
 * Main idea: a key is the section's point only when it is its most central sentence by a clear lead and stands
 * alone (no quotation, transition, report or noun that leans on an earlier sentence); else it is weak or dropped.
 * True/false: a judgement is attributed, a statement that leans on a neighbour is skipped, a clause is not asked
 * without its qualification, and a swapped date or side figure is weak. Invented texts.
 */
class QualityRules7MainIdeaTrueFalseTest {

    private static Context context(String body) {
        Module m = Fixtures.module("t", "Test", List.of("Ada Lowe"), Module.Kind.article, List.of(), body);
        return new Context(m, List.of(m));
    }

    private static TypedSpan span(SpanType t, String text, int start, int end) {
        return new TypedSpan(t, text, start, end, null, 0, null);
    }

    /** The first section's sentences as a unit, with the sentence at {@code key} as its thesis. */
    private static MainIdeaBuilder.Unit unit(Context ctx, int key) {
        List<Sentence> ss = ctx.sentences.stream().filter(s -> s.sectionIndex() == ctx.sentences.get(0).sectionIndex()).toList();
        Sentence k = ss.get(key);
        return new MainIdeaBuilder.Unit("the section", k.section(), ss, k, k.plain(), true);
    }

    private static final String PONDS = "## Garden ponds\n\n"
            + "Garden ponds give frogs, newts and dragonflies a place to breed in towns.\n\n"
            + "Frogs lay their eggs in shallow water early in spring.\n\n"
            + "Newts hunt insects among the weed of ponds.\n\n"
            + "Dragonflies need tall plants for their larvae to climb.\n\n"
            + "## Lawns\n\nMowing less often lets clover and daisies flower for the bees.\n";

    @Test
    void theMostCentralSentenceOfASectionRanksFirst() {
        Context ctx = context(PONDS);
        double[] c = MainIdeaBuilder.lexicalCentrality(ctx, unit(ctx, 0).sentences(), "Garden ponds");
        for (int i = 1; i < c.length; i++) assertThat(c[0]).isGreaterThan(c[i]);
    }

    @Test
    void aKeyThatIsClearlyTheMostCentralSentenceIsConfident() {
        Context ctx = context(PONDS);
        assertThat(MainIdeaBuilder.fit(ctx, unit(ctx, 0))).isEqualTo(MainIdeaBuilder.Fit.CONFIDENT);
    }

    @Test
    void aKeyFarLessCentralThanAnotherSentenceIsNoMainIdea() {
        Context ctx = context("## Garden ponds\n\n"
                + "Garden ponds give frogs, newts and dragonflies a place to breed in towns.\n\n"
                + "Frogs lay their eggs in shallow garden ponds early in spring.\n\n"
                + "Newts hunt insects in the weed of garden ponds in towns.\n\n"
                + "A heron sometimes visits at dawn looking for an easy meal.\n");
        assertThat(MainIdeaBuilder.fit(ctx, unit(ctx, 3))).isEqualTo(MainIdeaBuilder.Fit.WRONG);
    }

    @Test
    void aKeyWithoutAClearLeadOverTheNextSentenceIsOnlyUnsure() {
        Context ctx = context("## Garden ponds\n\n"
                + "Garden ponds help frogs breed in towns across the country.\n\n"
                + "Garden ponds help newts breed in towns across the country.\n\n"
                + "Frogs and newts both return to garden ponds every spring.\n");
        assertThat(MainIdeaBuilder.fit(ctx, unit(ctx, 0))).isEqualTo(MainIdeaBuilder.Fit.UNSURE);
    }

    @Test
    void aKeyThatLeansOnAnEarlierSentenceIsNoMainIdea() {
        Context ctx = context("## Winter ponds\n\n"
                + "The trouble comes when ice covers garden ponds for many weeks in winter.\n\n"
                + "Ice on garden ponds keeps oxygen out of the water in winter.\n\n"
                + "Frogs sleeping in garden ponds need oxygen in winter.\n");
        assertThat(MainIdeaBuilder.fit(ctx, unit(ctx, 0))).isEqualTo(MainIdeaBuilder.Fit.WRONG);
    }

    @Test
    void aQuotationOrAReportOfWhatSomeoneSaidIsNoMainIdea() {
        Context ctx = context("## Garden ponds\n\n"
                + "The warden said garden ponds were the best thing a town could build for frogs.\n\n"
                + "Frogs lay their eggs in garden ponds in the town every spring.\n\n"
                + "\"Garden ponds are small but they matter for frogs,\" one gardener explained to the town.\n");
        assertThat(MainIdeaBuilder.fit(ctx, unit(ctx, 0))).isEqualTo(MainIdeaBuilder.Fit.WRONG);
        assertThat(MainIdeaBuilder.fit(ctx, unit(ctx, 2))).isEqualTo(MainIdeaBuilder.Fit.WRONG);
    }

    @Test
    void aTransitionToWhatComesNextIsNoMainIdea() {
        Context ctx = context("## Garden ponds\n\n"
                + "What the frogs do next depends on how warm the garden ponds stay in spring.\n\n"
                + "Frogs lay their eggs in garden ponds when the water warms in spring.\n\n"
                + "Warm garden ponds let frog eggs hatch within two weeks of spring.\n");
        assertThat(MainIdeaBuilder.fit(ctx, unit(ctx, 0))).isEqualTo(MainIdeaBuilder.Fit.WRONG);
    }

    @Test
    void anOptionWithAQuotationOrABorrowedNounIsNotOffered() {
        assertThat(MainIdeaBuilder.cleanOption("The results surprised even the researchers who planned the survey.")).isFalse();
        assertThat(MainIdeaBuilder.cleanOption("\"It's the speed that does it,\" the scientist explained to reporters.")).isFalse();
        assertThat(MainIdeaBuilder.cleanOption("Garden ponds give frogs and newts a place to breed in towns.")).isTrue();
        assertThat(MainIdeaBuilder.cleanOption("The results of the survey surprised even the researchers.")).isTrue();
    }

    @Test
    void aSectionWithoutAConfidentKeyGetsNoStrongMainIdea() {
        // every section's sentences share nothing: no key stands out
        Context ctx = context("## Harbour\n\nA heron stood on the old harbour wall at dawn.\n\nTwo fishing boats left before the tide turned.\n\n"
                + "The cafe opened its shutters at seven.\n\n## Market\n\nStalls sold apples, cheese and bread by the church.\n\n"
                + "A busker played the violin near the fountain.\n\nRain fell briefly around noon that day.\n\n"
                + "## Park\n\nChildren raced their bicycles along the gravel path.\n\nAn old man fed sparrows from a paper bag.\n\n"
                + "The bandstand was painted green last year.\n\n## Station\n\nThe last train to the city left late again.\n\n"
                + "Porters wheeled luggage past the ticket office.\n\nA poster announced new summer fares for students.\n");
        assertThat(MainIdeaBuilder.build(ctx)).allMatch(Candidate::weak);
    }

    @Test
    void anAuthorsJudgementWithoutAJudgingVerbIsAnOpinion() {
        assertThat(TrueFalseBuilder.opinion("The new tariffs leave small exporters in a more vulnerable position.")).isTrue();
        assertThat(TrueFalseBuilder.opinion("For far too long, the two councils have cooperated only in fits and starts.")).isTrue();
        assertThat(TrueFalseBuilder.opinion("The fix is not complicated.")).isTrue();
        assertThat(TrueFalseBuilder.opinion("Cheaper tickets have certainly contributed to the rise in passengers.")).isTrue();
        assertThat(TrueFalseBuilder.opinion("The ferry carries 300 passengers a day between the two islands.")).isFalse();
    }

    @Test
    void aJudgementIsAttributedToTheAuthorNotStatedAsFact() {
        Context ctx = context("The ferry company raised fares twice in 2023. For far too long, the island council has ignored the ferry company's fares. "
                + "The council meets every month in the harbour hall.");
        List<Question> qs = TrueFalseBuilder.build(ctx).stream().map(Candidate::question).toList();
        assertThat(qs).filteredOn(q -> q.prompt().contains("far too long")).allMatch(q -> q.prompt().contains("The author argues that"));
    }

    @Test
    void aStatementAboutSomethingNamedOnlyBeforeIsSkipped() {
        assertThat(TrueFalseBuilder.unresolved("Dr Ames describes it as the worst winter in forty years.")).isTrue();
        assertThat(TrueFalseBuilder.unresolved("A chilled supermarket version costs about four pounds.")).isTrue();
        assertThat(TrueFalseBuilder.unresolved("The results were published in a medical journal.")).isTrue();
        assertThat(TrueFalseBuilder.unresolved("The results of the trial were published in a medical journal.")).isFalse();
        assertThat(TrueFalseBuilder.unresolved("Dr Ames describes the winter as the worst in forty years.")).isFalse();
    }

    @Test
    void aStatementTiedToItsNeighbourIsSkipped() {
        assertThat(TrueFalseBuilder.LEANS_ON_NEIGHBOUR.matcher("Among them was Lena Hart, who has run a bakery for years.").find()).isTrue();
        assertThat(TrueFalseBuilder.LEANS_ON_NEIGHBOUR.matcher("Against that modest sum, set what would be lost.").find()).isTrue();
        assertThat(TrueFalseBuilder.LEANS_ON_NEIGHBOUR.matcher("The board, however, was built with a flaw.").find()).isTrue();
        assertThat(TrueFalseBuilder.LEANS_ON_NEIGHBOUR.matcher("The board was built with a flaw that would matter later.").find()).isTrue();
        assertThat(TrueFalseBuilder.LEANS_ON_NEIGHBOUR.matcher("The board was set up in 1990 to manage the river.").find()).isFalse();
    }

    @Test
    void aClauseCutOffBeforeItsEndIsNotAsked() {
        Context ctx = context("The library offers the nearest public computers for residents of four estates where. "
                + "The library opened in 1932 on Mill Street. Readers borrowed 40,000 books from the library last year.");
        List<Question> qs = TrueFalseBuilder.build(ctx).stream().map(Candidate::question).toList();
        assertThat(qs).noneMatch(q -> q.prompt().endsWith("where."));
    }

    @Test
    void aClauseIsNotMarkedTrueWithoutTheQualificationThatFollows() {
        Context ctx = context("Discounts on bicycles are now common, but most shops still lose money on every sale. "
                + "The shops blame high rents in the town centre.");
        List<Question> qs = TrueFalseBuilder.build(ctx).stream().map(Candidate::question).toList();
        assertThat(qs).noneMatch(q -> "true".equals(q.answer()) && q.prompt().matches("True or false: Discounts on bicycles are now common\\.?"));
    }

    @Test
    void aSwappedDateOrASideFigureIsWeak() {
        TypedSpan date = span(SpanType.DATE, "1976", 3, 7);
        assertThat(TrueFalseBuilder.incidentalFigure("In 1976 a museum opened.", date)).isTrue();
        TypedSpan farms = span(SpanType.NUMBER, "63", 20, 22);
        assertThat(TrueFalseBuilder.incidentalFigure("The flood, which reached 63 farms, forced the council to rebuild the levee.", farms)).isTrue();
        TypedSpan share = span(SpanType.NUMBER, "half", 8, 12);
        assertThat(TrueFalseBuilder.incidentalFigure("Roughly half of the town's exports leave by sea.", share)).isFalse();
    }

    @Test
    void anActorIsSwappedBeforeAFigureAndAFigureBeforeADate() {
        assertThat(TrueFalseBuilder.swapRank(span(SpanType.ORGANISATION, "Harbour Board", 0, 13)))
                .isLessThan(TrueFalseBuilder.swapRank(span(SpanType.NUMBER, "40", 0, 2)));
        assertThat(TrueFalseBuilder.swapRank(span(SpanType.NUMBER, "40", 0, 2)))
                .isLessThan(TrueFalseBuilder.swapRank(span(SpanType.DATE, "1990", 0, 4)));
    }

    @Test
    void aSayingTheWriterSetsAsideIsNoAttribution() {
        Context ctx = context("The island has a real fear: a port whose fees can be raised at will is not free, whatever its charter says.");
        assertThat(TrueFalseBuilder.paraphrase(ctx, "The island has a real fear: a port whose fees can be raised at will is not free, whatever its charter says."))
                .isNull();
    }
}
