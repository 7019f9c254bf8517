package org.lectern.ops.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The benchmark's results: a table for people, one JSON object for tools. */
public final class BenchReport {

    /** The target for answers: a quarter of the baseline's throughput ... */
    static final double SUBMIT_TARGET_RATIO = 0.25;
    /** ... with p99 under this. */
    static final double SUBMIT_TARGET_P99_MS = 100;

    /** Answers sent at a fixed rate (see LoadBenchmark): the rate offered and what came of it. */
    record Paced(double offeredRps, StepStats stats) {
        boolean withinTarget() {
            return stats.errors() == 0 && stats.count() > 0 && stats.p(99) < SUBMIT_TARGET_P99_MS;
        }
    }

    private final int studentsAsked;
    private final int students;
    private final long seconds;
    private final String database;
    private final StepStats baseline;
    private final List<StepStats> steps;
    private final List<Paced> paced;
    private final Map<String, long[]> durability;

    BenchReport(int studentsAsked, int students, long seconds, String database, StepStats baseline, List<StepStats> steps,
                List<Paced> paced, Map<String, long[]> durability) {
        this.paced = paced;
        this.studentsAsked = studentsAsked;
        this.students = students;
        this.seconds = seconds;
        this.database = database;
        this.baseline = baseline;
        this.steps = steps;
        this.durability = durability;
    }

    /**
     * Errors at the class's load: the baseline and the steps. The paced phases' errors are counted
     * apart ({@link #pacedErrors}): a rate beyond what the server can take is turned away with 503s
     * by design, and finding that rate is what those phases are for.
     */
    public long errors() {
        return baseline.errors() + steps.stream().mapToLong(StepStats::errors).sum() + (studentsAsked - students);
    }

    public long pacedErrors() {
        return paced.stream().mapToLong(p -> p.stats().errors()).sum();
    }

    /** Acknowledged writes not found in the database (0 when durable, or when it was not checked). */
    public long lostWrites() {
        return durability.values().stream().mapToLong(v -> Math.max(0, v[0] - v[1])).sum();
    }

    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("students", students);
        m.put("seconds", seconds);
        m.put("database", database);
        m.put("baseline_rps", round(baseline.rps()));
        m.put("baseline_p99_ms", round(baseline.p(99)));
        headline(m, Step.Role.PAGE, "page");
        headline(m, Step.Role.SUBMIT, "submit");
        // The highest paced rate answered with p99 under the target, and its share of the baseline.
        double within = paced.stream().filter(Paced::withinTarget).mapToDouble(Paced::offeredRps).max().orElse(0);
        m.put("submit_paced_rps_p99_under_100ms", round(within));
        m.put("submit_paced_ratio_p99_under_100ms", ratio(within));
        List<Map<String, Object>> rates = new ArrayList<>();
        for (Paced p : paced) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("offered_rps", round(p.offeredRps()));
            r.put("offered_ratio", ratio(p.offeredRps()));
            r.putAll(step(p.stats()));
            rates.add(r);
        }
        m.put("paced_answers", rates);
        m.put("paced_errors", pacedErrors());
        m.put("errors", errors());
        durability.forEach((kind, v) -> {
            m.put("acknowledged_" + kind, v[0]);
            m.put("stored_" + kind, v[1]);
        });
        m.put("lost_writes", durability.isEmpty() ? null : lostWrites());
        Map<String, Object> perStep = new LinkedHashMap<>();
        perStep.put("health", step(baseline));
        steps.forEach(s -> perStep.put(s.name(), step(s)));
        m.put("steps", perStep);
        return m;
    }

    /** page_rps / page_ratio / page_p99_ms (and submit_…) once steps of that role exist. */
    private void headline(Map<String, Object> m, Step.Role role, String prefix) {
        List<StepStats> of = steps.stream().filter(s -> s.role() == role).toList();
        if (of.isEmpty()) {
            return;
        }
        double rps = of.stream().mapToDouble(StepStats::rps).sum();
        m.put(prefix + "_rps", round(rps));
        m.put(prefix + "_ratio", ratio(rps));
        m.put(prefix + "_p99_ms", round(of.stream().mapToDouble(s -> s.p(99)).max().orElse(0)));
    }

    private Map<String, Object> step(StepStats s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("count", s.count());
        m.put("errors", s.errors());
        m.put("rps", round(s.rps()));
        m.put("p50_ms", round(s.p(50)));
        m.put("p95_ms", round(s.p(95)));
        m.put("p99_ms", round(s.p(99)));
        m.put("ratio", ratio(s.rps()));
        return m;
    }

    public String toJson() {
        try {
            return new ObjectMapper().writeValueAsString(toMap());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public String toTable() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "Lectern load benchmark: %d students, %d s per phase, %s%n%n", students, seconds,
                database));
        b.append(String.format(Locale.ROOT, "%-14s %9s %7s %9s %9s %9s %9s %8s%n", "step", "requests", "errors",
                "req/s", "p50 ms", "p95 ms", "p99 ms", "vs base"));
        row(b, "health (base)", baseline);
        steps.forEach(s -> row(b, s.name(), s));
        if (!paced.isEmpty()) {
            b.append(String.format(Locale.ROOT, "%nanswers at a fixed rate (open loop, timed from when due; answer@R = R a second):%n"));
            for (Paced p : paced) {
                b.append(String.format(Locale.ROOT, "  %.0f/s offered (%.0f%% of base): p50 %.1f ms, p99 %.1f ms, %d errors%s%n",
                        p.offeredRps(), 100 * ratio(p.offeredRps()), p.stats().p(50), p.stats().p(99), p.stats().errors(),
                        p.withinTarget() ? "" : "  (not within p99 " + (int) SUBMIT_TARGET_P99_MS + " ms, no errors)"));
            }
        }
        b.append(String.format(Locale.ROOT, "%nerrors: %d%n", errors()));
        if (durability.isEmpty()) {
            b.append("durability: not checked (the benchmark cannot see the database; pass --db-url)\n");
        }
        durability.forEach((kind, v) -> b.append(String.format(Locale.ROOT, "durability: %d %s acknowledged, %d stored%s%n",
                v[0], kind, v[1], v[0] == v[1] ? "" : "  <-- LOST " + (v[0] - v[1]))));
        return b.toString();
    }

    private void row(StringBuilder b, String name, StepStats s) {
        b.append(String.format(Locale.ROOT, "%-14s %9d %7d %9.1f %9.1f %9.1f %9.1f %7.0f%%%n", name, s.count(), s.errors(),
                s.rps(), s.p(50), s.p(95), s.p(99), baseline.rps() == 0 ? 0 : 100 * s.rps() / baseline.rps()));
    }

    /** A step's throughput as a share of the baseline's, to three places. */
    private double ratio(double rps) {
        return baseline.rps() == 0 ? 0 : Math.round(rps / baseline.rps() * 1000) / 1000.0;
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
