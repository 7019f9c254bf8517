package org.lectern.ops.bench;

import java.util.concurrent.atomic.LongAdder;

/** What one step did during a phase: latencies, errors, acknowledged writes. Thread-safe. */
public final class StepStats {

    private final String name;
    private final Step.Role role;
    private final String acknowledges;
    private final LatencyHistogram latency = new LatencyHistogram();
    private final LongAdder errors = new LongAdder();
    private final LongAdder acknowledged = new LongAdder();
    private volatile double seconds;

    StepStats(String name, Step.Role role, String acknowledges) {
        this.name = name;
        this.role = role;
        this.acknowledges = acknowledges;
    }

    void record(long nanos, boolean ok, int acknowledgedWrites) {
        latency.recordNanos(nanos);
        if (!ok) {
            errors.increment();
        }
        acknowledged.add(acknowledgedWrites);
    }

    void phaseLasted(double phaseSeconds) {
        this.seconds = phaseSeconds;
    }

    public String name() {
        return name;
    }

    public Step.Role role() {
        return role;
    }

    /** The kind of write this step's acknowledgements are ("signups", "answers"), or null. */
    public String acknowledges() {
        return acknowledges;
    }

    public long count() {
        return latency.count();
    }

    public long errors() {
        return errors.sum();
    }

    public long acknowledged() {
        return acknowledged.sum();
    }

    public double rps() {
        return seconds <= 0 ? 0 : count() / seconds;
    }

    public double p(double percent) {
        return latency.percentileMillis(percent);
    }

    public double meanMillis() {
        return latency.meanMillis();
    }
}
