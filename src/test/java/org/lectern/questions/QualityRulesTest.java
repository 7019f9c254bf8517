package org.lectern.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.lectern.importing.Module;

/** The rules added for question quality, each on a small hand-made text, plus the fresh (unseen) articles. */
class QualityRulesTest {

    private static Module article(String slug, String published, String body) {
        return new Module(slug, "Test " + slug, List.of("A. Writer"), slug + ".md", "Test Source", published,
                Module.Kind.article, List.of(), body.split("\\s+").length, 2, 10.0, List.of(), List.of(), List.of(),
                List.of(), body.strip());
    }

    private static final String ROLES_BODY = """
            ## Leaders

            President Anna Berg met Prime Minister Tomas Lind in Oslo to sign a water treaty for the whole region.
            President Karl Dahl and President Eva Moen later joined the water treaty on behalf of their governments.
            The banker Olaf Strand, the chief executive of Nordbank, praised the treaty in a public speech last week.
            Critics said President Anna Berg had moved too fast on the water treaty without asking the farmers.
            """;

    @Test
    void rolesAreReadFromTitlesAndAppositives() {
        List<String> texts = List.of(Sentences.plain(ROLES_BODY));
        assertThat(Roles.of(Roles.forms("Anna Berg"), texts)).contains("president");
        assertThat(Roles.of(Roles.forms("Tomas Lind"), texts)).containsExactly("prime minister");
        assertThat(Roles.of(Roles.forms("Olaf Strand"), texts)).contains("ceo").doesNotContain("president");
        assertThat(Roles.before("under President ", "under President ".length())).isEqualTo("president");
        assertThat(Roles.before("the farmers ", 12)).isNull();
    }

    @Test
    void personDistractorsAfterATitleHoldThatTitle() {
        Module m = article("roles", "2024-01-01", ROLES_BODY);
        Context ctx = new Context(m, List.of(m));
        Sentence s = ctx.sentences.get(0);
        TypedSpan key = ctx.spans.get(0).stream().filter(t -> t.text().equals("Anna Berg")).findFirst().orElseThrow();
        List<String> d = DistractorPicker.pick(ctx, s, key, 3);
        assertThat(d).doesNotContain("Tomas Lind", "Olaf Strand");
        for (String x : d) assertThat(ctx.roles(x)).contains("president");
    }

    @Test
    void gateRejectsRoleMismatchedDistractors() {
        String body = Sentences.plain(ROLES_BODY);
        QuestionGate.Sources src = new QuestionGate.Sources("roles", ROLES_BODY, Map.of());
        String evidence = "President Anna Berg met Prime Minister Tomas Lind in Oslo to sign a water treaty for the whole region.";
        assertThat(body).contains(evidence);
        Question q = Question.of(QuestionType.multiple_choice,
                        "Which person correctly completes this sentence from the article? \"President ____ met Prime Minister Tomas Lind in Oslo to sign a water treaty for the whole region.\"",
                        Skill.recall, 2, "Leaders", List.of(evidence), "The answer is Anna Berg.")
                .withOptions(List.of("Anna Berg", "Karl Dahl", "Eva Moen", "Olaf Strand"), "Anna Berg");
        q = Ids.assign(q, "Anna Berg");
        Candidate bad = new Candidate(q, "Anna Berg", List.of("Karl Dahl", "Eva Moen", "Olaf Strand"), 1, 0);
        assertThat(QuestionGate.check(bad, src)).isNotNull().extracting(QuestionGate.Rejection::rule).isEqualTo("role_mismatch");
        Candidate good = new Candidate(q.withOptions(List.of("Anna Berg", "Karl Dahl", "Eva Moen", "Tomas Lind"), "Anna Berg"),
                "Anna Berg", List.of("Karl Dahl", "Eva Moen"), 1, 0);
        assertThat(QuestionGate.check(good, src)).isNull();
    }

    private static final String DATES_BODY = """
            ## History

            The first survey of the lake was carried out in 1961 by a team of engineers from the national water board.
            Engineers finished the northern dam (1978), and the lake rose by four metres over the following decade.
            The regional council, which owns the dam, opened a visitor centre in June 2019 after years of planning.
            On September 8, the council announced a new plan to restore the wetlands around the southern shore.
            Since 2023, volunteers have counted birds on the lake every spring.
            Last year the water board cut its budget for monitoring the lake.
            """;

    @Test
    void orderingFindsDatedEventsInManyFormsAndHidesTheDates() {
        Module m = article("lake", "2025-10-01", DATES_BODY);
        Context ctx = new Context(m, List.of(m));
        List<OrderingBuilder.Event> ev = OrderingBuilder.events(ctx);
        List<String> texts = ev.stream().map(OrderingBuilder.Event::text).toList();
        assertThat(texts).contains("The first survey of the lake was carried out by a team of engineers from the national water board.",
                "Engineers finished the northern dam.",
                "The council announced a new plan to restore the wetlands around the southern shore.");
        assertThat(texts).anyMatch(t -> t.startsWith("The regional council") && t.contains("opened a visitor centre"));
        assertThat(texts).noneMatch(t -> t.matches(".*\\b(19|20)\\d\\d\\b.*") || t.contains("June") || t.contains("September"));
        assertThat(texts).noneMatch(t -> t.contains("budget")); // "last year" is not a date
        List<Candidate> or = OrderingBuilder.build(ctx);
        assertThat(or).hasSize(1);
        List<String> items = or.get(0).question().items();
        assertThat(items).hasSizeBetween(3, 5);
        assertThat(items.get(0)).startsWith("The first survey");
        assertThat(items.get(items.size() - 1)).startsWith("The council announced");
    }

