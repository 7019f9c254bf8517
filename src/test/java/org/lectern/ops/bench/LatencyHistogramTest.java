package org.lectern.ops.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LatencyHistogramTest {

    @Test
    void percentilesOfAUniformSpreadAreWithinTwoPercent() {
        LatencyHistogram h = new LatencyHistogram();
        for (int micros = 1; micros <= 100_000; micros++) {
            h.record(micros);
        }
        assertThat(h.count()).isEqualTo(100_000);
        assertThat(h.percentileMillis(50)).isCloseTo(50.0, within(1.0));
        assertThat(h.percentileMillis(95)).isCloseTo(95.0, within(1.9));
        assertThat(h.percentileMillis(99)).isCloseTo(99.0, within(2.0));
        assertThat(h.meanMillis()).isCloseTo(50.0, within(0.01));
    }

    @Test
    void smallValuesAreExactAndBucketsNeverUnderstate() {
        LatencyHistogram h = new LatencyHistogram();
        h.record(42);
        assertThat(h.percentileMillis(99)).isEqualTo(0.042);
        for (long v : new long[] {127, 128, 129, 1000, 65_535, 1_000_000, 123_456_789}) {
            int i = LatencyHistogram.index(v);
            assertThat(LatencyHistogram.upperBound(i)).as("bucket of " + v).isGreaterThanOrEqualTo(v);
            assertThat(LatencyHistogram.upperBound(i)).as("bucket of " + v).isLessThanOrEqualTo((long) (v * 1.02) + 1);
            if (i > 0) {
                assertThat(LatencyHistogram.upperBound(i - 1)).as("previous bucket of " + v).isLessThan(v);
            }
        }
    }

    @Test
    void anEmptyHistogramReportsZero() {
        assertThat(new LatencyHistogram().percentileMillis(99)).isZero();
    }
}
