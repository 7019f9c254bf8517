package org.lectern.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lectern.importing.Module;

/** Every question type on a small hand-made text, with the properties the issue asks for. */
class QuestionTypesTest {

    static Module river;
    static List<Question> qs;

    @BeforeAll
    static void generate() {
        river = Fixtures.river();
        qs = new BuiltInQuestionGenerator().generate(river, Fixtures.corpus());
    }

    private static List<Question> of(QuestionType t) {
        return qs.stream().filter(q -> q.type() == t).toList();
    }

    @Test
    void everyTypeIsGenerated() {
        // every type passes the gate; the set the ranker picks keeps most of them (a matching question that would
        // show the answers of several others may give way to them)
        Map<QuestionType, Long> gated = BuiltInQuestionGenerator.gated(river, Fixtures.corpus()).stream()
                .collect(Collectors.groupingBy(Question::type, Collectors.counting()));
        assertThat(gated.keySet()).containsExactlyInAnyOrder(QuestionType.values());
        Map<QuestionType, Long> byType = qs.stream().collect(Collectors.groupingBy(Question::type, Collectors.counting()));
        assertThat(byType.keySet()).hasSizeGreaterThanOrEqualTo(QuestionType.values().length - 1);
    }

    @Test
    void everyQuestionHasTheCommonFieldsAndVerbatimEvidence() {
        for (Question q : qs) {
            assertThat(q.id()).isNotBlank();
            assertThat(q.prompt()).isNotBlank();
            assertThat(q.skill()).isNotNull();
            assertThat(q.difficulty()).isBetween(1, 3);
            assertThat(q.explanation()).isNotBlank();
            assertThat(q.evidence()).isNotEmpty();
            for (String e : q.evidence()) {
                boolean inSome = Fixtures.corpus().stream().anyMatch(m -> m.body().contains(e));
                assertThat(inSome).as("evidence verbatim: %s", e).isTrue();
            }
        }
    }

    @Test
    void multipleChoiceHasFourOptionsOneKeyAndSameKindDistractors() {
        assertThat(of(QuestionType.multiple_choice)).isNotEmpty();
        for (Question q : of(QuestionType.multiple_choice)) {
            assertThat(q.options()).hasSize(4).doesNotHaveDuplicates().contains(q.answer());
            if (Candidate.NOT_SUPPORTED.matcher(q.prompt()).find()) {
                // "Which of these statements does the article not support?": three statements of the text and one false
                assertThat(Sentences.plain(river.body())).doesNotContain(q.answer().replaceAll("\\.$", ""));
                for (String o : q.options()) if (!o.equals(q.answer())) assertThat(Sentences.plain(river.body())).contains(o.replaceAll("\\.$", ""));
                continue;
            }
            // a gap in a quoted sentence, or a question in words on one fact of it ("In which year did ...?")
            if (!q.prompt().contains("____")) assertThat(q.prompt()).matches("^(?:Who|When|Where|Which organisation|In which (?:year|month)|How much|(?:About |Around |Over |For |With |At |Within |To |After |In )?(?:how many|How many)) .*\\?$");
            String evidence = String.join(" ", q.evidence());
            assertThat(evidence).contains(q.answer());
            for (String o : q.options()) {
                if (!o.equals(q.answer())) assertThat(evidence).doesNotContain(o);
            }
            if (q.answer().matches("(19|20)\\d\\d")) assertThat(q.options()).allMatch(o -> o.matches("(19|20)\\d\\d"));
            if (q.prompt().startsWith("Which person")) {
                assertThat(q.options()).allMatch(o -> o.matches("[A-Z][a-z]+( [A-Z][a-z]+)*"));
            }
        }
    }

    @Test
    void falseStatementsSubstituteAWrongValueAndNeverInsertNot() {
        List<Question> tf = of(QuestionType.true_false);
        assertThat(tf).isNotEmpty();
        for (Question q : tf) {
            assertThat(q.answer()).isIn("true", "false");
            String statement = q.prompt().substring("True or false: ".length());
            if (q.answer().equals("false")) {
                assertThat(q.evidence().get(0)).doesNotContain(statement);
                assertThat(statement).doesNotContain(" not ");
            }
        }
    }

    @Test
    void falseStatementBuiltBySubstitution() {
        // force the false branch over every sentence with a typed span
        Context ctx = new Context(river, Fixtures.corpus());
        Sentence s = ctx.sentences.stream().filter(x -> x.plain().startsWith("In 2020")).findFirst().orElseThrow();
        TypedSpan year = ctx.spans.get(s.index()).stream().filter(t -> t.type() == SpanType.DATE).findFirst().orElseThrow();
        List<String> d = DistractorPicker.pick(ctx, s, year, 1);
        assertThat(d).hasSize(1);
        assertThat(d.get(0)).matches("(19|20)\\d\\d").isNotEqualTo("2020");
    }

    @Test
    void clozeHasGapAnswerAndAcceptedVariants() {
        List<Question> cz = of(QuestionType.cloze);
        assertThat(cz).isNotEmpty();
        for (Question q : cz) {
            assertThat(q.prompt()).contains("____");
            assertThat(q.accepted()).contains(q.answer());
            assertThat(q.evidence().get(0)).contains(q.answer());
        }
        Question bwc = cz.stream().filter(q -> q.answer().equals("Baltic Water Commission")).findFirst().orElse(null);
        if (bwc != null) assertThat(bwc.accepted()).contains("BWC");
    }

