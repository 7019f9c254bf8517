package org.lectern.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lectern.importing.Module;

/** Distractors fit the gap's slot, not only the key's type; the other builders' rules on what makes a fair key. */
class DistractorSlotRulesTest {

    private static Context ctx(String body) {
        Module m = Fixtures.module("slot-test", "Slot Test", List.of("A. Writer"), Module.Kind.article, List.of(), body);
        return new Context(m, List.of(m));
    }

    private static Sentence sentence(Context c, String start) {
        return c.sentences.stream().filter(s -> s.plain().startsWith(start)).findFirst().orElseThrow();
    }

    private static TypedSpan span(Context c, Sentence s, String text) {
        return c.spans.get(s.index()).stream().filter(t -> t.text().equals(text)).findFirst().orElseThrow();
    }

    private static List<String> pick(Context c, String sentenceStart, String key) {
        Sentence s = sentence(c, sentenceStart);
        return DistractorPicker.pick(c, s, span(c, s, key), 3);
    }

    @Test
    void aMonthAfterADayNumberIsOnlyAMonthThatHasThatDay() {
        Context c = ctx("The firm said profit for the year to 31 March fell sharply. Sales rose in June and July. Costs rose in September and November.");
        List<String> d = pick(c, "The firm said", "March");
        assertThat(d).hasSize(3).doesNotContain("February", "April", "June", "September", "November");
        assertThat(Slots.dayExists("31 September")).isFalse();
        assertThat(Slots.dayExists("March 31")).isTrue();
    }

    @Test
    void aWeekdayInARangeIsNotAsked() {
        Context c = ctx("Pupils would attend from Monday to Thursday, with longer days. The market opens on Saturday and closes on Friday.");
        Sentence s = sentence(c, "Pupils would");
        assertThat(Slots.usable(s, span(c, s, "Monday"))).isFalse();
        assertThat(Slots.usable(s, span(c, s, "Thursday"))).isFalse();
        Sentence o = sentence(c, "The market");
        assertThat(Slots.usable(o, span(c, o, "Saturday"))).isTrue();
    }

    @Test
    void aPartStaysBelowTheWholeTheSentenceStates() {
        Context c = ctx("Repairs to the hall cost £410,000, of which £300,000 came from the council's insurance. The town has 2,500 residents and 6,000 visitors.");
        List<String> d = pick(c, "Repairs to the hall", "£300,000");
        assertThat(d).hasSize(3);
        for (String x : d) assertThat(Slots.value(x)).isLessThan(410_000);
    }

    @Test
    void aValueAfterAFallStaysBelowTheStartingValue() {
        Context c = ctx("The operating margin fell from 9.8 percent to 6.5 percent. Sales grew by 3 percent and costs by 12 percent.");
        Sentence s = sentence(c, "The operating margin");
        Slots.Bounds b = Slots.bounds(s, span(c, s, "6.5 percent"));
        assertThat(b.below()).isEqualTo(9.8);
        Slots.Bounds from = Slots.bounds(s, span(c, s, "9.8 percent"));
        assertThat(from.above()).isEqualTo(6.5);
    }

    @Test
    void aPastEventGetsNoDateAfterTheArticlesLatestYear() {
        Context c = ctx("The old bridge was closed in March 2021 after a flood. The council repaired it in 2022. Engineers inspected it again in 2023.");
        List<String> d = pick(c, "The old bridge", "March 2021");
        assertThat(d).isNotEmpty();
        for (String x : d) assertThat(Slots.year(x)).isLessThanOrEqualTo(2024);
        Sentence s = sentence(c, "The council repaired");
        for (String x : DistractorPicker.pick(c, s, span(c, s, "2022"), 3)) assertThat(Slots.year(x)).isLessThanOrEqualTo(2024);
    }

