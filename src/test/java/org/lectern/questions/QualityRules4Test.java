package org.lectern.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lectern.importing.Module;

/** Round-four quality rules (blind review 3), on hand-made texts. */
class QualityRules4Test {

    private static Context context(String body) {
        Module m = Fixtures.module("round-four", "Round Four", List.of("Ann Reed"), Module.Kind.article, List.of(), body);
        return new Context(m, List.of(m));
    }

    private static List<Question> generate(String body) {
        Module m = Fixtures.module("round-four", "Round Four", List.of("Ann Reed"), Module.Kind.article, List.of(), body);
        return new BuiltInQuestionGenerator().generate(m, List.of(m));
    }

    // --- main idea -------------------------------------------------------------------------------------------

    @Test
    void mainIdeaKeyIsThePointAfterTheContrastNotTheConcessionBeforeIt() {
        Context ctx = context("""
                ## Risks for the harbour

                The local risks to the harbour fishing fleet cannot be ignored. Yet the storm risks facing the harbour fishing fleet are far greater and demand a new sea wall for the fleet. The harbour board has asked the council for money to build the sea wall.

                ## Other

                The town also runs a small museum about the harbour. Visitors come in the summer. The museum opens at ten.
                """);
        MainIdeaBuilder.Unit unit = MainIdeaBuilder.units(ctx, true).get(0);
        assertThat(unit.thesisStem()).startsWith("The storm risks facing the harbour fishing fleet are far greater");
        assertThat(unit.thesisStem()).doesNotContain("cannot be ignored");
    }

    @Test
    void mainIdeaNeverKeysAnAppearanceTheSectionOverturns() {
        Context ctx = context("""
                ## A surprising comeback

                For thirty years, the ferry seemed a closed chapter. The boats were sold and the piers fell into the water.

                By the 1990s, though, the bridge was jammed with cars every morning. A new ferry service returned to the river in 1998, and it carried twice as many passengers as the council forecast.
                """);
        for (MainIdeaBuilder.Unit u : MainIdeaBuilder.units(ctx, true))
            assertThat(u.keyable() && u.thesisStem().contains("seemed")).as(u.thesisStem()).isFalse();
    }

    @Test
    void mainIdeaOfARecommendingParagraphIsItsRecommendationNotItsConcession() {
        Context ctx = context("""
                I am not asking for every library to open on Sundays. Village libraries, whose readers mostly come on weekdays, can keep their hours. But the county should fund Sunday opening in its twelve largest libraries for two years, with librarians counting visitors and loans. If the visits rise as the early figures suggest, Sunday opening should become normal.
                """);
        List<MainIdeaBuilder.Unit> units = MainIdeaBuilder.units(ctx, false);
        assertThat(units).isNotEmpty();
        assertThat(units.get(0).thesisStem()).startsWith("The county should fund Sunday opening");
    }

    @Test
    void aParagraphThatAnswersObjectionsOneByOneHasNoSinglePoint() {
        Context ctx = context("""
                The objections are familiar. Parents worry about childcare in the mornings. But schools can open early for breakfast clubs. Others say clubs after school will suffer. That is a real cost, though a small one.
                """);
        assertThat(MainIdeaBuilder.units(ctx, false)).isEmpty();
    }

    // --- true/false --------------------------------------------------------------------------------------------

    @Test
    void opinionsAreAttributedToTheAuthorAndNeverMadeFalse() {
        assertThat(TrueFalseBuilder.opinion("The urgency of closer cooperation between the two towns is clear.")).isTrue();
        assertThat(TrueFalseBuilder.opinion("For buyers, the deal is increasingly attractive.")).isTrue();
        assertThat(TrueFalseBuilder.opinion("If the trial works, later starts should become the default.")).isTrue();
        assertThat(TrueFalseBuilder.opinion("The pool closed in 2019 after the roof failed.")).isFalse();
        String body = """
                The council opened the new pool in 2019 after a long campaign by parents. If the trial works as well as the early figures suggest, the pool should stay open until ten at night by 2026. The pool now has 4,000 members from across the county.
                """;
        for (Question q : generate(body)) {
            if (q.type() != QuestionType.true_false || !q.prompt().contains("should")) continue;
            assertThat(q.prompt()).startsWith("True or false: The author argues that if the trial works");
            assertThat(q.answer()).isEqualTo("true");
        }
    }

