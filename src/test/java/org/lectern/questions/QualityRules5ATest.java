package org.lectern.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lectern.importing.Module;

/**
 * Cloze blanks the sentence and the article pin down, with the article's own fills accepted; main-idea keys that
 * are a section's thesis against other sections' self-contained theses; discussion prompts that label a quote by
 * what it is and quote only what stands alone. Invented texts, one behaviour per test.
 */
class QualityRules5ATest {

    private static Context context(String title, String body) {
        Module m = Fixtures.module("t", title, List.of("Ada Lowe"), Module.Kind.article, List.of(), body);
        return new Context(m, List.of(m));
    }

    private static Sentence sentence(Context ctx, String start) {
        return ctx.sentences.stream().filter(s -> s.plain().startsWith(start)).findFirst().orElseThrow();
    }

    private static TypedSpan term(Sentence s, String text) {
        int i = s.plain().indexOf(text);
        return new TypedSpan(SpanType.TERM, text, i, i + text.length(), "compound", 0, text);
    }

    @Test
    void aPersonsClozeAcceptsTheSurnameButNeverTheSurnameWithAnArticle() {
        Context ctx = context("The Old Library", "The library was designed by the city architect, Oswin Tarrant, in 1902. "
                + "Tarrant chose a domed reading room. Critics later praised Tarrant for the light in the hall.");
        List<String> v = ClozeBuilder.variants(ctx, "Oswin Tarrant");
        assertThat(v).contains("Tarrant").noneMatch(x -> x.toLowerCase().startsWith("the "));
    }

    @Test
    void aBritishSpellingAlsoAcceptsTheAmericanOne() {
        Context ctx = context("Pond Life", "In still water, bacteria produce hydrogen sulphide. The hydrogen sulphide smells of rotten eggs.");
        assertThat(ClozeBuilder.variants(ctx, "hydrogen sulphide")).contains("hydrogen sulfide");
    }

    @Test
    void anAdjectiveAndItsNounAlsoAcceptTheNounAlone() {
        Context ctx = context("Snow", "A thick layer of snow acts like a blanket over the soil in a cold winter.");
        Sentence s = sentence(ctx, "A thick layer");
        List<String> accepted = ClozeBuilder.withHead(s, term(s, "thick layer"), List.of("thick layer"));
        assertThat(accepted).contains("layer", "layers");
    }

    @Test
    void anItemOfAListIsNoClozeBlank() {
        Context ctx = context("Yards", "Residents use the yards for walking, cycling, drying laundry and the occasional barbecue on summer evenings.");
        Sentence s = sentence(ctx, "Residents use");
        assertThat(ClozeBuilder.underdetermined(ctx, s, term(s, "drying laundry"))).isTrue();
    }

    @Test
    void aVerbPhraseAfterThanIsNoClozeBlank() {
        Context ctx = context("Cold Ground", "Such events rarely do more than crack driveways in the coldest towns of the north.");
        Sentence s = sentence(ctx, "Such events");
        assertThat(ClozeBuilder.underdetermined(ctx, s, term(s, "crack driveways"))).isTrue();
    }

    @Test
    void aSmallCountIsNoNumberBlank() {
        assertThat(ClozeBuilder.smallCount(new TypedSpan(SpanType.NUMBER, "two", 0, 3, "meeting", 2, "two"))).isTrue();
        assertThat(ClozeBuilder.smallCount(new TypedSpan(SpanType.NUMBER, "240", 0, 3, "job", 240, "240"))).isFalse();
    }

    @Test
    void aShortLineOrABridgeIsNoMainIdeaKey() {
        Context ctx = context("Lakes", "Fish crowd into the upper layers. What the water does next is a chain of cause and effect. "
                + "Oxygen at the bottom of a deep lake runs out when bacteria break down the dead algae that sink there.");
        assertThat(MainIdeaBuilder.clearThesis(ctx, sentence(ctx, "Fish crowd"))).isFalse();
        assertThat(MainIdeaBuilder.clearThesis(ctx, sentence(ctx, "What the water"))).isFalse();
        assertThat(MainIdeaBuilder.clearThesis(ctx, sentence(ctx, "Oxygen at the bottom"))).isTrue();
    }

    @Test
    void aMainIdeaOptionMustStandAlone() {
        assertThat(MainIdeaBuilder.selfContainedOption("A second objection is that scrapping the rule would mean no spaces at all.")).isFalse();
        assertThat(MainIdeaBuilder.selfContainedOption("Some years it lasts only a few days before the ice returns.")).isFalse();
        assertThat(MainIdeaBuilder.selfContainedOption("Small ports survive when they find a trade that big ports ignore.")).isTrue();
    }

    @Test
    void aConditionInAnExplainerIsAskedAsAConditionNotARecommendation() {
        List<String> p = DiscussionPromptsTest.prompts("First, there must be little or no snow cover, since a thick layer of snow slows the cold's progress downward.");
        assertThat(p).anyMatch(q -> q.startsWith("The article states a condition:"));
        assertThat(p).noneMatch(q -> q.contains("recommend") || q.startsWith("The article argues"));
    }

    @Test
    void aModalInAReportedRulingIsNotTheArticlesRecommendation() {
        List<String> p = DiscussionPromptsTest.prompts("The neighbours took the matter to a dispute panel, which ruled in 2018 that the upstream country must consult them before filling the new reservoir.");
        assertThat(p).noneMatch(q -> q.contains("recommend") || q.startsWith("The article argues"));
    }

    @Test
    void aQuoteThatLeansOnAnEarlierSentenceIsNotQuoted() {
        List<String> p = DiscussionPromptsTest.prompts("The treaty needs a standing arbitration body. The commissioner has proposed one; member states should stop stalling on it.");
        assertThat(p).noneMatch(q -> q.contains("has proposed one"));
    }

    @Test
    void aFigureIsNotOfferedAsAViewToAgreeWith() {
        Question q = Question.of(QuestionType.discussion, "Do you agree with this view reported in the article? \"Industry estimates suggest that dealers hold about five months of stock.\" Explain.",
                Skill.evaluate, 2, "", List.of(), "");
        assertThat(DiscussionBuilder.badFrame(new Candidate(q, "", List.of(), 1, 0))).isTrue();
    }
}
