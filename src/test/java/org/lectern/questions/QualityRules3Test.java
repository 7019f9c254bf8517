package org.lectern.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lectern.importing.Module;

/** Round-three quality rules, on hand-made texts. */
class QualityRules3Test {

    @Test
    void organisationsAreSubTypedByHeadWordsAndCues() {
        assertThat(DistractorPicker.orgKind(null, "Ministry of Defence", "")).isEqualTo("government");
        assertThat(DistractorPicker.orgKind(null, "Japanese Defense Ministry", "")).isEqualTo("government");
        assertThat(DistractorPicker.orgKind(null, "ASEAN", "")).isEqualTo("international");
        assertThat(DistractorPicker.orgKind(null, "World Trade Organization", "")).isEqualTo("international");
        assertThat(DistractorPicker.orgKind(null, "Green Harbour Party", "")).isEqualTo("party");
        assertThat(DistractorPicker.orgKind(null, "James Cook University", "")).isEqualTo("academic");
        assertThat(DistractorPicker.orgKind(null, "European Central Bank", "")).isEqualTo("central_bank");
        assertThat(DistractorPicker.orgKind(null, "Silicon Valley Bank", "")).isEqualTo("company");
        assertThat(DistractorPicker.orgKind(null, "Nordpoll", "A survey by the polling firm ")).isEqualTo("company");
        assertThat(DistractorPicker.orgKind(null, "Nordpoll", "")).isNull();
    }

    @Test
    void riskAndContrastNeedAClauseLevelConstruction() {
        assertThat(DiscussionBuilder.RISK.matcher("Given the risks facing both countries, the leader is expected to remain committed.").find()).isFalse();
        assertThat(DiscussionBuilder.RISK.matcher("Drought poses a serious risk to the farms along the river.").find()).isTrue();
        assertThat(DiscussionBuilder.RISK.matcher("Chemicals remove particles that would damage the membranes.").find()).isFalse();
        assertThat(DiscussionBuilder.RISK.matcher("Higher tariffs could undermine the trade system.").find()).isTrue();
        assertThat(DiscussionBuilder.CONTRAST_CLAUSE.matcher("The membrane lets water molecules pass but holds back salt.").find()).isFalse();
        assertThat(DiscussionBuilder.CONTRAST_CLAUSE.matcher("Critics say the date is optimistic, but supporters reply that the city cannot wait.").find()).isTrue();
        assertThat(DiscussionBuilder.CONTRAST_CLAUSE.matcher("While the plan is costly, it will cut traffic.").find()).isTrue();
    }

    @Test
    void appositiveRolesAndPronounGender() {
        assertThat(Roles.after("Jane Doe, the Chair of the Board, said so.", 8)).isEqualTo("chair");
        assertThat(DistractorPicker.pronounGender(" will need to focus on securing her position.")).isEqualTo("f");
        assertThat(DistractorPicker.pronounGender(" said the plan would work.")).isNull();
    }

    @Test
    void selectEvidenceClaimsMustDifferFromTheSentence() {
        String sentence = "Pope Leo X excommunicated Luther in 1521, but the printed pamphlets had already reached readers across the empire.";
        assertThat(SelectEvidenceBuilder.different("According to the article, the printed pamphlets had already reached readers across the empire.", sentence)).isFalse();
        assertThat(SelectEvidenceBuilder.different("According to the article, the pamphlets had reached readers across the empire.", sentence)).isTrue();
    }

    static final String BODY = """
            ## Water Talks

            In 1994, the governments of Norway and Sweden agreed to seek greater cooperation on river data. Heat stress on the river grew every summer. Greater cooperation was slow to come, and officials met only twice a year. A second event followed in 2003. Heat stress returned in 2011 when the river fell to its lowest level in a century.

            ## Later Years

            In 2015, the two governments signed a new accord to share flood warnings. The Nordic Water Ministry also reported that the river had fallen again. Farmers should plant crops that need less water. As a result of the new accord, both countries publish monthly reports on river levels for the public.
            """;

    @Test
    void clozeKeysAreTermsAndVariantsAreWellFormed() {
        Module m = Fixtures.module("water-talks", "Water Talks", List.of("Ann Reed"), Module.Kind.article, List.of(), BODY);
        List<Question> qs = new BuiltInQuestionGenerator().generate(m, List.of(m));
        for (Question q : qs) {
            if (q.type() == QuestionType.cloze) {
                assertThat(q.answer()).isNotEqualToIgnoringCase("greater cooperation");
                assertThat(q.accepted()).noneMatch(a -> a.endsWith("sss"));
            }
            if (q.type() == QuestionType.ordering) {
                for (String item : q.items()) assertThat(Text.contentWords(item).size()).as(item).isGreaterThanOrEqualTo(4);
            }
        }
        assertThat(ClozeBuilder.variants(new Context(m, List.of(m)), "heat stress")).contains("heat stresses").doesNotContain("heat stresss");
    }
}