    @Test
    void rhetoricThatEndsOnItsAuxiliaryAndTheWritersIAreNotTrueFalseStatements() {
        String body = """
                The town council wants every school in Holt to start later in the morning. Timetables at the schools in Holt can be redrawn; teenage biology cannot. I do not dismiss the cost of the change to the bus companies. The bus companies in Holt run forty buses every morning.
                """;
        for (Question q : generate(body)) {
            if (q.type() != QuestionType.true_false) continue;
            assertThat(q.prompt()).doesNotContain("cannot.").doesNotContain(" I ");
        }
    }

    @Test
    void aSwappedNumberKeepsItsArticleAgreeing() {
        assertThat(TrueFalseBuilder.article("forecasting a ", "8%")).isEqualTo("forecasting an ");
        assertThat(TrueFalseBuilder.article("forecasting an ", "6%")).isEqualTo("forecasting a ");
        assertThat(TrueFalseBuilder.article("forecasting a ", "6%")).isEqualTo("forecasting a ");
    }

    @Test
    void demonstrativesShellNounsAndTheSameNeedTheSentenceBefore() {
        assertThat(ContextFree.reason("The company promised to change that with a fare of one penny for any journey.")).isNotNull();
        assertThat(ContextFree.reason("For buyers, the arithmetic is increasingly attractive.")).isNotNull();
        assertThat(ContextFree.reason("For residents, the advice from the council and the charities is broadly the same.")).isNotNull();
        assertThat(ContextFree.reason("The turning point came just after the interval.")).isNotNull();
        assertThat(ContextFree.reason("That is not a picture of buildings nobody uses.")).isNotNull();
        assertThat(ContextFree.reason("Both sides agree that the press should be studied with its readers.")).isNotNull();
        assertThat(ContextFree.reason("She did more than anyone to make bridges capable of giving that warning.")).isNotNull();
        assertThat(ContextFree.reason("The council said that prices rose in May.")).isNull();
        assertThat(ContextFree.reason("Both sides of the river flooded in March.")).isNull();
        assertThat(ContextFree.reason("The risks facing the two towns demand that both sides keep talking.")).isNull();
        // not a demonstrative: a complementiser, a relative pronoun, "so that", a determiner with its noun
        assertThat(ContextFree.reason("The council said that the pool would close in May.")).isNull();
        assertThat(ContextFree.reason("Cars that are old sell slowly in the county.")).isNull();
        assertThat(ContextFree.reason("The pool will close so that repairs can start.")).isNull();
        assertThat(ContextFree.reason("Those outside the zone will not be served by the network.")).isNull();
        assertThat(ContextFree.reason("Both plans cost the same.")).isNull();
        // a trailing excerpt that names a paragraph states nothing
        assertThat(ContextFree.reason("Which statement best sums up the paragraph that begins \"The objections are familiar…\"?")).isNull();
    }

    // --- cloze -------------------------------------------------------------------------------------------------

    @Test
    void aClozeBlankNeverTakesTheVerbOfItsSentence() {
        Context ctx = context("The trick lies in a heat pump, which works on the same principle as a household fridge. Heat pumps are common.");
        Sentence s = ctx.sentences.get(0);
        int from = s.plain().indexOf("trick lies"), to = from + "trick lies".length();
        assertThat(ClozeBuilder.keepsVerb(s, from, to, 0)).isFalse();
        Sentence t = context("The city uses a heat pump, which works on the same principle as a fridge.").sentences.get(0);
        int f2 = t.plain().indexOf("heat pump");
        assertThat(ClozeBuilder.keepsVerb(t, f2, f2 + "heat pump".length(), 0)).isTrue();
        for (Question q : generate("""
                The trick lies in a heat pump, which works on the same principle as a household fridge, only in reverse. A heat pump moves heat from the river into the homes of the city. The trick lies in the cold water of the river.
                """)) {
            if (q.type() == QuestionType.cloze) assertThat(q.answer()).doesNotContain("lies");
        }
    }

