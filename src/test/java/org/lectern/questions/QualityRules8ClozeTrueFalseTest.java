package org.lectern.questions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lectern.questions.Fixtures.context;
import static org.lectern.questions.Fixtures.sentence;
import static org.lectern.questions.Fixtures.term;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lectern.importing.Module;

/**
 * Cloze and true/false faults the seventh blind review found: a unit of measure or a word of a quoted slogan
 * blanked, a clause said relative to the one before, figures without their other written forms, a general head
 * accepted alone while the distinctive modifier or the article's longer term is not; a place swapped for one of
 * another kind, a figure swapped after "the first time in", a news report's condition given as the author's
 * argument, and a true statement a later sentence qualifies. Invented texts, one behaviour per test.
 */
class QualityRules8ClozeTrueFalseTest {

    private static Clauses.Stem stem(Context ctx, String start) {
        return ctx.units.stream().filter(u -> u.text().startsWith(start)).findFirst().orElseThrow();
    }

    @Test
    void aUnitOfMeasureIsNoBlank() {
        Context ctx = context("Logs", "The price of a cubic metre of dry logs in the county has risen by almost half. "
                + "Two new kilns will dry around 6,000 cubic metres a year. Sellers charge more for each cubic metre delivered.");
        List<Question> qs = ClozeBuilder.build(ctx).stream().map(Candidate::question).toList();
        assertThat(qs).noneMatch(q -> q.answer().toLowerCase().startsWith("cubic"));
    }

    @Test
    void aWordInsideAShortQuotedSloganIsNoBlank() {
        Context ctx = context("Square", "The square, which the tourism leaflet calls \"the beating heart of Castleby\", was empty.");
        Sentence s = sentence(ctx, "The square");
        assertThat(ClozeBuilder.inShortQuote(s, term(s, "Castleby", "phrase"))).isTrue();
        assertThat(ClozeBuilder.inShortQuote(s, term(s, "tourism leaflet", "compound"))).isFalse();
    }

    @Test
    void aClauseSaidRelativeToTheOneBeforeIsNoBlank() {
        assertThat(ClozeBuilder.RELATIVE_TO_BEFORE.matcher("2.6 ____ flowed the other way, mostly in cold spells.").find()).isTrue();
        assertThat(ClozeBuilder.RELATIVE_TO_BEFORE.matcher("The ____ flowed south in winter.").find()).isFalse();
    }

    @Test
    void aFigureIsAcceptedWithAndWithoutThousandsCommasAndInMillions() {
        assertThat(ClozeBuilder.numberForms("1,600", 1600)).contains("1600");
        assertThat(ClozeBuilder.numberForms("1600", 1600)).contains("1,600");
        assertThat(ClozeBuilder.numberForms("1.6 million", 1_600_000)).contains("1,600,000", "1600000");
        assertThat(ClozeBuilder.numberForms("1,600,000", 1_600_000)).contains("1600000", "1.6 million");
    }

    @Test
    void aHeadTheArticleSaysOfOtherThingsIsNotAcceptedAloneButTheDistinctiveModifierIs() {
        Context ctx = context("Hail", "Hail comes almost only from cumulonimbus clouds, the tallest storms. "
                + "A shower cloud is lower. The cloud holds water. Most clouds never make hail.");
        Sentence s = sentence(ctx, "Hail comes");
        List<String> acc = ClozeBuilder.withHead(ctx, s, term(s, "cumulonimbus clouds", "phrase"), ClozeBuilder.variants(ctx, "cumulonimbus clouds"));
        assertThat(acc).contains("cumulonimbus clouds", "cumulonimbus").doesNotContain("clouds", "cloud");
    }

    @Test
    void theArticlesOwnLongerTermIsAcceptedAndTheBareHeadIsNot() {
        Context ctx = context("Hail", "Between these heights lies the hail growth zone, where ice grows. "
                + "The embryo is carried into the growth zone by the updraft.");
        Sentence s = sentence(ctx, "The embryo");
        List<String> acc = ClozeBuilder.withHead(ctx, s, term(s, "growth zone", "phrase"), ClozeBuilder.variants(ctx, "growth zone"));
        assertThat(acc).contains("growth zone", "hail growth zone").doesNotContain("zone");
    }

