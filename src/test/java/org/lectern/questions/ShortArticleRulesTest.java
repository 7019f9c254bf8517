package org.lectern.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lectern.importing.Module;

/**
 * The rules that let a short article with few names, dates or headings reach the full-article minimums: each
 * test is named for one behaviour. Texts are the short fresh articles (src/test/resources/articles) or small
 * hand-made ones.
 */
class ShortArticleRulesTest {

    static Module fresh(String slug) {
        return Fixtures.fresh().stream().filter(m -> m.slug().equals(slug)).findFirst().orElseThrow();
    }

    static List<Question> generate(Module m) {
        return new BuiltInQuestionGenerator().generate(m, List.of(m));
    }

    static Module article(String slug, String body) {
        return Fixtures.module(slug, "A Test Article", List.of("Kim Lane"), Module.Kind.article, List.of(), body);
    }

    /** Every question the builders make that passes the gate's rules for single questions (before the ranker picks a set). */
    static List<Question> gated(Module m) {
        return BuiltInQuestionGenerator.gated(m, List.of(m));
    }

    @Test
    void fractionsAndMultiplesInWordsAreNumbers() {
        Module m = fresh("street-lights-moths");
        SpanTagger t = SpanTagger.of(m, List.of(m));
        assertThat(t.tag("the heating is expected to cut its fuel bills by about a third")).anySatisfy(s -> {
            assertThat(s.type()).isEqualTo(SpanType.NUMBER);
            assertThat(s.text()).isEqualTo("a third");
            assertThat(s.sub()).isEqualTo("fraction");
            assertThat(s.value()).isCloseTo(1 / 3.0, org.assertj.core.data.Offset.offset(1e-9));
        });
        assertThat(t.tag("In half of the meadows, lamps were installed")).anySatisfy(s -> assertThat(s.value()).isEqualTo(0.5));
        assertThat(t.tag("the effect was twice as strong under white lamps")).anySatisfy(s -> {
            assertThat(s.sub()).isEqualTo("multiple");
            assertThat(s.value()).isEqualTo(2);
        });
        assertThat(t.tag("the United States makes up about one-fifth of exports")).anySatisfy(s -> assertThat(s.value()).isCloseTo(0.2, org.assertj.core.data.Offset.offset(1e-9)));
        // an ordinal, a part of something: no amount
        assertThat(t.tag("She won a third term in the second half of the year")).noneMatch(s -> s.type() == SpanType.NUMBER);
        // distractors in the key's style; cloze accepts other ways to write it
        TypedSpan third = new TypedSpan(SpanType.NUMBER, "a third", 0, 7, "fraction", 1 / 3.0, "a third");
        assertThat(NumberWords.near(third)).startsWith("a quarter", "half").doesNotContain("a third");
        TypedSpan fifth = new TypedSpan(SpanType.NUMBER, "one-fifth", 0, 9, "fraction", 0.2, "one-fifth");
        assertThat(NumberWords.near(fifth)).allMatch(w -> w.startsWith("one-") || w.contains("-thirds") || w.contains("-quarters"));
        assertThat(ClozeBuilder.fractionVariants("a third")).contains("one third", "one-third", "1/3");
        // a fraction makes multiple-choice candidates that pass the gate (which the ranker keeps is its own matter)
        assertThat(gated(m)).anyMatch(q -> q.type() == QuestionType.multiple_choice && q.options().contains("half") && q.options().contains("a third"));
    }

    @Test
    void aMonthWithoutDayOrYearIsADate() {
        Module m = fresh("carrow-vale-pool");
        SpanTagger t = SpanTagger.of(m, List.of(m));
        assertThat(t.tag("The council expects the pool to reopen in September.")).anySatisfy(s -> {
            assertThat(s.type()).isEqualTo(SpanType.DATE);
            assertThat(s.sub()).isEqualTo("monthname");
            assertThat(s.value()).isEqualTo(900);
        });
        assertThat(t.tag("May the best team win the cup.")).noneMatch(s -> s.type() == SpanType.DATE);
        assertThat(gated(m)).anyMatch(q -> q.type() == QuestionType.multiple_choice && q.prompt().startsWith("Which month")
                && q.options().contains("September") && q.answer().equals("September"));
    }

    @Test
    void theFirstSentenceOfANewsReportGivesAStem() {
        // "this week" is a time, not a pointer to something outside the sentence
        Module m = fresh("street-lights-moths");
        Context ctx = new Context(m, List.of(m));
        assertThat(ctx.stems.get(0)).isEqualTo(ctx.sentences.get(0).plain());
        // "those who do not" is no pointer either
        Module sleep = article("sleep", "Teenagers who keep their phones out of the bedroom sleep about forty minutes longer on school nights than those who do not, a new study has found.");
        assertThat(new Context(sleep, List.of(sleep)).stems.get(0)).isNotNull();
    }