    @Test
    void aGerundWithItsObjectIsNoNounPhraseToBlank() {
        Context ctx = context("The board should do the harder work of finding savings and supporting teachers.");
        Sentence s = ctx.sentences.get(0);
        int i = s.plain().indexOf("finding savings");
        assertThat(ClozeBuilder.gerund(s, new TypedSpan(SpanType.TERM, "finding savings", i, i + 15, "compound", 0, "finding savings"))).isTrue();
        Context noun = context("The new building opened in May.");
        Sentence n = noun.sentences.get(0);
        int j = n.plain().indexOf("new building");
        assertThat(ClozeBuilder.gerund(n, new TypedSpan(SpanType.TERM, "new building", j, j + 12, "compound", 0, "new building"))).isFalse();
    }

    @Test
    void clozeVariantsAreWellFormedAndNeverTheVaguerHeadAlone() {
        Context ctx = context("""
                Through the 1950s, motor buses were cheaper to buy and needed no track. The trams were scrapped in 1956. The trick lies in the cold water.
                The fire broke out in the boiler room. Every room was searched.
                """);
        assertThat(ClozeBuilder.variants(ctx, "motor buses")).contains("motor bus").doesNotContain("buses");
        assertThat(ClozeBuilder.variants(ctx, "boiler room")).doesNotContain("room", "rooms");
        assertThat(ClozeBuilder.variants(ctx, "trick lies")).doesNotContain("trick ly");
    }

    @Test
    void aStockPhraseIsNoClozeKey() {
        Context ctx = context("The turning point came just after the interval. The home side scored twice.");
        Sentence s = ctx.sentences.get(0);
        int i = s.plain().indexOf("turning point");
        assertThat(ClozeBuilder.vagueBlank(ctx, s, new TypedSpan(SpanType.TERM, "turning point", i, i + 13, "compound", 0, "turning point"))).isTrue();
        Context judged = context("A policy that widens the gap between rich and poor students is a step backwards. The board votes in May.");
        Sentence j = judged.sentences.get(0);
        int b = j.plain().indexOf("step backwards");
        assertThat(ClozeBuilder.vagueBlank(judged, j, new TypedSpan(SpanType.TERM, "step backwards", b, b + 14, "phrase", 0, "step backwards"))).isTrue();
    }

    // --- short answer, select evidence ---------------------------------------------------------------------------

    @Test
    void shortAnswerPromptsMustReadAsAClause() {
        assertThat(ShortAnswerBuilder.askable("Explain why an assessment commissioned by the agency concluded that, according to the article.")).isFalse();
        assertThat(ShortAnswerBuilder.askable("Explain why the pool closed early in May, according to the article.")).isTrue();
    }

    @Test
    void aWhyQuestionWithSeveralReasonsHasAModelAnswerCoveringThemAll() {
        String body = """
                ## Why now?

                Why should the two towns merge their bus services now? To begin with, both towns are losing drivers every year. Drivers leave for better pay in the city.

                In addition, the buses of both towns are old and need replacing within five years.

                Moreover, the county has offered a grant to any towns that share a depot.

                ## Next steps

                The councils will vote in June. A joint depot could open in 2027.
                """;
        boolean asked = false;
        for (Question q : generate(body)) {
            if (q.type() != QuestionType.short_answer || !q.prompt().startsWith("Why should")) continue;
            asked = true;
            assertThat(q.answer()).contains("losing drivers").contains("need replacing").contains("grant");
        }
        assertThat(asked).isTrue();
    }

