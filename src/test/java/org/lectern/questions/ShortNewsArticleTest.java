package org.lectern.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lectern.importing.Module;

/**
 * A short (~200 word, seven sentences) news article with numbers in words, a cause and named roles but no names or
 * dates in the body: held to the full-article minimums (12 comprehension questions of at least 4 types and 4
 * discussion questions), each passing the gate, with no question showing another's answer.
 */
class ShortNewsArticleTest {

    static final String BODY = """
            Ferry operators on the northern routes will have to carry extra life rafts and file daily weather reports from next month, the regional transport authority said on Tuesday, after a winter in which three crossings were abandoned mid-journey.

            The new rules follow a review of the January storms, when a crowded evening ferry drifted for two hours with a failed engine while waves of six metres broke over its bow. No one was hurt, but the review found that the crew had no clear instructions for contacting the coast guard.

            ## What changes for passengers

            Passengers will notice little at first, the authority said, although crossings may be cancelled earlier in the day when forecasts are poor. Operators must now publish cancellations at least three hours before departure, instead of the current one hour.

            Smaller operators, which run the island routes with boats of fewer than fifty seats, warned that the cost of the extra equipment could force them to raise fares by as much as a tenth, and some said they would cut winter sailings altogether.

            The authority said it would review the rules again in the autumn, once operators had used them for a full season, and would consider grants for the smallest companies.
            """;

    static Module ferry() {
        return Fixtures.module("ferry-operators-face-new-safety-rules", "Ferry Operators Face New Safety Rules After Winter Storms",
                List.of("Maren Holt"), Module.Kind.article, List.of(), BODY);
    }

    @Test
    void aShortNewsArticleMeetsTheFullArticleMinimumsWithQuestionsThatPassTheGate() {
        Module m = ferry();
        List<Question> qs = new BuiltInQuestionGenerator().generate(m, List.of(m));
        List<Question> comp = qs.stream().filter(q -> q.type().comprehension()).toList();
        // seven long sentences: the full article's twelve apply (see Minimums). Most of its facts sit in clauses
        // that lean on another ("when a crowded evening ferry drifted ... over its bow", "could force them to ...")
        // and no question can ask them without showing another's answer, so it still falls short: reported BELOW
        assertThat(Minimums.comprehension(m)).isEqualTo(12);
        GenerationReport r = new BuiltInQuestionGenerator().run(m, List.of(m));
        assertThat(r.belowMinimum()).isEqualTo(comp.size() + "/12 comprehension");
        assertThat(comp).hasSizeGreaterThanOrEqualTo(8);
        assertThat(comp.stream().map(Question::type).distinct().count()).isGreaterThanOrEqualTo(4);
        assertThat(qs.size() - comp.size()).isGreaterThanOrEqualTo(4);
        assertThat(comp).anyMatch(q -> q.type() == QuestionType.multiple_choice && (q.prompt().contains("____ storms") || q.prompt().contains("how many hours")));
        assertThat(comp).anyMatch(q -> q.type() == QuestionType.short_answer && q.prompt().startsWith("Explain why ferry operators"));
        QuestionGate.Sources src = BuiltInQuestionGenerator.sources(m, List.of(m));
        for (Question q : qs) assertThat(QuestionGate.check(Candidate.of(q, 0), src)).as(q.prompt()).isNull();
        assertThat(new BuiltInQuestionGenerator().generate(m, List.of(m))).isEqualTo(qs);
    }


    @Test
    void numberWordsWithAUnitAreNumbers() {
        Module m = ferry();
        SpanTagger t = SpanTagger.of(m, List.of(m));
        assertThat(t.tag("waves of six metres broke over its bow")).anySatisfy(s -> {
            assertThat(s.type()).isEqualTo(SpanType.NUMBER);
            assertThat(s.text()).isEqualTo("six");
            assertThat(s.sub()).isEqualTo("metre");
            assertThat(s.value()).isEqualTo(6);
        });
        assertThat(t.tag("boats of fewer than twenty-five seats")).anySatisfy(s -> assertThat(s.value()).isEqualTo(25));
        assertThat(t.tag("No one was hurt, and one another")).noneMatch(s -> s.type() == SpanType.NUMBER);
        assertThat(NumberWords.words(40)).isEqualTo("forty");
        assertThat(NumberWords.value("two hundred")).isEqualTo(200);
    }
}
