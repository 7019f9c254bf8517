package org.lectern.ops.bench;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.jooq.DSLContext;

/**
 * The load benchmark: a cohort of simulated students over real HTTP with real sessions against
 * one Lectern (loopback only). Phases: create the cohort; warm up; the {@code /health} baseline
 * with as many concurrent clients as students; every student signs in; then one phase per step of
 * the journey, in the journey's order, in which every student repeats that step (the class opening
 * the module at 9:00, then everyone submitting answers at once); then the whole journey mixed, each
 * student going round it; then answers at fixed rates (below); then the durability check. A step's
 * ratio compares its throughput with the baseline's at the same concurrency. Each phase is bounded
 * by time and by request count.
 *
 * <p>Why answers at fixed rates as well: in a saturating phase every one of N students sends the
 * next request the moment the last returns, so latency is N divided by throughput (Little's law:
 * 200 students at 1,000 answers a second wait 200 ms on average) and says little about what a
 * student waits for. A class answering at a given pace is an open loop: answers are sent on a
 * schedule whether or not earlier ones are back, and each is timed from when it was due (so a slow
 * server cannot hide its queue by sending less). The rates are the issue's target, a quarter of the
 * baseline's throughput, and half and three quarters of what the saturating phase reached.
 */
public final class LoadBenchmark {

    /** What to run. {@code database} may be null when the benchmark cannot see the database. */
    public record Options(String baseUrl, int students, Duration phase, Duration warmup, String instructorEmail,
                          String instructorPassword, DSLContext database, String databaseName, long maxRequestsPerPhase) {}

    private final Options options;
    private final HttpClient http;

