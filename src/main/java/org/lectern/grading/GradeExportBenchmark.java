package org.lectern.grading;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Grade export at scale without a database: 10,000 students × 50 assignments streamed through the
 * real CSV writer to a counting sink. For {@code lectern bench}; reports rows/s and peak heap growth.
 */
public final class GradeExportBenchmark {

    public record Result(long rows, long bytes, double seconds, long heapDeltaBytes) {
        public double rowsPerSecond() {
            return rows / Math.max(seconds, 1e-9);
        }

        @Override
        public String toString() {
            return String.format("grade export: %,d cells, %,d bytes in %.2f s (%,.0f rows/s), peak heap +%,d KB",
                    rows, bytes, seconds, rowsPerSecond(), heapDeltaBytes / 1024);
        }
    }

    private GradeExportBenchmark() {}

    public static Result run() {
        return run(10_000, 50, GradeExport.Format.long_);
    }

    public static Result run(int students, int assignmentCount, GradeExport.Format format) {
        List<GradeExport.Column> columns = new ArrayList<>();
        for (int a = 0; a < assignmentCount; a++) {
            columns.add(new GradeExport.Column(a + 1, "Assignment " + (a + 1), BigDecimal.valueOf(15)));
        }
        OffsetDateTime now = OffsetDateTime.now();
        ReviewRepository synthetic = new ReviewRepository(null) {
            @Override
            public void streamCells(long classId, java.util.function.Consumer<Cell> sink) {
                for (int s = 0; s < students; s++) {
                    for (int a = 0; a < assignmentCount; a++) {
                        sink.accept(new Cell(s + 1, "Student " + s, "s" + s + "@example.test", "A", a + 1, "submitted",
                                BigDecimal.valueOf((s * 31 + a * 7) % 16), null, null, 1, now, (s + a) % 9 == 0, now));
                    }
                }
            }
        };
        long[] bytes = {0};
        OutputStream sink = new OutputStream() {
            @Override
            public void write(int b) {
                bytes[0]++;
            }

            @Override
            public void write(byte[] b, int off, int len) {
                bytes[0] += len;
            }
        };
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long before = rt.totalMemory() - rt.freeMemory();
        long[] peak = {before};
        Thread sampler = Thread.ofPlatform().daemon().start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak[0] = Math.max(peak[0], rt.totalMemory() - rt.freeMemory());
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        long t0 = System.nanoTime();
        new GradeExport(synthetic).write(1, columns, format, sink);
        double seconds = (System.nanoTime() - t0) / 1e9;
        sampler.interrupt();
        return new Result((long) students * assignmentCount, bytes[0], seconds, Math.max(0, peak[0] - before));
    }
}
