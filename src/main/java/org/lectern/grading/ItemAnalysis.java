package org.lectern.grading;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Classical item analysis, pure maths: percent correct (mean credit), upper–lower 27% discrimination
 * and point-biserial correlation against each student's total, how often each option was chosen,
 * and flags for questions that look broken. Students are ranked by their total credit over all the
 * items analysed together.
 */
public final class ItemAnalysis {

    /** Flags need at least this many responses to mean anything. */
    public static final int MIN_RESPONSES_FOR_FLAGS = 5;
    public static final double TOO_EASY = 0.95;
    public static final double TOO_HARD = 0.25;
    public static final double GROUP_FRACTION = 0.27;

    /** One student's response to one item: what they chose (or typed) and the credit (0..1). */
    public record Response(long studentId, String choice, double credit) {}

    /** One item: its options (empty for items without choices), the key, and the responses. */
    public record Item(long questionId, List<String> options, String key, List<Response> responses) {}

    public enum Flag {
        TOO_EASY("too easy"), TOO_HARD("too hard"), NEGATIVE_DISCRIMINATION("negative discrimination"),
        DISTRACTOR_BEATS_KEY("a distractor is chosen more than the key");

        public final String label;

        Flag(String label) {
            this.label = label;
        }
    }

    /** An option and how often it was chosen. */
    public record OptionCount(String option, boolean key, int count) {}

    public record Stats(long questionId, int responses, double percentCorrect, Double discrimination,
                        Double pointBiserial, List<OptionCount> options, List<Flag> flags) {
        public boolean flagged() {
            return !flags.isEmpty();
        }
    }

    private ItemAnalysis() {}

    public static List<Stats> analyse(List<Item> items) {
        Map<Long, Double> totals = new HashMap<>();
        for (Item item : items) {
            for (Response r : item.responses()) {
                totals.merge(r.studentId(), r.credit(), Double::sum);
            }
        }
        List<Stats> out = new ArrayList<>();
        for (Item item : items) {
            out.add(analyse(item, totals));
        }
        return out;
    }

    static Stats analyse(Item item, Map<Long, Double> totals) {
        List<Response> rs = item.responses();
        int n = rs.size();
        double p = n == 0 ? 0 : rs.stream().mapToDouble(Response::credit).sum() / n;

        Double discrimination = null;
        Double pointBiserial = null;
        if (n >= 2) {
            List<Response> ranked = new ArrayList<>(rs);
            ranked.sort(Comparator.comparingDouble((Response r) -> -totals.getOrDefault(r.studentId(), 0.0))
                    .thenComparingLong(Response::studentId));
            int g = Math.max(1, (int) Math.round(GROUP_FRACTION * n));
            double upper = ranked.subList(0, g).stream().mapToDouble(Response::credit).average().orElse(0);
            double lower = ranked.subList(n - g, n).stream().mapToDouble(Response::credit).average().orElse(0);
            discrimination = upper - lower;
            pointBiserial = correlation(rs, totals);
        }

        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String o : item.options()) {
            counts.put(o, 0);
        }
        if (!item.options().isEmpty()) {
            for (Response r : rs) {
                if (r.choice() != null && counts.containsKey(r.choice())) {
                    counts.merge(r.choice(), 1, Integer::sum);
                }
            }
        }
        List<OptionCount> options = new ArrayList<>();
        counts.forEach((o, c) -> options.add(new OptionCount(o, o.equals(item.key()), c)));

        List<Flag> flags = new ArrayList<>();
        if (n >= MIN_RESPONSES_FOR_FLAGS) {
            if (p > TOO_EASY) {
                flags.add(Flag.TOO_EASY);
            }
            if (p < TOO_HARD) {
                flags.add(Flag.TOO_HARD);
            }
            if (discrimination != null && discrimination < 0) {
                flags.add(Flag.NEGATIVE_DISCRIMINATION);
            }
            int keyCount = counts.getOrDefault(item.key(), 0);
            if (options.stream().anyMatch(o -> !o.key() && o.count() > keyCount)) {
                flags.add(Flag.DISTRACTOR_BEATS_KEY);
            }
        }
        return new Stats(item.questionId(), n, 100 * p, discrimination, pointBiserial, List.copyOf(options), List.copyOf(flags));
    }

    /** Pearson correlation of item credit with total credit (the point-biserial for right/wrong items). */
    static Double correlation(List<Response> rs, Map<Long, Double> totals) {
        int n = rs.size();
        double mx = 0;
        double my = 0;
        for (Response r : rs) {
            mx += r.credit();
            my += totals.getOrDefault(r.studentId(), 0.0);
        }
        mx /= n;
        my /= n;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (Response r : rs) {
            double dx = r.credit() - mx;
            double dy = totals.getOrDefault(r.studentId(), 0.0) - my;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }
        if (sxx == 0 || syy == 0) {
            return null;
        }
        return sxy / Math.sqrt(sxx * syy);
    }
}
