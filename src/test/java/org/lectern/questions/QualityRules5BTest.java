package org.lectern.questions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lectern.questions.Fixtures.sentence;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lectern.importing.Module;

/** Round-five quality rules for multiple choice and true/false (blind reviews 4 and 5), on hand-made texts. */
class QualityRules5BTest {

    private static Context context(String body) {
        Module m = Fixtures.module("round-five-b", "Round Five", List.of("Ann Reed"), Module.Kind.article, List.of(), body);
        return new Context(m, List.of(m));
    }

    private static TypedSpan span(Context ctx, Sentence s, String text) {
        return ctx.spans.get(s.index()).stream().filter(k -> k.text().contains(text)).findFirst().orElseThrow();
    }

    @Test
    void aFigureInAPassingDetailIsMinorButAFigureThatIsThePointOfItsClauseIsNot() {
        Context ctx = context("""
                The old mill on the river was turned into a hostel during the war, and at one point it sheltered more than 300 people.
                After the new owners took over, the ticket price rose to £12 in a single year.
                The museum opened in 1995 in the old post office.
                """);
        Sentence shelter = sentence(ctx, "The old mill");
        Sentence rise = sentence(ctx, "After the new owners");
        Sentence museum = sentence(ctx, "The museum opened");
        assertThat(Importance.minorFigure(ctx, shelter, span(ctx, shelter, "300"))).isTrue();
        assertThat(Importance.minorFigure(ctx, rise, span(ctx, rise, "£12"))).isFalse();
        // a year the article never returns to is a side detail
        assertThat(Importance.minorFigure(ctx, museum, span(ctx, museum, "1995"))).isTrue();
    }

    @Test
    void aYearTheArticleReturnsToIsWorthAsking() {
        Context ctx = context("""
                The bridge was closed in 1987 after engineers found cracks in its piers.
                Since 1987, traffic has crossed the river on a temporary ferry.
                """);
        Sentence closed = sentence(ctx, "The bridge was closed");
        assertThat(Importance.minorFigure(ctx, closed, span(ctx, closed, "1987"))).isFalse();
        // "the 1998 declaration": a year that names an event
        Context named = context("The 1998 declaration by the two leaders set out a plan for the next decade.");
        Sentence s = named.sentences.get(0);
        assertThat(Importance.minorFigure(named, s, span(named, s, "1998"))).isFalse();
    }

    @Test
    void aTrueStatementIsRewordedByMovingItsAttributionOrItsOpeningTimePhrase() {
        Context ctx = context("The ferry will stop running at night. The town board met on Monday.");
        assertThat(TrueFalseBuilder.paraphrase(ctx, "Most of the cost will be met by the county, the mayor said."))
                .isEqualTo("According to the mayor, most of the cost will be met by the county.");
        assertThat(TrueFalseBuilder.paraphrase(ctx, "In 1979 the baths were given listed status by the state."))
                .isEqualTo("The baths were given listed status by the state in 1979.");
        assertThat(TrueFalseBuilder.paraphrase(ctx, "The baths were given listed status by the state.")).isNull();
    }

    @Test
    void aHedgeOrAPredictionIsNoPlainFactToMarkTrue() {
        assertThat(TrueFalseBuilder.HEDGE.matcher("Prices may rise again next year.").find()).isTrue();
        assertThat(TrueFalseBuilder.HEDGE.matcher("Many buyers will want parking.").find()).isTrue();
        assertThat(TrueFalseBuilder.HEDGE.matcher("The road closed due to the flood.").find()).isFalse();
    }

    @Test
    void weakQuestionsAreLeftOutWhenTheSetMeetsItsMinimumsWithoutThem() {
        Question q = Question.of(QuestionType.true_false, "True or false: The museum opened in 1995.", Skill.recall, 1, "",
                List.of("The museum opened in 1995."), "True.").withAnswer("true", null);
        Candidate weak = new Candidate(q, null, List.of(), 0.8 - Candidate.WEAK, 0);
        Candidate strong = new Candidate(q, null, List.of(), 0.8, 0);
        assertThat(weak.weak()).isTrue();
        assertThat(strong.weak()).isFalse();
    }
}