    public LoadBenchmark(Options options) {
        this.options = options;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newVirtualThreadPerTaskExecutor())
                .build();
        if (!isLoopback(options.baseUrl())) {
            throw new IllegalArgumentException("the benchmark only targets this machine (localhost / 127.0.0.1): "
                    + options.baseUrl());
        }
    }

    /** The durability checks, one per kind of acknowledged write the journey's steps produce. */
    static List<DurabilityCheck> checks() {
        return List.of(DurabilityCheck.signups(), DurabilityCheck.answers(), DurabilityCheck.discussionPosts());
    }

    public BenchReport run() throws Exception {
        String runId = UUID.randomUUID().toString().substring(0, 8);
        StepStats joins = new StepStats("join", Step.Role.OTHER, "signups");
        long t0 = System.nanoTime();
        Cohort cohort = Cohort.create(http, options.baseUrl(), options.students(), options.instructorEmail(),
                options.instructorPassword(), runId, joins);
        joins.phaseLasted(seconds(t0));
        if (cohort.students().isEmpty()) {
            throw new IllegalStateException("no student could join the benchmark class");
        }

        long assignmentId = BenchAssignment.create(cohort);
        cohort.students().forEach(v -> v.remember("assignmentId", assignmentId));
        List<Step> journey = Journeys.repeated();
        Step health = healthStep();
        // Warm-up: JIT, pools, caches. Not recorded.
        runLoop(cohort.students(), List.of(health), options.warmup(), null);
        runLoop(cohort.students(), journey, options.warmup(), null);

        // Every measured phase starts with an unrecorded lead-in of the same requests: a profile
        // showed the JIT recompiling for a new mix at a third of the CPU in a phase's first
        // seconds, which a long-running server has long finished.
        Duration leadIn = options.warmup().dividedBy(4);
        StepStats baseline = stats(health);
        measure(cohort.students(), List.of(health), leadIn, Map.of(health.name(), baseline));

        Step signIn = Journeys.signIn();
        StepStats signIns = stats(signIn);
        long s0 = System.nanoTime();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> all = new ArrayList<>();
            for (Visitor v : cohort.students()) {
                all.add(pool.submit(() -> timed(signIn, v, signIns)));
            }
            for (Future<?> f : all) {
                f.get();
            }
        }
        signIns.phaseLasted(seconds(s0));

        // One saturating phase per step, as the baseline is measured. A step that needs an earlier
        // one's result (the answer forms from the questions page) finds it: phases keep journey order.
        Map<String, StepStats> stepStats = new LinkedHashMap<>();
        for (Step s : journey) {
            StepStats st = stats(s);
            stepStats.put(s.name(), st);
            measure(cohort.students(), List.of(s), leadIn, Map.of(s.name(), st));
        }
        // The journey as students really go through it, every step mixed: requests of any kind.
        StepStats mixed = new StepStats("journey_mixed", Step.Role.OTHER, null);
        Map<String, StepStats> intoMixed = new LinkedHashMap<>();
        for (Step s : journey) {
            intoMixed.put(s.name(), mixed);
        }
        measure(cohort.students(), journey, leadIn, intoMixed);

        List<StepStats> all = new ArrayList<>();
        all.add(joins);
        all.add(signIns);
        all.addAll(stepStats.values());
        all.add(mixed);

        Step answer = journey.stream().filter(s -> s.role() == Step.Role.SUBMIT).findFirst().orElseThrow();
        List<BenchReport.Paced> paced = new ArrayList<>();
        for (double rate : pacedRates(baseline.rps(), stepStats.get(answer.name()).rps())) {
            StepStats st = new StepStats(answer.name() + "@" + Math.round(rate), Step.Role.OTHER, answer.acknowledges());
            paced(cohort.students(), answer, rate, leadIn, null);
            awaitJitIdle(jitWait());
            paced(cohort.students(), answer, rate, options.phase().dividedBy(2), st);
            paced.add(new BenchReport.Paced(rate, st));
        }
        List<StepStats> writers = new ArrayList<>(all);
        paced.forEach(p -> writers.add(p.stats()));

        Map<String, long[]> durability = new LinkedHashMap<>();
        if (options.database() != null) {
            for (DurabilityCheck check : checks()) {
                long acknowledged = check.acknowledged(cohort, writers.stream()
                        .filter(s -> check.kind().equals(s.acknowledges())).mapToLong(StepStats::acknowledged).sum());
                durability.put(check.kind(), new long[] {acknowledged, check.stored(options.database(), cohort)});
            }
        }
        return new BenchReport(options.students(), cohort.students().size(), options.phase().toSeconds(),
                options.databaseName(), baseline, all, paced, durability);
    }

    /** The paced phases' rates, lowest first: the target (a quarter of the baseline) and half and three quarters of the saturated rate. */
    static List<Double> pacedRates(double baselineRps, double saturatedRps) {
        return java.util.stream.Stream.of(BenchReport.SUBMIT_TARGET_RATIO * baselineRps, 0.5 * saturatedRps, 0.75 * saturatedRps)
                .filter(r -> r >= 1).map(r -> (double) Math.round(r)).distinct().sorted().toList();
    }

    /**
     * {@code step} sent at {@code rate} a second for {@code length}, by the students in turn, each
     * on its own virtual thread whether or not earlier ones have returned (open loop), timed from
     * when it was due. With {@code into} null nothing is recorded (lead-in).
     */
    private void paced(List<Visitor> students, Step step, double rate, Duration length, StepStats into) throws Exception {
        List<Visitor> able = students.stream().filter(v -> step.times(v) > 0).toList();
        if (able.isEmpty()) {
            return;
        }
        long interval = (long) (1e9 / rate);
        long start = System.nanoTime();
        long end = start + length.toNanos();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (long k = 0; ; k++) {
                long due = start + k * interval;
                if (due >= end || k >= options.maxRequestsPerPhase()) {
                    break;
                }
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    java.util.concurrent.locks.LockSupport.parkNanos(wait);
                }
                Visitor v = able.get((int) (k % able.size()));
                pool.submit(() -> timedFrom(due, step, v, into));
            }
        }
        if (into != null) {
            // the schedule's length: what was sent in it, however long the last ones took to return
            into.phaseLasted(length.toNanos() / 1e9);
        }
    }

    private static StepStats stats(Step s) {
        return new StepStats(s.name(), s.role(), s.acknowledges());
    }

    /** An unrecorded lead-in of {@code steps}, then the recorded phase once the JIT has caught up. */
    private void measure(List<Visitor> students, List<Step> steps, Duration leadIn, Map<String, StepStats> stats)
            throws Exception {
        runLoop(students, steps, leadIn, null);
        awaitJitIdle(jitWait());
        runLoop(students, steps, options.phase(), stats);
    }

    /** The longest wait for the JIT after a lead-in. */
    static final Duration JIT_IDLE_WAIT = Duration.ofSeconds(10);

    /** No wait when the warm-up is turned off ({@code --warmup-seconds 0}): nothing was made hot to compile. */
    private Duration jitWait() {
        return options.warmup().isZero() ? Duration.ZERO : JIT_IDLE_WAIT;
    }

    /**
     * Waits, up to {@code max}, until this JVM's JIT compiler has been idle for half a second. A
     * lead-in makes a phase's code hot; its compilations then ran on into the measured seconds (a
     * profile had the compiler at a fifth to a third of the CPU in the /health and answer phases),
     * which a server that has been up for a while has long finished. Only the benchmark's own
     * server is in this JVM: against {@code --url} this waits for nothing that matters.
     */
    static void awaitJitIdle(Duration max) throws InterruptedException {
        java.lang.management.CompilationMXBean jit = java.lang.management.ManagementFactory.getCompilationMXBean();
        if (max.isZero() || jit == null || !jit.isCompilationTimeMonitoringSupported()) {
            return;
        }
        long deadline = System.nanoTime() + max.toNanos();
        long last = jit.getTotalCompilationTime();
        for (int idle = 0; idle < 2 && System.nanoTime() < deadline; ) {
            Thread.sleep(250);
            long now = jit.getTotalCompilationTime();
            idle = now == last ? idle + 1 : 0;
            last = now;
        }
    }

    /**
     * Every visitor runs the steps in order, round and round, until the phase's time is up or the
     * phase's request budget is spent. With {@code stats} null nothing is recorded (warm-up).
     */
    private void runLoop(List<Visitor> visitors, List<Step> steps, Duration length, Map<String, StepStats> stats)
            throws Exception {
        long deadline = System.nanoTime() + length.toNanos();
        AtomicLong budget = new AtomicLong(options.maxRequestsPerPhase());
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> all = new ArrayList<>();
            for (Visitor v : visitors) {
                all.add(pool.submit(() -> {
                    while (System.nanoTime() < deadline) {
                        for (Step s : steps) {
                            for (int k = s.times(v); k > 0; k--) {
                                if (System.nanoTime() >= deadline || budget.decrementAndGet() < 0) {
                                    return null;
                                }
                                timed(s, v, stats == null ? null : stats.get(s.name()));
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : all) {
                f.get();
            }
        }
        if (stats != null) {
            double secs = seconds(start);
            stats.values().forEach(s -> s.phaseLasted(secs));
        }
    }

    private static Void timed(Step step, Visitor v, StepStats into) {
        return timedFrom(System.nanoTime(), step, v, into);
    }

    /** Performs the step once and records it from {@code t0} (when it started, or when it was due). */
    private static Void timedFrom(long t0, Step step, Visitor v, StepStats into) {
        Step.Outcome outcome;
        try {
            outcome = step.perform(v);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            outcome = Step.Outcome.failure();
        } catch (Exception e) {
            outcome = Step.Outcome.failure();
        }
        if (into != null) {
            into.record(System.nanoTime() - t0, outcome.succeeded(), outcome.acknowledged());
        }
        return null;
    }

    private static Step healthStep() {
        return new Step() {
            public String name() {
                return "health";
            }

            public Role role() {
                return Role.OTHER;
            }

            public Outcome perform(Visitor v) throws Exception {
                return Outcome.of(v.get("/health").status() == 200);
            }
        };
    }

    private static double seconds(long fromNanos) {
        return (System.nanoTime() - fromNanos) / 1e9;
    }

    static boolean isLoopback(String url) {
        try {
            String host = java.net.URI.create(url).getHost();
            return host != null && java.net.InetAddress.getByName(host).isLoopbackAddress();
        } catch (Exception e) {
            return false;
        }
    }
}
