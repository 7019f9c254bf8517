package org.lectern.questions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lectern.questions.Fixtures.context;
import static org.lectern.questions.Fixtures.sentence;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lectern.importing.Module;

/**
 * Cloze blanks the sentence and the article pin down, with the article's own fills accepted; main-idea keys that
 * are a section's thesis against other sections' self-contained theses; discussion prompts that label a quote by
 * what it is and quote only what stands alone. Invented texts, one behaviour per test.
 */
class QualityRules5ATest {

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
        Context ctx = context("Soil", "Farmers spread ammonium sulphate in spring. The ammonium sulphate feeds the young wheat.");
        assertThat(ClozeBuilder.variants(ctx, "ammonium sulphate")).contains("ammonium sulfate");
    }

    @Test
    void anAdjectiveAndItsNounAlsoAcceptTheNounAlone() {
        Context ctx = context("Gardens", "A deep bed of gravel acts like a sponge under the lawn in a wet spring.");
        Sentence s = sentence(ctx, "A deep bed");
        List<String> accepted = ClozeBuilder.withHead(s, term(s, "deep bed"), List.of("deep bed"));
        assertThat(accepted).contains("bed", "beds");
    }

    @Test
    void anItemOfAListIsNoClozeBlank() {
        Context ctx = context("Yards", "Members use the hall for reading, sewing, chess practice and the occasional dance on winter evenings.");
        Sentence s = sentence(ctx, "Members use");
        assertThat(ClozeBuilder.underdetermined(ctx, s, term(s, "chess practice"))).isTrue();
    }

    @Test
    void aVerbPhraseAfterThanIsNoClozeBlank() {
        Context ctx = context("Small Storms", "Such gusts seldom do more than bend fences in the windiest villages of the coast.");
        Sentence s = sentence(ctx, "Such gusts");
        assertThat(ClozeBuilder.underdetermined(ctx, s, term(s, "bend fences"))).isTrue();
    }

    @Test
    void aPlaceSaidOnceIsNoClozeBlank() {
        Context ctx = context("Old Station", "In the winter of 1950 a leak began in the tea room and spread into the cellar.");
        Sentence s = sentence(ctx, "In the winter");
        assertThat(ClozeBuilder.underdetermined(ctx, s, term(s, "tea room"))).isTrue();
    }

    @Test
    void aCountInASentenceMakesItADetailNotAThesis() {
        Context ctx = context("Ferries", "For nine years the island made do with a borrowed launch between the two piers.");
        assertThat(MainIdeaBuilder.clearThesis(ctx, sentence(ctx, "For nine years"))).isFalse();
    }

    @Test
    void aSmallCountIsNoNumberBlank() {
        assertThat(ClozeBuilder.smallCount(new TypedSpan(SpanType.NUMBER, "two", 0, 3, "meeting", 2, "two"))).isTrue();
        assertThat(ClozeBuilder.smallCount(new TypedSpan(SpanType.NUMBER, "240", 0, 3, "job", 240, "240"))).isFalse();
    }

    @Test
    void aShortLineOrABridgeIsNoMainIdeaKey() {
        Context ctx = context("Engines", "Ducks nest in the reeds. What the valve does next is a chain of cause and effect. "
                + "A steam engine loses power when soot builds up inside the narrow tubes of its boiler.");
        assertThat(MainIdeaBuilder.clearThesis(ctx, sentence(ctx, "Ducks nest"))).isFalse();
        assertThat(MainIdeaBuilder.clearThesis(ctx, sentence(ctx, "What the valve"))).isFalse();
        assertThat(MainIdeaBuilder.clearThesis(ctx, sentence(ctx, "A steam engine"))).isTrue();
    }

    @Test
    void aMainIdeaOptionMustStandAlone() {
        assertThat(MainIdeaBuilder.selfContainedOption("A second worry is that closing the depot would leave no buses at all.")).isFalse();
        assertThat(MainIdeaBuilder.selfContainedOption("Most winters it lasts only a few days before the fog returns.")).isFalse();
        assertThat(MainIdeaBuilder.selfContainedOption("Small ports survive when they find a trade that big ports ignore.")).isTrue();
    }

    @Test
    void aConditionInAnExplainerIsAskedAsAConditionNotARecommendation() {
        List<String> p = DiscussionPromptsTest.prompts("First, there must be a clear sky, since a layer of cloud holds the day's heat close to the ground.");
        assertThat(p).anyMatch(q -> q.startsWith("The article states a condition:"));
        assertThat(p).noneMatch(q -> q.contains("recommend") || q.startsWith("The article argues"));
    }

    @Test
    void aModalInAReportedRulingIsNotTheArticlesRecommendation() {
        List<String> p = DiscussionPromptsTest.prompts("The tenants took the matter to a tribunal, which ruled in 2019 that the landlord must repay them before selling the block.");
        assertThat(p).noneMatch(q -> q.contains("recommend") || q.startsWith("The article argues"));
    }

    @Test
    void aQuoteThatLeansOnAnEarlierSentenceIsNotQuoted() {
        List<String> p = DiscussionPromptsTest.prompts("The league needs a fairer fixture list. The chairman has found one; the clubs should stop arguing about it.");
        assertThat(p).noneMatch(q -> q.contains("has found one"));
    }

    @Test
    void aFigureIsNotOfferedAsAViewToAgreeWith() {
        Question q = Question.of(QuestionType.discussion, "Do you agree with this view reported in the article? \"Industry estimates suggest that bakers hold about nine weeks of flour.\" Explain.",
                Skill.evaluate, 2, "", List.of(), "");
        assertThat(DiscussionBuilder.badFrame(new Candidate(q, "", List.of(), 1, 0))).isTrue();
    }
}
