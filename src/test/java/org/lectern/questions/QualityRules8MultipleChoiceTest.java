package org.lectern.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lectern.importing.Module;

/**
 * Multiple choice and its neighbours (fact questions, select evidence, main idea, matching, ordering): a prompt
 * must not lean on a noun phrase or pronoun of an earlier sentence, a cut must not split a correlative pair,
 * distractors fit the slot (the kind of event, the key's form), main-idea options are comparable general
 * statements, abbreviations matched by their letters are weak, and ordering items are events, not judgements.
 * Invented texts.
 */
class QualityRules8MultipleChoiceTest {

    private static Context context(String body) {
        Module m = Fixtures.module("t", "Test", List.of("Ada Lowe"), Module.Kind.article, List.of(), body);
        return new Context(m, List.of(m));
    }

    private static final String DROUGHT = "## The drought\n\n"
            + "In 2022 a long dry spell hit the Corran valley and the river fell to its lowest level in fifty years. "
            + "The Corran council spent 340,000 pounds on water tankers during the spell. "
            + "The Corran council opened three new reservoirs in 2019 to store winter rain. "
            + "By 2024 the government had repaid the 340,000 pounds, and the reservoirs opened in 2019 were full again.\n";

    @Test
    void aDefiniteNounPhraseNamedOnlyInAnEarlierSentenceIsDangling() {
        Context ctx = context(DROUGHT);
        assertThat(Anaphora.dangling(ctx, "The Corran council spent 340,000 pounds on water tankers during the spell."))
                .isEqualTo("the spell");
        assertThat(Anaphora.dangling(ctx, "The Corran council opened three new reservoirs in 2019 to store winter rain.")).isNull();
    }

    @Test
    void aDashJoinedToANounPhraseDoesNotHideIt() {
        Context ctx = context(DROUGHT);
        assertThat(Anaphora.dangling(ctx, "Steps taken now will help to facilitate these difficult conversations—and the costs will rise."))
                .isEqualTo("these difficult conversations");
    }

    @Test
    void anObjectPronounWithOnlyItsClauseSubjectBeforeItIsDangling() {
        Context ctx = context(DROUGHT);
        assertThat(Anaphora.dangling(ctx, "A second cable would give it cheaper wind power in a dry year.")).isEqualTo("give it");
        assertThat(Anaphora.dangling(ctx, "The council says it will build a second cable by 2030.")).isNull();
    }

    @Test
    void aGapFillOnASentenceThatLeansOnAnEarlierOneIsWeak() {
        Context ctx = context(DROUGHT);
        List<Candidate> all = MultipleChoiceBuilder.build(ctx);
        List<Candidate> spell = all.stream().filter(c -> c.question().evidence().get(0).contains("during the spell")).toList();
        List<Candidate> plain = all.stream().filter(c -> c.question().evidence().get(0).contains("to store winter rain")).toList();
        assertThat(spell).isNotEmpty().allMatch(Candidate::weak);
        assertThat(plain).isNotEmpty().anyMatch(c -> !c.weak());
    }

    @Test
    void aDefiniteNounPhraseIsReplacedByTheNameTheSentenceBeforeGivesIt() {
        Context ctx = context("## Stoves\n\n"
                + "On 1 May 2024 the Clean Stove Rule came into force across the county of Harlby. "
                + "The rule was designed to cut smoke in winter, because damp logs burn badly and give off more fine soot. "
                + "Sales of kiln-dried logs rose sharply in the months that followed.\n");
        Sentence s = ctx.sentences.get(1);
        assertThat(Anaphora.resolve(ctx, s, "the rule was designed to cut smoke in winter", "the rule"))
                .isEqualTo("the Clean Stove Rule was designed to cut smoke in winter");
        List<Candidate> se = SelectEvidenceBuilder.asQuestions(ctx, new java.util.HashSet<>());
        assertThat(se).isNotEmpty();
        assertThat(se.get(0).question().prompt()).contains("why the Clean Stove Rule was designed");
    }

    @Test
    void aCutMustNotKeepNotOnlyWithoutButAlso() {
        String whole = "The forum has emerged as a venue that not only attracts regional leaders but also draws investors.";
        assertThat(Anaphora.brokenCorrelative("The forum has emerged as a venue that not only attracts regional leaders.", whole)).isTrue();
        assertThat(Anaphora.brokenCorrelative("The forum draws investors.", whole)).isFalse();
        assertThat(Anaphora.broken("Either the council pays or the farmers do.")).isFalse();
        assertThat(Anaphora.broken("Residents asked whether.")).isTrue();
    }

    @Test
    void aSummitSlotTakesOnlyNamesTheTextsGiveASummit() {
        Context ctx = context("## Talks\n\n"
                + "The two leaders first met during the G20 Summit in June. "
                + "They met again at the ASEAN summit in October. "
                + "Both countries hope to join the CPTPP trade agreement within five years. "
                + "Officials from NATO attended as observers.\n");
        assertThat(DistractorPicker.namesEvent(ctx, "ASEAN", "Summit")).isTrue();
        assertThat(DistractorPicker.namesEvent(ctx, "CPTPP", "Summit")).isFalse();
        assertThat(DistractorPicker.namesEvent(ctx, "NATO", "summit")).isFalse();
    }

