package org.lectern.grading;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.lectern.questions.Question;

/**
 * Credit against the answer key, for responses stored as: the chosen option's text (multiple choice,
 * main idea, select evidence), "true"/"false", the typed term (cloze: any accepted form, case and
 * spacing ignored), items one per line in order (ordering: share in the right place), "left=right"
 * one pair per line (matching: share of pairs right). Short answer and discussion need a person.
 */
public final class KeyCredit implements AnswerCredit {

    @Override
    public Optional<BigDecimal> credit(Question q, String response) {
        String r = response == null ? "" : response;
        return switch (q.type()) {
            case multiple_choice, main_idea, select_evidence, true_false -> Optional.of(bool(same(q.answer(), r)));
            case cloze -> Optional.of(bool(same(q.answer(), r) || q.accepted().stream().anyMatch(a -> same(a, r))));
            case ordering -> Optional.of(share(q.items(), lines(r)));
            case matching -> {
                List<String> want = q.pairs().stream().map(p -> p.left() + "=" + p.right()).toList();
                List<String> got = lines(r);
                long right = want.stream().filter(w -> got.stream().anyMatch(g -> same(g, w))).count();
                yield Optional.of(fraction(right, want.size()));
            }
            case short_answer, discussion -> Optional.empty();
        };
    }

    private static BigDecimal share(List<String> want, List<String> got) {
        long right = 0;
        for (int i = 0; i < want.size(); i++) {
            if (i < got.size() && same(want.get(i), got.get(i))) {
                right++;
            }
        }
        return fraction(right, want.size());
    }

    private static BigDecimal fraction(long right, int of) {
        return of == 0 ? BigDecimal.ZERO.setScale(4) : BigDecimal.valueOf(right).divide(BigDecimal.valueOf(of), 4, RoundingMode.HALF_UP);
    }

    private static BigDecimal bool(boolean b) {
        return (b ? BigDecimal.ONE : BigDecimal.ZERO).setScale(4);
    }

    private static List<String> lines(String r) {
        return Arrays.stream(r.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static boolean same(String a, String b) {
        return a != null && b != null && norm(a).equals(norm(b));
    }

    private static String norm(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