    @Test
    void anUnheadedArticleIsSummedUpAsAWhole() {
        Module ferry = ShortNewsArticleTest.ferry();
        Question whole = gated(ferry).stream().filter(q -> q.prompt().equals("Which statement best sums up the article as a whole?"))
                .findFirst().orElseThrow();
        assertThat(whole.type()).isEqualTo(QuestionType.main_idea);
        assertThat(whole.answer()).startsWith("Ferry operators on the northern routes will have to carry extra life rafts");
        assertThat(whole.options()).hasSize(4).doesNotHaveDuplicates();
        // an opinion column is summed up by its recommendation, not by its scene-setting opening
        Question column = gated(fresh("free-buses-column")).stream().filter(q -> q.prompt().endsWith("as a whole?")).findFirst().orElseThrow();
        assertThat(column.answer()).isEqualTo("The city council should make buses free for everyone under eighteen.");
        // a scene-setting opening with no general claim after it is no thesis
        Module scene = article("scene", """
                When the storm reached the coast on Friday night, the lights in the harbour went out one by one.

                Fishermen tied their boats to the quay and waited in the harbour office until the wind dropped.

                By morning the water had risen above the sea wall, and two boats had sunk at their moorings.

                The harbour master counted the damage and called the insurers before the shops opened.
                """);
        assertThat(MainIdeaBuilder.wholeArticle(new Context(scene, List.of(scene)))).isNull();
    }

    @Test
    void selectEvidenceFindsClaimsInAnUnheadedArticle() {
        Module m = fresh("carrow-vale-pool");
        List<Question> se = gated(m).stream().filter(q -> q.type() == QuestionType.select_evidence).toList();
        // fewer, good ones: a point and a different sentence that backs it up, or none
        for (Question q : se) {
            String claim = q.prompt().substring(SelectEvidenceBuilder.PROMPT.length());
            assertThat(m.body()).contains(q.answer());
            assertThat(SelectEvidenceBuilder.different(claim, q.answer())).isTrue();
        }
    }

    @Test
    void groupsAreActorsAndAWrongActorComesFromAnotherFamily() {
        Module m = fresh("carrow-vale-pool");
        Context ctx = new Context(m, List.of(m));
        Sentence parents = ctx.sentences.stream().filter(s -> s.plain().startsWith("Parents")).findFirst().orElseThrow();
        assertThat(ctx.spans.get(parents.index())).anySatisfy(s -> {
            assertThat(s.type()).isEqualTo(SpanType.GROUP);
            assertThat(s.text()).isEqualTo("Parents");
            assertThat(s.sub()).isEqualTo("plural people");
            assertThat(s.canonical()).isEqualTo("parents");
        });
        assertThat(Groups.family("smaller operators")).isEqualTo(Groups.family("the smallest companies"));
        assertThat(Groups.family("parents")).isEqualTo(Groups.family("families"));
        // the ferry's "operators" are never swapped for "the smallest companies" (the same actors by another name)
        for (Question q : generate(ShortNewsArticleTest.ferry()))
            assertThat(q.prompt()).doesNotContainIgnoringCase("smallest companies must").doesNotContainIgnoringCase("smallest companies on the");
        assertThat(gated(m)).anyMatch(q -> q.type() == QuestionType.true_false && q.answer().equals("false")
                && q.prompt().matches("True or false: (Parents|Council officers|Engineers|Inspectors) (said|say) .*"));
    }

    @Test
    void longSentencesSplitIntoSelfContainedClauses() {
        Module m = ShortNewsArticleTest.ferry();
        Context ctx = new Context(m, List.of(m));
        List<String> clauses = ctx.units.stream().filter(Clauses.Stem::clause).map(Clauses.Stem::text).toList();
        assertThat(clauses).contains("The new rules follow a review of the January storms.",
                "A crowded evening ferry drifted for two hours with a failed engine.",
                "Ferry operators on the northern routes will have to carry extra life rafts and file daily weather reports from next month.");
        // a clause whose pronoun points into another clause is no statement ("waves ... broke over its bow")
        assertThat(clauses).noneMatch(c -> c.contains("its bow"));
        // "and" in a list is no clause boundary
        Module list = article("list", "Expanding civil engagement through youth programs, cultural exchanges, and corporate partnerships can strengthen resilience over many years.");
        assertThat(new Context(list, List.of(list)).units).noneMatch(Clauses.Stem::clause);
    }

    @Test
    void reportedViewsBecomeHowQuestions() {
        List<Question> sa = gated(fresh("carrow-vale-pool")).stream().filter(q -> q.type() == QuestionType.short_answer).toList();
        assertThat(sa).anyMatch(q -> q.prompt().equals("How do club members view the school pool, according to the article?")
                && q.answer().contains("too short for competitions"));
        List<Question> moths = gated(fresh("street-lights-moths"));
        assertThat(moths).anyMatch(q -> q.prompt().equals("How do the researchers think the lamps affect moths?")
                && q.evidence().size() == 3);
    }

