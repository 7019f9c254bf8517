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
     * The module meets its minimums: a full article 12 comprehension questions of 4 types (a very short one
     * fewer, see {@link Minimums}, never below 8) and 4 discussion; an excerpt or summary 5 and 2.
     */
    static void assertMinimums(Module m, List<Module> corpus) {
        List<Question> qs = new BuiltInQuestionGenerator().generate(m, corpus);
        long comp = qs.stream().filter(q -> q.type().comprehension()).count();
        long types = qs.stream().filter(q -> q.type().comprehension()).map(Question::type).distinct().count();
        long disc = qs.size() - comp;
        boolean full = m.kind() == Module.Kind.article;
        assertThat(Minimums.comprehension(m)).isBetween(full ? 8 : 5, full ? 12 : 5);
        assertThat(comp).as(m.slug() + " comprehension").isGreaterThanOrEqualTo(Minimums.comprehension(m));
        assertThat(disc).as(m.slug() + " discussion").isGreaterThanOrEqualTo(full ? 4 : 2);
        if (full) assertThat(types).as(m.slug() + " types").isGreaterThanOrEqualTo(4);
    }

    @Test
    void theComprehensionMinimumScalesDownOnlyForVeryShortArticles() {
        // twelve from ten statement sentences up; below that, one per sentence plus two, never below eight
        assertThat(Minimums.comprehension(Fixtures.river())).isEqualTo(12);
        assertThat(Minimums.comprehension(Fixtures.delta())).isEqualTo(5);
        assertThat(Minimums.comprehension(ShortNewsArticleTest.ferry())).isEqualTo(Math.min(12, Minimums.sentences(ShortNewsArticleTest.ferry()) + 2));
        for (Module m : Fixtures.fresh()) {
            int n = Minimums.sentences(m);
            assertThat(Minimums.comprehension(m)).as(m.slug()).isEqualTo(Math.min(12, Math.max(8, n + 2)));
            if (m.words() >= 250) assertThat(Minimums.comprehension(m)).as(m.slug()).isEqualTo(12);
        }
        Module tiny = Fixtures.module("tiny", "Tiny", List.of("Kim Lane"), Module.Kind.article, List.of(),
                "The town opened a new bridge on Monday after two years of work. The bridge cost four million pounds to build.");
        assertThat(Minimums.comprehension(tiny)).isEqualTo(8);
    }

    @Test
    void everyFreshArticleIsListedInTheFixtures() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/articles"))) {
            List<String> slugs = files.map(p -> p.getFileName().toString().replaceFirst("\\.md$", "")).sorted().toList();
            assertThat(Fixtures.fresh().stream().map(Module::slug).sorted().toList()).isEqualTo(slugs);
        }
    }

    @Test
    void everyFreshArticleMeetsTheMinimums() {
        List<Module> fresh = Fixtures.fresh();
        for (Module m : fresh) assertMinimums(m, fresh);
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