    @Test
    void aPlaceIsSwappedOnlyForOneTheArticleSetsBesideIt() {
        Context ctx = context("Power", "The prime ministers of Halvaria and Drunesk met near the border town of Vell. "
                + "Talks held in Vell on 8 October produced only a short statement.");
        assertThat(TrueFalseBuilder.sideBySide(ctx, "Halvaria", "Drunesk")).isTrue();
        assertThat(TrueFalseBuilder.sideBySide(ctx, "Vell", "Halvaria")).isFalse();
    }

    @Test
    void aFigureAfterTheFirstTimeInIsNoPlaceForASwap() {
        assertThat(TrueFalseBuilder.BOUND.matcher("For the first time in ").find()).isTrue();
        assertThat(TrueFalseBuilder.BOUND.matcher("The works was sold in ").find()).isFalse();
    }

    @Test
    void aNewsReportsConditionIsNotTheAuthorsArgument() {
        Context ctx = context("Solar farm approved", "A solar farm will be built after the planning committee approved the scheme on Tuesday evening.\n\n"
                + "\"I understand people's worries,\" the chair said.\n\n"
                + "The company must lodge a bond of £420,000 with the council before work starts.\n");
        Clauses.Stem st = stem(ctx, "The company must");
        assertThat(TrueFalseBuilder.attributed(ctx, st, st.text())).isNull();
    }

    @Test
    void aStatementLeaningOnTheSentenceBeforeIsWeak() {
        Context ctx = context("Sharing the valley's water", "Farmers in the valley pump water from the aquifer for their crops every summer. "
                + "Engineers estimated the figure at 910 million cubic metres a year in the last survey of the basin. "
                + "The pump houses stand at the edge of the valley and the engineers visit them every spring. "
                + "There the old diesel engines are being replaced by electric pumps with meters.");
        assertThat(TrueFalseBuilder.leansOnEarlier(ctx, "Engineers estimated the figure at 910 million cubic metres a year in the last survey of the basin.")).isTrue();
        assertThat(TrueFalseBuilder.leansOnEarlier(ctx, "There the old diesel engines are being replaced by electric pumps with meters.")).isTrue();
        assertThat(TrueFalseBuilder.leansOnEarlier(ctx, "Farmers pump water from an aquifer for their crops every summer.")).isFalse();
        assertThat(TrueFalseBuilder.leansOnEarlier(ctx, "There are twelve pump houses on local farms.")).isFalse();
        assertThat(TrueFalseBuilder.build(ctx)).filteredOn(c -> c.question().prompt().contains("the figure at") || c.question().prompt().contains("There the old"))
                .isNotEmpty().allMatch(Candidate::weak);
    }

    @Test
    void aTrueStatementALaterSentenceQualifiesIsFound() {
        Context ctx = context("Ice", "## Freezing\n\nFor a droplet to freeze, its molecules need a speck of dust to organise around. "
                + "Without such a seed, small droplets can stay liquid down to about -38 C, when they freeze spontaneously.\n");
        Clauses.Stem st = stem(ctx, "For a droplet");
        assertThat(TrueFalseBuilder.qualifiedLater(ctx, st)).isTrue();
    }

    @Test
    void anotherModifierTheArticleGivesTheNounAfterTheBlankIsAccepted() {
        Context ctx = context("Investment", "Both governments agreed an investment roadmap in May. "
                + "Firms wonder how their views will shape the FDI roadmap over the next year.");
        Sentence s = sentence(ctx, "Firms wonder");
        int i = s.plain().indexOf("FDI");
        assertThat(ClozeBuilder.otherModifiers(ctx, s, new TypedSpan(SpanType.ORGANISATION, "FDI", i, i + 3, null, 0, "FDI"))).containsExactly("investment");
    }

    @Test
    void anotherTermOfTheArticleOnTheSameHeadIsARival() {
        assertThat(ClozeBuilder.rivalTerms(java.util.Set.of("international economic order", "regional order", "trade system"), "regional order"))
                .containsExactly("international economic order");
        assertThat(ClozeBuilder.rivalTerms(java.util.Set.of("regional order", "regional trade order"), "regional order")).isEmpty();
    }

    @Test
    void aTrueStatementOpeningOnAPhraseOfPlaceIsReordered() {
        Context ctx = context("Storms", "Near the top of a large storm, the air may be as cold as -50 C.");
        assertThat(TrueFalseBuilder.paraphrase(ctx, "Near the top of a large storm, the air may be as cold as -50 C."))
                .isEqualTo("The air may be as cold as -50 C near the top of a large storm.");
        assertThat(TrueFalseBuilder.paraphrase(ctx, "In the valley, the river floods and the farms flood too.")).isNull();
    }
}