    @Test
    void distractorsAreWrittenInTheKeysFormat() {
        TypedSpan key = new TypedSpan(SpanType.PERCENT, "24%", 0, 3, "percent", 24, "24%");
        assertThat(Slots.inKeyFormat(key, "20 percent")).isEqualTo("20%");
        assertThat(Slots.inKeyFormat(key, "27.5 percent")).isNull();
        TypedSpan words = new TypedSpan(SpanType.PERCENT, "6.5 percent", 0, 11, "percent", 6.5, "6.5 percent");
        assertThat(Slots.inKeyFormat(words, "12%")).isNull();
        assertThat(Slots.inKeyFormat(words, "9.8%")).isEqualTo("9.8 percent");
        TypedSpan money = new TypedSpan(SpanType.MONEY, "$1.8 million", 0, 12, "dollars", 1.8e6, "$1.8 million");
        assertThat(Slots.inKeyFormat(money, "$900,000")).isNull();
        TypedSpan count = new TypedSpan(SpanType.NUMBER, "2,500", 0, 5, "book", 2500, "2,500");
        assertThat(Slots.inKeyFormat(count, "6000")).isEqualTo("6,000");
    }

    @Test
    void numericDistractorsAreClearlyApartFromTheKey() {
        Context c = ctx("Wells now go down more than 60 metres. The water table averages 63 metres below ground, and the rock is 120 metres thick.");
        List<String> d = pick(c, "Wells now", "60");
        assertThat(d).hasSize(3).doesNotContain("63");
        for (String x : d) assertThat(Math.abs(Slots.value(x) - 60)).isGreaterThanOrEqualTo(12);
    }

    @Test
    void aLeaderIsSwappedOnlyForALeaderOfTheSameCountry() {
        Context c = ctx("Norwegian Prime Minister Anna Berg met Swedish Prime Minister Lars Holm in Oslo. "
                + "Norwegian Prime Minister Kari Dahl had signed the first accord. Swedish Prime Minister Olof Lind praised it. "
                + "Norwegian Prime Minister Per Moen called it fair. Norwegian Prime Minister Sigrid Vik later joined. "
                + "Given the risks facing Sweden and Denmark, Anna Berg spoke first. "
                + "The talks were hosted by Anna Berg and opened with a speech.");
        assertThat(Roles.country(c, "Anna Berg")).isEqualTo("Norway");
        List<String> d = pick(c, "The talks were hosted", "Anna Berg");
        assertThat(d).doesNotContain("Lars Holm", "Olof Lind");
    }

    @Test
    void commonNounGroupsAreNotAskedWithDistractors() {
        Context c = ctx("Some teachers would welcome a three-day weekend. Families who can afford tutors will fill the extra day. Bus drivers and cafeteria workers would lose pay.");
        Sentence s = sentence(c, "Some teachers");
        for (TypedSpan t : c.spans.get(s.index())) if (t.type() == SpanType.GROUP) assertThat(DistractorPicker.pick(c, s, t, 3)).isEmpty();
    }

    @Test
    void unrelatedArticlesImportedTogetherLendNoDistractors() {
        Module a = Fixtures.module("harbour", "Harbour", List.of("A"), Module.Kind.article, List.of(),
                "The ferry left from Dunmore at noon. Dunmore has a small harbour.");
        Module b = Fixtures.module("lighthouse", "Lighthouse", List.of("B"), Module.Kind.article, List.of(),
                "The keepers lived at Carrow and Portbury. Supplies came from Ashby and Kelton.");
        Context c = new Context(a, List.of(a, b));
        Sentence s = sentence(c, "The ferry");
        for (TypedSpan t : c.spans.get(s.index())) if (t.type() == SpanType.PLACE)
            assertThat(DistractorPicker.pick(c, s, t, 3)).doesNotContain("Carrow", "Portbury", "Ashby", "Kelton");
    }