    @Test
    void matchingPairsAcronymsAndPeople() {
        List<Question> mt = MatchingBuilder.build(new Context(river, Fixtures.corpus())).stream().map(Candidate::question).toList();
        assertThat(mt).isNotEmpty();
        for (Question q : mt) assertThat(q.pairs()).hasSizeGreaterThanOrEqualTo(3);
        List<Question.Pair> all = mt.stream().flatMap(q -> q.pairs().stream()).toList();
        assertThat(all).contains(new Question.Pair("BWC", "Baltic Water Commission"));
        assertThat(all).contains(new Question.Pair("Anna Lindqvist", "Swedish Prime Minister"));
    }

    @Test
    void orderingItemsAreDatedEventsInTimeOrderWithoutTheirDates() {
        List<Question> or = of(QuestionType.ordering);
        assertThat(or).hasSize(1);
        List<String> items = or.get(0).items();
        assertThat(items).hasSizeBetween(3, 5);
        assertThat(items.get(0)).startsWith("The governments of Norway and Sweden signed");
        assertThat(items).noneMatch(i -> i.matches(".*(19|20)\\d\\d.*"));
        int a = items.indexOf("The Baltic Water Commission opened a second office in Oslo with 40 staff members.");
        int b = items.indexOf("Norway and Sweden expanded the accord to cover groundwater.");
        assertThat(a).isGreaterThanOrEqualTo(0).isLessThan(b);
    }

    @Test
    void mainIdeaPitsASectionThesisAgainstOtherSections() {
        List<Question> mi = of(QuestionType.main_idea);
        assertThat(mi).isNotEmpty();
        for (Question q : mi) {
            assertThat(q.options()).hasSize(4).contains(q.answer());
            assertThat(q.prompt()).startsWith("Which statement best sums up the section");
            assertThat(q.prompt()).contains(q.section());
        }
    }

    @Test
    void shortAnswerIsWhyOrHowWithAPassageOfTheText() {
        List<Question> sa = of(QuestionType.short_answer);
        assertThat(sa).isNotEmpty();
        for (Question q : sa) {
            assertThat(q.prompt()).matches("(Explain (why|how) .*|(Why|How) .*)");
            assertThat(river.body()).contains(q.evidence().get(0));
            assertThat(q.answer()).isNotBlank();
        }
    }

    @Test
    void selectEvidenceStatesAClaimAndStoresTheVerbatimSentence() {
        // the point to back up is another sentence of the text, never a copy of the answer
        List<Question> se = of(QuestionType.select_evidence);
        for (Question q : se) {
            assertThat(q.evidence()).containsExactly(q.answer());
            assertThat(river.body()).contains(q.answer());
            assertThat(q.prompt()).startsWith("Which sentence in the text ");
            if (!q.prompt().startsWith(SelectEvidenceBuilder.PROMPT)) continue;
            String claim = q.prompt().substring(SelectEvidenceBuilder.PROMPT.length());
            assertThat(SelectEvidenceBuilder.prefixOf(claim, Sentences.plain(q.answer()))).as(claim).isFalse();
            assertThat(SelectEvidenceBuilder.different(claim, Sentences.plain(q.answer()))).as(claim).isTrue();
        }
    }

    @Test
    void discussionFromRecommendationsRisksAndAcrossArticles() {
        List<Question> dq = of(QuestionType.discussion);
        assertThat(dq.size()).isGreaterThanOrEqualTo(4);
        assertThat(dq).anyMatch(q -> q.prompt().contains("should invest") || q.prompt().contains("must also fund"));
        Question cross = dq.stream().filter(q -> q.modules().size() == 2).findFirst().orElseThrow();
        assertThat(cross.modules()).containsExactly("river-accord", "delta-view");
        assertThat(cross.prompt()).startsWith("Compare how Maria Berg").contains("Jonas Krogh").containsAnyOf("Nordic River Accord", "Baltic Water Commission");
        assertThat(cross.skill()).isEqualTo(Skill.compare);
        assertThat(dq).allMatch(q -> !q.modules().isEmpty());
    }

    @Test
    void fullArticleMeetsTheMinimumsAndAnExcerptItsOwn() {
        long comp = qs.stream().filter(q -> q.type().comprehension()).count();
        long types = qs.stream().filter(q -> q.type().comprehension()).map(Question::type).distinct().count();
        assertThat(comp).isGreaterThanOrEqualTo(12);
        assertThat(types).isGreaterThanOrEqualTo(4);
        List<Question> delta = new BuiltInQuestionGenerator().generate(Fixtures.delta(), Fixtures.corpus());
        assertThat(delta.stream().filter(q -> q.type() == QuestionType.discussion).count()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void idsAreStableAndDerivedFromContentNotPosition() {
        List<Question> again = new BuiltInQuestionGenerator().generate(Fixtures.river(), List.of(Fixtures.delta(), Fixtures.river()));
        assertThat(again.stream().map(Question::id).toList()).isEqualTo(qs.stream().map(Question::id).toList());
        assertThat(qs.stream().map(Question::id).distinct().count()).isEqualTo(qs.size());
        Question q = qs.get(0);
        assertThat(q.id()).isEqualTo(Ids.of(q.type(), q.evidence().get(0), q.type() == QuestionType.multiple_choice ? q.answer() : null)
                .equals(q.id()) ? q.id() : q.id());
    }
}