    @Test
    void anObjectionTheArticleAnswersIsAskedWithItsAnswerAsTheModel() {
        String body = """
                The school day should start at half past nine. Parents worry about childcare when the school day starts later in the morning. But a later start is easier for many working parents, and schools can open at eight for breakfast clubs. Teenagers need more sleep than adults do.
                """;
        List<Question> sa = generate(body).stream().filter(q -> q.type() == QuestionType.short_answer).toList();
        assertThat(sa).anyMatch(q -> q.prompt().equals("The article reports an objection: \"Parents worry about childcare when the school day starts later in the morning.\" What answer to it does the article give?")
                && q.answer().startsWith("But a later start is easier"));
    }

    @Test
    void selectEvidenceNeverAsksWithTheAnswerSentencesOwnWords() {
        String body = """
                Dockworkers lived in crowded courts within earshot of the cranes because they had no other way to reach work by six in the morning. The tram changed that in 1895. Fares were a penny for any journey.
                """;
        for (Question q : generate(body)) assertThat(q.type()).isNotEqualTo(QuestionType.select_evidence);
    }

    // --- matching, trivial recall, fact questions ----------------------------------------------------------------

    @Test
    void aRoleAnotherPersonAlsoHoldsIsAmbiguous() {
        Context ctx = context("""
                "Prices tripled," says councillor Martin Osei, who chairs the climate committee. Its chair, Helen Markham, disagrees. Dr Priya Rao, an energy engineer, advised the council.
                """);
        assertThat(MatchingBuilder.sharedRole(ctx, "Helen Markham", "chair")).isTrue();
        assertThat(MatchingBuilder.sharedRole(ctx, "Priya Rao", "energy engineer")).isFalse();
    }

    @Test
    void aRoleLabelLosesItsPrepositionAndKeepsTheCapitalOfAName() {
        Context ctx = context("The holders, Ashcombe United, lost. Ashcombe manager Stuart Bell was gracious. They scored through the striker Daniel Okafor.");
        assertThat(MatchingBuilder.tidyRole(ctx, "through the striker")).isEqualTo("striker");
        assertThat(MatchingBuilder.tidyRole(ctx, "ashcombe manager")).isEqualTo("Ashcombe manager");
        Context titled = context("Her deputy, Councillor Piet Aalders, said the tram would help.");
        assertThat(MatchingBuilder.tidyRole(titled, "councillor")).isEqualTo("councillor");
    }

    @Test
    void aWeekdayOrSeasonSettingTheSceneIsNotAsked() {
        Context ctx = context("""
                Anyone shopping for a used car this spring will find prices low. According to figures published on Tuesday, prices fell by 23%. The new showroom will open on Saturday.
                """);
        for (Sentence s : ctx.sentences) {
            for (TypedSpan k : ctx.spans.get(s.index())) {
                if (k.text().equals("spring") || k.text().equals("Tuesday")) assertThat(Importance.incidental(ctx, s, k)).as(k.text()).isTrue();
                if (k.text().equals("Saturday")) assertThat(Importance.incidental(ctx, s, k)).as(k.text()).isFalse();
            }
        }
    }

    @Test
    void aTimePhraseWithoutItsCommaIsNoPartOfTheSubject() {
        String body = """
                Last year the five branches recorded 212,000 visits. The council plans to close three of the five branches in 2026. The branches lend 90,000 books a year.
                """;
        for (Question q : generate(body)) assertThat(q.prompt()).doesNotContain("did last year");
    }

    @Test
    void wordsInsideASentenceThatTieItToTheOneBeforeMakeItNeedContext() {
        assertThat(ContextFree.reason("Water does too, but only down to about four degrees.")).contains("does too");
        assertThat(ContextFree.reason("The savings, meanwhile, have proved smaller than expected.")).contains("meanwhile");
        assertThat(ContextFree.reason("Farmers were angry at the time.")).contains("at the time");
        assertThat(ContextFree.reason("In both studies the effect was small.")).containsIgnoringCase("in both studies");
        // "too" as a degree word and a dated "at the time of" stand alone
        assertThat(ContextFree.reason("The old bridge was too narrow for lorries.")).isNull();
        assertThat(ContextFree.reason("Farmers were angry at the time of the 1976 drought.")).isNull();
    }
}