    @Test
    void relativeClauseEventsTakeTheirPersonAsSubject() {
        Module m = article("who", "2025-12-01", """
                ## News

                Finance Minister Jane Holt, who took office in October 2025, promised lower taxes for small firms across the country.
                """);
        Context ctx = new Context(m, List.of(m));
        Sentence s = ctx.sentences.get(0);
        TypedSpan d = ctx.spans.get(0).stream().filter(t -> t.type() == SpanType.DATE).findFirst().orElseThrow();
        assertThat(OrderingBuilder.eventText(ctx, s, d.start(), d.end())).isEqualTo("Jane Holt took office.");
    }

    @Test
    void mainIdeaOnFewSectionsAndParagraphLabelsDoNotGiveTheKeyAway() {
        Module m = article("two", "2024-01-01", """
                ## Water

                Clean water is the most urgent need of the growing city. The old pipes lose a third of the water they carry.
                Engineers say the pipes must be replaced within ten years. Families in the east already buy bottled water.

                Rivers near the city are also badly polluted by factories. The factories pay small fines and keep dumping waste.
                Fish have vanished from the lower river since the new chemical plant opened.

                ## Transport

                Public transport has not kept pace with the city's growth. Buses are crowded and slow during rush hour.
                A new tram line would link the eastern districts to the centre. The council has not yet found money for it.

                Cycling lanes are few and often blocked by parked cars. Many residents say they would cycle if lanes were safe.
                Shops along the main road fear that new lanes would remove parking spaces for customers.

                ## Housing

                Housing costs have doubled in the city over the last decade. Young teachers and nurses now commute from distant towns.
                The council plans to build four thousand flats on former railway land. Builders say the plan is too small.

                Rents in the old quarter rise faster than wages. Landlords turn flats into short stays for visiting tourists.
                Tenants' groups want the council to limit short stays in the old quarter.
                """);
        List<Candidate> mi = MainIdeaBuilder.build(new Context(m, List.of(m)));
        assertThat(mi).isNotEmpty();
        for (Candidate c : mi) {
            Question q = c.question();
            assertThat(q.prompt()).startsWith("Which statement best sums up the section");
            assertThat(q.options()).hasSize(4).contains(q.answer());
        }
        for (MainIdeaBuilder.Unit u : MainIdeaBuilder.units(new Context(m, List.of(m)), false)) {
            String label = u.label().replace("…", "").replaceAll(".*\"(.*)\".*", "$1");
            assertThat(u.thesisStem()).doesNotStartWith(label);
        }
    }

    @Test
    void discussionOffersSeveralKindsAndOnlyRealCountriesForPerspectives() {
        List<Module> fresh = Fixtures.fresh();
        for (Module m : fresh) {
            for (Question q : new BuiltInQuestionGenerator().generate(m, fresh)) {
                if (q.type() != QuestionType.discussion) continue;
                assertThat(q.prompt()).doesNotContain("policymaker in Northeast", "policymaker in Europe", "policymaker in Asia");
            }
        }
        Set<String> kinds = new java.util.HashSet<>();
        for (Module m : fresh) new BuiltInQuestionGenerator().generate(m, fresh).stream()
                .filter(q -> q.type() == QuestionType.discussion).map(Ranker::kind).forEach(kinds::add);
        assertThat(kinds.size()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void freshArticlesGetOrderingAndSeveralTypesDeterministically() {
        List<Module> fresh = Fixtures.fresh();
        int ordering = 0;
        for (Module m : fresh) {
            List<Question> qs = new BuiltInQuestionGenerator().generate(m, fresh);
            Set<QuestionType> types = qs.stream().map(Question::type).collect(Collectors.toSet());
            // ordering only where at least three substantial dated events exist (thin events are dropped)
            if (types.contains(QuestionType.ordering)) ordering++;
            assertThat(types).as(m.slug()).contains(QuestionType.multiple_choice, QuestionType.discussion);
            assertThat(types.size()).as(m.slug()).isGreaterThanOrEqualTo(4);
            QuestionGate.Sources src = BuiltInQuestionGenerator.sources(m, fresh);
            for (Question q : qs) assertThat(QuestionGate.check(Candidate.of(q, 0), src)).as(q.prompt()).isNull();
            Sentences.clearCache();
            SpanTagger.clearCache();
            assertThat(QuestionsFile.render(new BuiltInQuestionGenerator().generate(m, fresh))).isEqualTo(QuestionsFile.render(qs));
        }
        // (where an ordering and a matching question would give each other away, the ranker keeps the matching one)
        assertThat(ordering).isGreaterThanOrEqualTo(1);
    }
}
