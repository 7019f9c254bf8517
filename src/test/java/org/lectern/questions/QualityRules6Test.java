package org.lectern.questions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lectern.questions.Fixtures.context;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lectern.importing.Module;

/**
 * Faults the sixth blind review found in both the old and the new generator: broken singulars in a
 * cloze's accepted answers, and a figure swapped inside a bound ("less than half" made "less than
 * two-thirds", still true). Invented texts.
 */
class QualityRules6Test {

    @Test
    void aPluralIsMadeSingularWithoutBreakingTheWord() {
        assertThat(SpanTagger.singular("pitches")).isEqualTo("pitch");
        assertThat(SpanTagger.singular("boxes")).isEqualTo("box");
        assertThat(SpanTagger.singular("classes")).isEqualTo("class");
        assertThat(SpanTagger.singular("houses")).isEqualTo("house");
        assertThat(SpanTagger.singular("buses")).isEqualTo("bus");
        assertThat(SpanTagger.singular("rises")).isEqualTo("rise");
        assertThat(SpanTagger.singular("studies")).isEqualTo("study");
        assertThat(SpanTagger.singular("meetings")).isEqualTo("meeting");
    }

    @Test
    void aClozeOnATwoWordPluralAcceptsItsRealSingular() {
        Context ctx = context("Playing fields", "The town's grass pitches are waterlogged every winter. New grass pitches would cost more.");
        assertThat(ClozeBuilder.variants(ctx, "grass pitches")).contains("grass pitch").doesNotContain("grass pitche");
    }

    @Test
    void aFigureInsideABoundIsNeverSwappedToMakeAFalseStatement() {
        assertThat(TrueFalseBuilder.BOUND.matcher("Less than ").find()).isTrue();
        assertThat(TrueFalseBuilder.BOUND.matcher("The scheme reached fewer than ").find()).isTrue();
        assertThat(TrueFalseBuilder.BOUND.matcher("Up to ").find()).isTrue();
        assertThat(TrueFalseBuilder.BOUND.matcher("The fare rose by ").find()).isFalse();
        assertThat(TrueFalseBuilder.BOUND.matcher("In ").find()).isFalse();
        Context ctx = context("Water", "Less than half of the water released from the Kerrow dam reached the farms in 2024. "
                + "The farms had expected 40 per cent of the flow. The ministry blamed leaks in the old canals. "
                + "Engineers from the Valmont Institute found that 30 per cent of the water was lost to evaporation.");
        List<Question> qs = TrueFalseBuilder.build(ctx).stream().map(Candidate::question).toList();
        assertThat(qs).filteredOn(q -> "false".equals(q.answer()))
                .noneMatch(q -> q.prompt().matches("(?s).*Less than (?!half).*"));
    }

    @Test
    void anObjectionTheArticleAnswersIsNotCalledItsArgument() {
        assertThat(DiscussionBuilder.OTHERS_VIEW.matcher("The third objection is that cooking ").find()).isTrue();
        assertThat(DiscussionBuilder.OTHERS_VIEW.matcher("Critics argue that the council ").find()).isTrue();
        assertThat(DiscussionBuilder.OTHERS_VIEW.matcher("The council ").find()).isFalse();
        Context ctx = context("Teach cooking", "Every school should teach cooking until sixteen. "
                + "The usual objection is that cooking should be taught at home by parents. "
                + "But many parents work long hours and never learned to cook themselves. "
                + "Schools must give every pupil the same start, whatever their home.");
        List<Question> qs = DiscussionBuilder.build(ctx).stream().map(Candidate::question).toList();
        assertThat(qs).noneMatch(q -> q.prompt().contains("usual objection") && q.prompt().matches("(?s)^The article (?:argues|recommends).*"));
        assertThat(qs).anyMatch(q -> q.prompt().contains("Schools must give every pupil"));
    }

    @Test
    void anOrderingQuestionAsksForTimeOrderNotWhatHappened() {
        // an article may date a coming event ("a referendum in 2031"): "in the order they happened" would be false
        List<Question> ordering = new BuiltInQuestionGenerator().generate(Fixtures.river(), Fixtures.corpus()).stream()
                .filter(q -> q.type() == QuestionType.ordering).toList();
        assertThat(ordering).isNotEmpty().allMatch(q -> q.prompt().contains("in time order") && !q.prompt().contains("happened"));
    }
}
