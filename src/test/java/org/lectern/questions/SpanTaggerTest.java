package org.lectern.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lectern.importing.Module;

class SpanTaggerTest {

    static List<TypedSpan> tag(String s) {
        Module m = Fixtures.module("t", "T", List.of(), Module.Kind.article, List.of(), s);
        return new SpanTagger(m, List.of()).tag(s);
    }

    static String typed(String s, SpanType t) {
        return tag(s).stream().filter(x -> x.type() == t).map(TypedSpan::text).findFirst().orElse(null);
    }

    @Test
    void typedSpansByRulesAndWordLists() {
        String s = "On March 3, 2021, Chancellor Maria Olsen of Denmark told the Nordic Energy Agency that prices rose 12 percent to $4.5 billion over 18 months.";
        assertThat(typed(s, SpanType.DATE)).isEqualTo("March 3, 2021");
        assertThat(typed(s, SpanType.PERSON)).isEqualTo("Maria Olsen");
        assertThat(typed(s, SpanType.PLACE)).isEqualTo("Denmark");
        assertThat(typed(s, SpanType.ORGANISATION)).isEqualTo("Nordic Energy Agency");
        assertThat(typed(s, SpanType.PERCENT)).isEqualTo("12 percent");
        assertThat(typed(s, SpanType.MONEY)).isEqualTo("$4.5 billion");
        TypedSpan n = tag(s).stream().filter(x -> x.type() == SpanType.NUMBER).findFirst().orElseThrow();
        assertThat(n.text()).isEqualTo("18");
        assertThat(n.sub()).isEqualTo("month");
    }

    @Test
    void poundsAndEurosAreMoneyWithTheirUnitAndAmount() {
        String s = "The judge ordered the chain to pay £48,500 in damages, and the stadium cost €1.2bn to build.";
        List<TypedSpan> money = tag(s).stream().filter(x -> x.type() == SpanType.MONEY).toList();
        assertThat(money).extracting(TypedSpan::text).containsExactly("£48,500", "€1.2bn");
        assertThat(money).extracting(TypedSpan::sub).containsExactly("pounds", "euros");
        assertThat(money.get(0).value()).isEqualTo(48_500);
        assertThat(money.get(1).value()).isEqualTo(1.2e9);
        // a comma after the figure is punctuation, not part of it
        assertThat(tag("Repairs cost £410,000, of which £300,000 came from insurance.").stream().filter(x -> x.type() == SpanType.MONEY))
                .extracting(TypedSpan::text).containsExactly("£410,000", "£300,000");
        // the figure is not a bare number as well
        assertThat(tag(s).stream().filter(x -> x.type() == SpanType.NUMBER)).isEmpty();
    }

    @Test
    void acronymDefinitionsAndSurnames() {
        String body = "The Arctic Shipping Council (ASC) met in Oslo. Prime Minister Erik Dahl spoke first. Later, Dahl left early.";
        Module m = Fixtures.module("t", "T", List.of(), Module.Kind.article, List.of(), body);
        SpanTagger t = new SpanTagger(m, List.of());
        assertThat(t.longFormOf("ASC")).isEqualTo("Arctic Shipping Council");
        assertThat(t.fullName("Dahl")).isEqualTo("Erik Dahl");
        assertThat(t.tag("Later, Dahl left early.")).anyMatch(x -> x.type() == SpanType.PERSON && x.text().equals("Dahl"));
    }

    @Test
    void numberDistractorsKeepUnitAndScale() {
        TypedSpan key = new TypedSpan(SpanType.NUMBER, "40", 0, 2, "staff", 40, "40");
        assertThat(DistractorPicker.synthesize(key)).contains("80", "20", "60").allMatch(x -> x.matches("\\d+"));
    }
}