    @Test
    void aPersonDistractorDropsATitleTheKeyDoesNotHave() {
        assertThat(DistractorPicker.likeKey("Peter Illingworth", "Cllr Janet Okafor")).isEqualTo("Janet Okafor");
        assertThat(DistractorPicker.likeKey("Cllr Peter Illingworth", "Cllr Janet Okafor")).isEqualTo("Cllr Janet Okafor");
        assertThat(DistractorPicker.likeKey("Illingworth", "Dr Okafor")).isEqualTo("Okafor");
    }

    @Test
    void abbreviationsMatchedByTheirLettersAloneAreWeak() {
        List<Question.Pair> units = List.of(new Question.Pair("GW", "gigawatts"), new Question.Pair("MWh", "megawatt-hour"),
                new Question.Pair("TSO", "transmission system operators"), new Question.Pair("TWh", "terawatt-hours"));
        assertThat(MatchingBuilder.byLetters(units)).isTrue();
        List<Question.Pair> people = List.of(new Question.Pair("Ana Ruiz", "mayor"), new Question.Pair("Tom Berg", "harbour master"),
                new Question.Pair("Lena Moss", "nurse"));
        assertThat(MatchingBuilder.byLetters(people)).isFalse();
    }

    @Test
    void anAbbreviationMatchingOfTheArticleIsWeakWhenItsLettersGiveItAway() {
        Context ctx = context("## Grid\n\n"
                + "The Northern Grid Authority (NGA) runs the cable between the two countries. "
                + "The Coastal Power Board (CPB) buys the power on the southern side. "
                + "The Mountain Water Trust (MWT) owns the reservoirs in the north. "
                + "All three bodies report each year to the two parliaments.\n");
        List<Candidate> m = MatchingBuilder.build(ctx).stream().filter(c -> c.question().prompt().contains("abbreviation")).toList();
        assertThat(m).isNotEmpty().allMatch(Candidate::weak);
    }

    @Test
    void anOrderingItemThatJudgesRatherThanReportsIsNoEvent() {
        assertThat(OrderingBuilder.judgement("The cable that was switched on was an act of confidence in a shared future.")).isTrue();
        assertThat(OrderingBuilder.judgement("The workforce reached its peak of 410.")).isFalse();
        assertThat(OrderingBuilder.judgement("Drunesk froze its share of the planning work for a second cable.")).isFalse();
    }

    @Test
    void mainIdeaOptionsMustBeComparableGeneralStatements() {
        Context ctx = context(DROUGHT);
        assertThat(MainIdeaBuilder.comparableOptions(ctx, List.of(
                "Small towns need cheaper buses to keep young people at home.",
                "Cooking lessons give pupils skills they use for the rest of their lives.",
                "Garden ponds give frogs and newts a place to breed in towns.",
                "Local markets help farmers sell their food without a middleman."))).isTrue();
        // a detail with figures beside general statements is picked out by its form
        assertThat(MainIdeaBuilder.comparableOptions(ctx, List.of(
                "A 4 cm stone falling at 25 m/s can dent a car bonnet.",
                "Cooking lessons give pupils skills they use for the rest of their lives.",
                "Garden ponds give frogs and newts a place to breed in towns.",
                "Local markets help farmers sell their food without a middleman."))).isFalse();
        // an option that leans on an earlier sentence
        assertThat(MainIdeaBuilder.comparableOptions(ctx, List.of(
                "Taking steps now will help to facilitate these difficult conversations.",
                "Cooking lessons give pupils skills they use for the rest of their lives.",
                "Garden ponds give frogs and newts a place to breed in towns.",
                "Local markets help farmers sell their food without a middleman."))).isFalse();
    }

    @Test
    void aFactQuestionThatKeepsADanglingNounPhraseIsWeak() {
        Context ctx = context(DROUGHT);
        List<Candidate> facts = FactQuestionBuilder.build(ctx);
        assertThat(facts.stream().filter(c -> c.question().prompt().contains("during the spell")).toList()).isNotEmpty().allMatch(Candidate::weak);
        assertThat(facts.stream().filter(c -> c.question().prompt().startsWith("In which year did the Corran council open")).toList())
                .isNotEmpty().noneMatch(Candidate::weak);
    }

    @Test
    void aPersonTheSentenceAlreadyNamesIsNoDistractor() {
        Context ctx = context("## Trade\n\nDuring the first Lund administration and throughout the Berg administration, the country pressed for the pact.\n");
        Sentence s = ctx.sentences.get(0);
        int at = s.plain().indexOf("Berg");
        TypedSpan key = new TypedSpan(SpanType.PERSON, "Berg", at, at + 4, null, 0, null);
        assertThat(DistractorPicker.namedInSentence(s, key, "Maria Lund")).isTrue();
        assertThat(DistractorPicker.namedInSentence(s, key, "Maria Holt")).isFalse();
    }
}
