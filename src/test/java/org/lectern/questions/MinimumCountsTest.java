package org.lectern.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.lectern.importing.Module;

/** Every fresh article (src/test/resources/articles) and hand-made text meets the minimum question counts. */
class MinimumCountsTest {

    /**
     * The module meets its minimums: a full article 12 comprehension questions of 4 types and 4 discussion, however
     * short; an excerpt or summary 5 and 2.
     */
    static void assertMinimums(Module m, List<Module> corpus) {
        GenerationReport r = new BuiltInQuestionGenerator().run(m, corpus);
        List<Question> qs = r.questions();
        long comp = qs.stream().filter(q -> q.type().comprehension()).count();
        long types = qs.stream().filter(q -> q.type().comprehension()).map(Question::type).distinct().count();
        long disc = qs.size() - comp;
        boolean full = m.kind() == Module.Kind.article;
        assertThat(comp).as(m.slug() + " comprehension").isGreaterThanOrEqualTo(full ? 12 : 5);
        assertThat(disc).as(m.slug() + " discussion").isGreaterThanOrEqualTo(full ? 4 : 2);
        if (full) assertThat(types).as(m.slug() + " types").isGreaterThanOrEqualTo(4);
        assertThat(r.belowMinimum()).as(m.slug()).isNull();
    }

    @Test
    void aFullArticleNeedsTwelveComprehensionQuestionsOfFourTypesAndFourDiscussionHoweverShort() {
        Module tiny = Fixtures.module("tiny", "Tiny", List.of("Kim Lane"), Module.Kind.article, List.of(),
                "The town opened a new bridge on Monday after two years of work. The bridge cost four million pounds to build.");
        for (Module m : List.of(Fixtures.river(), ShortNewsArticleTest.ferry(), tiny)) {
            assertThat(Minimums.comprehension(m)).isEqualTo(12);
            assertThat(Minimums.types(m)).isEqualTo(4);
            assertThat(Minimums.discussion(m)).isEqualTo(4);
        }
        for (Module m : Fixtures.fresh()) assertThat(Minimums.comprehension(m)).as(m.slug()).isEqualTo(12);
        assertThat(Minimums.comprehension(Fixtures.delta())).isEqualTo(5);
        assertThat(Minimums.discussion(Fixtures.delta())).isEqualTo(2);
    }

    @Test
    void aModuleBelowItsMinimumIsReportedBelow() {
        Module tiny = Fixtures.module("tiny", "Tiny", List.of("Kim Lane"), Module.Kind.article, List.of(),
                "The town opened a new bridge on Monday after two years of work. The bridge cost four million pounds to build.");
        GenerationReport r = new BuiltInQuestionGenerator().run(tiny, List.of(tiny));
        assertThat(r.belowMinimum()).contains("/12 comprehension");
        assertThat(r.render(1)).contains("minimum:  BELOW (article: 12 comprehension of 4 types, 4 discussion)");
    }

    @Test
    void everyFreshArticleIsListedInTheFixtures() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/articles"))) {
            List<String> slugs = files.map(p -> p.getFileName().toString().replaceFirst("\\.md$", "")).sorted().toList();
            assertThat(Fixtures.fresh().stream().map(Module::slug).sorted().toList()).isEqualTo(slugs);
        }
    }

    /**
     * Articles that still fall short of the full-article minimum with the current rules, and by how much at most.
     * They must be reported BELOW (never met by lowering the bar); when one reaches the minimum, take it off the list.
     */
    static final java.util.Map<String, Integer> SHORT_OF_MINIMUM = java.util.Map.of(
            // lost "Swimming clubs have been offered lanes ...", a true clause without the "but" that qualifies it
            "carrow-vale-pool", 4, "harlow-cup-final", 1,
            // lost its select-evidence question, a trimmed copy of the answer sentence; and its cloze on "model sold" (a
            // noun and a participle, no term) and its open "have ____ from WW2309" ("serial numbers" fits as well)
            "cordell-heater-recall", 3,
            // lost "Which sentence ... explains why phone apps also give people a confidence ...?", which copied its answer
            "mountain-rescue-interview", 1,
            // lost true statements that lean on an earlier sentence ("The case was brought by ...", "X warned, however, ..."),
            // and an open cloze on a common noun phrase the sentence does not pin down ("lowest penalty")
            "tenant-deposit-ruling", 2);

    static void assertMinimumsOrReportedShort(Module m, List<Module> corpus) {
        Integer shortBy = SHORT_OF_MINIMUM.get(m.slug());
        if (shortBy == null) {
            assertMinimums(m, corpus);
            return;
        }
        GenerationReport r = new BuiltInQuestionGenerator().run(m, corpus);
        assertThat(r.belowMinimum()).as(m.slug() + " is reported below its minimum").isNotNull();
        assertThat(r.render(1)).contains("minimum:  BELOW (article: 12 comprehension of 4 types, 4 discussion)");
        assertThat(r.comprehension()).as(m.slug()).isGreaterThanOrEqualTo(12 - shortBy);
        assertThat(r.discussion()).as(m.slug()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void everyFreshArticleMeetsTheMinimums() {
        List<Module> fresh = Fixtures.fresh();
        for (Module m : fresh) assertMinimumsOrReportedShort(m, fresh);
    }

    @Test
    void aNewsItemWithoutHeadingsOrArgumentMeetsTheFullArticleMinimums() {
        String body = """
                The town of Elmsford opened a new public library on Monday after four years of building work. The library cost 12 million pounds and holds about 90,000 books. Mayor Clara Dunn said the building would give young people a safe place to study after school.

                The old library closed in 2019 because its roof leaked and its heating failed. As a result, residents had to travel to the neighbouring town of Ashby to borrow books. The county council paid for most of the new building, and a local charity, the Elmsford Reading Trust, raised 800,000 pounds.

                The new library has a children's floor, a room for local history and twenty computers. Staff will offer free reading classes for adults twice a week. Librarian Tom Hale said the classes were full within two days of being announced.

                Some residents worry that the library's opening hours are too short. The library will open on only five days a week, and it will close at six in the evening. The council said it would review the hours after six months, once it knows how many people use the building.

                Local schools plan to bring classes to the library every week. Teachers say that regular visits help children to read for pleasure, because they can choose books themselves.
                """;
        Module m = Fixtures.module("elmsford-library", "Elmsford Opens Its New Library", List.of("Ann Reed"),
                Module.Kind.article, List.of(), body);
        List<Question> qs = new BuiltInQuestionGenerator().generate(m, List.of(m));
        // a full article, however short: the full minimums
        assertMinimums(m, List.of(m));
        assertThat(qs.stream().filter(q -> q.type() == QuestionType.short_answer).map(Question::prompt).toList())
                .anyMatch(p -> p.startsWith("Explain why"));
    }
}
