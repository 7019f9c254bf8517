package org.lectern.ops.bench;

import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;

/**
 * Request latencies in microseconds, recorded from many threads without locks, in log-linear
 * buckets (as HdrHistogram does): exact below 128 µs, then 64 sub-buckets per power of two, so any
 * percentile is within 1.6% of the true value. Covers up to about 2^40 µs.
 */
public final class LatencyHistogram {

    private static final int SUB_BITS = 6;              // 64 sub-buckets per power of two
    private static final int SUB = 1 << SUB_BITS;
    private static final int LINEAR = 2 * SUB;          // values below 128 are their own bucket
    private static final int MAX_EXPONENT = 40;
    private static final int BUCKETS = LINEAR + (MAX_EXPONENT - SUB_BITS) * SUB;

    private final AtomicLongArray counts = new AtomicLongArray(BUCKETS);
    private final LongAdder total = new LongAdder();
    private final LongAdder sum = new LongAdder();

    public void recordNanos(long nanos) {
        record(Math.max(0, nanos / 1_000));
    }

    public void record(long micros) {
        counts.incrementAndGet(index(micros));
        total.increment();
        sum.add(micros);
    }

    public long count() {
        return total.sum();
    }

    public double meanMillis() {
        long n = count();
        return n == 0 ? 0 : sum.sum() / 1000.0 / n;
    }

    /** The latency (ms) at or below which {@code percent} of the recorded requests fall. */
    public double percentileMillis(double percent) {
        long n = count();
        if (n == 0) {
            return 0;
        }
        long rank = Math.max(1, (long) Math.ceil(percent / 100.0 * n));
        long seen = 0;
        for (int i = 0; i < BUCKETS; i++) {
            seen += counts.get(i);
            if (seen >= rank) {
                return upperBound(i) / 1000.0;
            }
        }
        return upperBound(BUCKETS - 1) / 1000.0;
    }

    static int index(long micros) {
        if (micros < LINEAR) {
            return (int) micros;
        }
        int exponent = 63 - Long.numberOfLeadingZeros(micros);       // >= 7
        if (exponent >= MAX_EXPONENT) {
            return BUCKETS - 1;
        }
        int shift = exponent - SUB_BITS;                               // >= 1
        int sub = (int) (micros >>> shift) - SUB;                      // 0..63
        return LINEAR + (exponent - SUB_BITS - 1) * SUB + sub;
    }

    /** The largest value that falls in bucket {@code i}. */
    static long upperBound(int i) {
        if (i < LINEAR) {
            return i;
        }
        int k = i - LINEAR;
        int exponent = k / SUB + SUB_BITS + 1;
        int sub = k % SUB;
        int shift = exponent - SUB_BITS;
        return ((long) (sub + SUB + 1) << shift) - 1;
    }
}
