package org.lectern.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lectern.grading.ItemAnalysis.Flag;
import org.lectern.grading.ItemAnalysis.Item;
import org.lectern.grading.ItemAnalysis.Response;
import org.lectern.grading.ItemAnalysis.Stats;

/**
 * Ten students, five items, numbers worked out by hand. Totals (credit over all items, D and E
 * shift everyone equally): s1–s4 = 3, s5, s6, s7, s10 = 2, s8, s9 = 1. Ranked by total then id:
 * upper 27% (3 students) = s1, s2, s3; lower = s10, s8, s9.
 */
class ItemAnalysisTest {

    // Item A, key "a": s1–s5 right; s6 b, s7 b, s8 c, s9 b, s10 d.
    static final Item A = item(1, List.of("a", "b", "c", "d"), "a",
            "a", "a", "a", "a", "a", "b", "b", "c", "b", "d");
    // Item B, key "x": s4, s6, s7, s10 right; the rest chose y except s5 (z).
    static final Item B = item(2, List.of("x", "y", "z"), "x",
            "y", "y", "y", "x", "z", "x", "x", "y", "y", "x");
    // Item C, typed answer: s1–s3 right.
    static final Item C = typed(3, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0);
    // Item D: everyone right. Item E: everyone wrong.
    static final Item D = typed(4, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1);
    static final Item E = typed(5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    static final List<Stats> STATS = ItemAnalysis.analyse(List.of(A, B, C, D, E));

    @Test
    void percentCorrectIsTheMeanCredit() {
        assertThat(STATS).extracting(Stats::percentCorrect).containsExactly(50.0, 40.0, 30.0, 100.0, 0.0);
    }

    @Test
    void discriminationIsUpperGroupMinusLowerGroup() {
        assertThat(STATS.get(0).discrimination()).isCloseTo(1.0, within(1e-9));
        assertThat(STATS.get(1).discrimination()).isCloseTo(-1.0 / 3, within(1e-9));
        assertThat(STATS.get(2).discrimination()).isCloseTo(1.0, within(1e-9));
        assertThat(STATS.get(3).discrimination()).isCloseTo(0.0, within(1e-9));
    }

    @Test
    void pointBiserialCorrelatesItemCreditWithTotal() {
        // x = 1,1,1,1,1,0,0,0,0,0; y = 3,3,3,3,2,2,2,1,1,2: sxy = 3.0, sxx = 2.5, syy = 5.6.
        assertThat(STATS.get(0).pointBiserial()).isCloseTo(3.0 / Math.sqrt(14.0), within(1e-9));
        assertThat(STATS.get(3).pointBiserial()).as("no variance, no correlation").isNull();
    }

    @Test
    void everyOptionIsCountedWithTheKeyMarked() {
        assertThat(STATS.get(0).options()).containsExactly(
                new ItemAnalysis.OptionCount("a", true, 5), new ItemAnalysis.OptionCount("b", false, 3),
                new ItemAnalysis.OptionCount("c", false, 1), new ItemAnalysis.OptionCount("d", false, 1));
        assertThat(STATS.get(2).options()).isEmpty();
    }

    @Test
    void brokenLookingQuestionsAreFlagged() {
        assertThat(STATS.get(0).flags()).isEmpty();
        assertThat(STATS.get(1).flags()).containsExactly(Flag.NEGATIVE_DISCRIMINATION, Flag.DISTRACTOR_BEATS_KEY);
        assertThat(STATS.get(2).flags()).isEmpty();
        assertThat(STATS.get(3).flags()).containsExactly(Flag.TOO_EASY);
        assertThat(STATS.get(4).flags()).containsExactly(Flag.TOO_HARD);
    }

    @Test
    void tooFewResponsesRaiseNoFlags() {
        Item few = typed(9, 0, 0, 0);
        assertThat(ItemAnalysis.analyse(List.of(few)).get(0).flags()).isEmpty();
    }

    static Item item(long id, List<String> options, String key, String... choices) {
        List<Response> rs = new ArrayList<>();
        for (int i = 0; i < choices.length; i++) {
            rs.add(new Response(i + 1, choices[i], choices[i].equals(key) ? 1 : 0));
        }
        return new Item(id, options, key, rs);
    }

    static Item typed(long id, int... credits) {
        List<Response> rs = new ArrayList<>();
        for (int i = 0; i < credits.length; i++) {
            rs.add(new Response(i + 1, null, credits[i]));
        }
        return new Item(id, List.of(), null, rs);
    }
}