    @Test
    void matchingRolesAreTheWholeTitlePhrase() {
        String t = "Chief executive Priya Raman said so. Finance director Owen Cass warned. \"Fine,\" said Fiona Gray, a consumer goods analyst at Harlow.";
        assertThat(SpanTagger.roleOf(t, t.indexOf("Priya"), t.indexOf("Priya") + 11)).isEqualTo("chief executive");
        assertThat(SpanTagger.roleOf(t, t.indexOf("Owen"), t.indexOf("Owen") + 9)).isEqualTo("finance director");
        assertThat(SpanTagger.roleOf(t, t.indexOf("Fiona"), t.indexOf("Fiona") + 10)).isEqualTo("consumer goods analyst");
    }

    @Test
    void clozeAnswersGivenInThePromptOrByGeneralKnowledgeAreRejected() {
        assertThat(ClozeBuilder.givenInPrompt("As fresh water is drawn down, ____ can move inland, a process called saltwater intrusion.", List.of("salt water", "salt-water"))).isTrue();
        assertThat(ClozeBuilder.givenInPrompt("Near the coast, fresh water pushes back against ____ from the sea.", List.of("salt water"))).isFalse();
        Context c = ctx("A parent who works five days a week cannot stay home. The van visited three times a week.");
        Sentence s = sentence(c, "A parent");
        assertThat(Slots.guessable(s, span(c, s, "five"))).isTrue();
    }

    @Test
    void anIncidentalSourceNamedOnceIsNoClozeKey() {
        Context c = ctx("Own-label brands now account for 38 percent of sales, according to the market research firm Kantara Research. "
                + "The Harlow Trust bought the cottages. The Harlow Trust restored them.");
        List<Candidate> cz = ClozeBuilder.build(c);
        assertThat(cz).noneMatch(q -> q.question().answer().equals("Kantara Research"));
    }

    @Test
    void aPersonSlotTakesOnlyNamesThatArePeopleWithConfidence() {
        Context c = ctx("Brockley Otters beat the holders 2-1 on Saturday. Otters captain Jamie Pryce headed in a corner. "
                + "The striker Omar Reid scored for the visitors. Lena Moss, a nurse, watched from the stand. Castell said the win was deserved.");
        assertThat(Roles.confidentPerson(c, "Brockley Otters")).isFalse();
        assertThat(Roles.confidentPerson(c, "Jamie Pryce")).isTrue();
        assertThat(Roles.confidentPerson(c, "Omar Reid")).isTrue();
        assertThat(Roles.confidentPerson(c, "Lena Moss")).isTrue();
        assertThat(Roles.confidentPerson(c, "River Tane")).isFalse();
    }

    @Test
    void numericDistractorsDoNotAlwaysPutTheKeyInTheMiddle() {
        java.util.Set<Integer> places = new java.util.TreeSet<>();
        for (String k : List.of("40", "212", "37", "90", "1,500", "64", "18", "350")) {
            double v = Double.parseDouble(k.replace(",", ""));
            TypedSpan key = new TypedSpan(SpanType.NUMBER, k, 0, k.length(), "staff", v, k);
            List<Double> all = new java.util.ArrayList<>();
            for (String d : DistractorPicker.synthesize(key).subList(0, 3)) all.add(Double.parseDouble(d.replace(",", "")));
            all.add(v);
            java.util.Collections.sort(all);
            places.add(all.indexOf(v));
        }
        // the key is sometimes the lowest or the highest of the four, not always second or third
        assertThat(places).as("positions of the key").hasSizeGreaterThanOrEqualTo(3).containsAnyOf(0, 3);
    }

    @Test
    void numericDistractorsAreRoundedLikeTheKey() {
        TypedSpan key = new TypedSpan(SpanType.NUMBER, "20,000", 0, 6, "seats", 20000, "20,000");
        assertThat(DistractorPicker.synthesize(key)).allMatch(x -> Long.parseLong(x.replace(",", "")) % 1000 == 0);
        TypedSpan steps = new TypedSpan(SpanType.NUMBER, "250", 0, 3, "kilometres", 250, "250");
        assertThat(DistractorPicker.synthesize(steps)).allMatch(x -> Long.parseLong(x) % 50 == 0);
    }
}