    @Test
    void interviewAnswersAreQuotedAfterTheirSpeaker() {
        Module m = fresh("mountain-rescue-interview");
        Context ctx = new Context(m, List.of(m));
        assertThat(ctx.speaker).isEqualTo("Jonas Weller");
        List<Question> qs = generate(m);
        assertThat(qs).anyMatch(q -> q.prompt().startsWith("How does Jonas Weller answer the question \"") && q.type() == QuestionType.short_answer);
        assertThat(gated(m)).anyMatch(q -> q.type() == QuestionType.main_idea && q.prompt().startsWith("Which statement best sums up Jonas Weller's answer"));
        assertThat(qs).anyMatch(q -> q.prompt().contains("Jonas Weller says") && q.prompt().contains("\"We "));
        // the speaker's "we" never opens a prompt on its own, and the article never "argues" what the speaker says
        for (Question q : qs) {
            assertThat(q.prompt()).doesNotStartWith("We ").doesNotStartWith("The article argues: \"Walkers");
            assertThat(QuestionGate.check(Candidate.of(q, 0), BuiltInQuestionGenerator.sources(m, List.of(m)))).as(q.prompt()).isNull();
        }
    }

    @Test
    void newsDecisionsRequestsAndConcernsGetDiscussionPrompts() {
        List<String> prompts = gated(fresh("carrow-vale-pool")).stream().filter(q -> q.type() == QuestionType.discussion)
                .map(Question::prompt).toList();
        assertThat(prompts).anyMatch(p -> p.startsWith("The article reports a decision: \"The public swimming pool"));
        assertThat(prompts).anyMatch(p -> p.startsWith("The article reports a request: \"Parents have also asked the council")
                && p.contains("Should the council agree to it?"));
        assertThat(prompts).anyMatch(p -> p.startsWith("The article reports a concern: "));
        // a reported fact is no view to agree with; a reported recommendation is the critics', not the article's
        List<String> elmsford = generate(article("elmsford", "Librarian Tom Hale said the classes were full within two days of being announced, and staff were delighted by the response.")).stream()
                .map(Question::prompt).toList();
        assertThat(elmsford).noneMatch(p -> p.startsWith("Do you agree with this view"));
        List<String> column = generate(fresh("free-buses-column")).stream().map(Question::prompt).toList();
        assertThat(column).noneMatch(p -> p.startsWith("The article argues: \"Critics say"));
    }

    @Test
    void groupsAreMatchedToWhatTheyDid() {
        Question m = gated(fresh("carrow-vale-pool")).stream().filter(q -> q.type() == QuestionType.matching).findFirst().orElseThrow();
        assertThat(m.prompt()).isEqualTo("Match each group to what the article says it did or said.");
        assertThat(m.pairs()).contains(new Question.Pair("Parents", "have also asked the council to run a free bus for children who take lessons"));
        assertThat(m.pairs().size()).isBetween(3, 4);
    }

    @Test
    void notSupportedMultipleChoiceHasOneFalseStatement() {
        Module m = fresh("carrow-vale-pool");
        Context ctx = new Context(m, List.of(m));
        List<Candidate> cs = MultipleChoiceBuilder.notSupported(ctx);
        assertThat(cs).isNotEmpty();
        for (Candidate c : cs) {
            Question q = c.question();
            assertThat(q.options()).hasSize(4);
            // the three other options are sentences or clauses of the article; the answer is not
            assertThat(q.options().stream().filter(o -> !o.equals(q.answer()))).allMatch(o -> Sentences.plain(m.body()).contains(o.substring(1, o.length() - 1)));
            assertThat(Sentences.plain(m.body())).doesNotContain(q.answer().substring(0, q.answer().length() - 1));
            assertThat(QuestionGate.check(c, BuiltInQuestionGenerator.sources(m, List.of(m)))).isNull();
        }
    }

    @Test
    void theQuestionsReportSaysWhetherTheMinimumsAreMet() {
        Module moths = fresh("street-lights-moths");
        GenerationReport r = new BuiltInQuestionGenerator().run(moths, List.of(moths));
        assertThat(r.belowMinimum()).isNull();
        assertThat(r.render(1)).contains("minimum:  met (article: 12 comprehension of 4 types, 4 discussion)");
        Module tiny = article("tiny", "The town of Ashby opened a new bridge on Monday after two years of work. The bridge cost four million pounds.");
        GenerationReport t = new BuiltInQuestionGenerator().run(tiny, List.of(tiny));
        assertThat(t.belowMinimum()).contains("/12 comprehension");
        assertThat(t.render(1)).contains("minimum:  BELOW (article: 12 comprehension of 4 types, 4 discussion)");
    }
}
