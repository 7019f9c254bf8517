package org.lectern.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.lectern.db.Database;
import org.lectern.testing.AnswerSubmissions;
import org.lectern.testing.DatabaseTest;
import org.lectern.testing.ServeProcess;
import org.lectern.testing.StudentSignups;
import org.lectern.testing.TestDatabases;
import org.lectern.testing.WriteWorkload;

/**
 * Kill -9 in the middle of a stream of acknowledged writes, restart on the same database, and find
 * every acknowledged write there and no half-done ones. Runs on H2 and on PostgreSQL.
 */
@DatabaseTest
class CrashSafetyIT {

    static final int WORKERS = 6;
    static final int ACKNOWLEDGED_BEFORE_KILL = 40;

    @Test
    void everyAcknowledgedSignupSurvivesASigkillAndTheDatabaseStaysConsistent() throws Exception {
        assertSurvivesSigkill(new StudentSignups());
    }

    @Test
    void everyAcknowledgedAnswerSurvivesASigkillAndResultsMatchTheAttempts() throws Exception {
        assertSurvivesSigkill(new AnswerSubmissions());
    }

    static void assertSurvivesSigkill(WriteWorkload workload) throws Exception {
        try (TestDatabases.Fresh db = TestDatabases.fresh()) {
            Queue<String> acknowledged = new ConcurrentLinkedQueue<>();
            AtomicInteger attempts = new AtomicInteger();
            AtomicInteger failures = new AtomicInteger();
            try (ServeProcess serve = ServeProcess.start(db.settings())) {
                serve.awaitHealthy(Duration.ofSeconds(60));
                workload.prepare(serve.baseUrl());

                AtomicBoolean stop = new AtomicBoolean();
                AtomicInteger next = new AtomicInteger();
                try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
                    List<Future<?>> workers = new ArrayList<>();
                    for (int w = 0; w < WORKERS; w++) {
                        workers.add(pool.submit(() -> {
                            while (!stop.get()) {
                                int n = next.incrementAndGet();
                                attempts.incrementAndGet();
                                try {
                                    String key = workload.write(serve.baseUrl(), n);
                                    if (key != null) {
                                        acknowledged.add(key);
                                    }
                                } catch (RuntimeException e) {
                                    failures.incrementAndGet(); // connection refused/reset once killed
                                    Thread.sleep(20);
                                }
                            }
                            return null;
                        }));
                    }
                    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
                    while (acknowledged.size() < ACKNOWLEDGED_BEFORE_KILL && System.nanoTime() < deadline) {
                        Thread.sleep(10);
                    }
                    serve.kill(); // SIGKILL while the workers are mid-request
                    assertThat(serve.awaitExit(Duration.ofSeconds(10))).as("killed").isNotZero();
                    Thread.sleep(500); // writes in flight fail now; none of them was acknowledged
                    stop.set(true);
                    for (Future<?> f : workers) {
                        f.get();
                    }
                }
            }
            System.out.printf("[crash] %s: %d writes attempted, %d acknowledged before SIGKILL, %d failed%n",
                    TestDatabases.postgresSelected() ? "PostgreSQL" : "H2", attempts.get(), acknowledged.size(),
                    failures.get());
            assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_KILL);

            // Restart on the same database: it recovers, and what was acknowledged works.
            String last;
            boolean usable;
            try (ServeProcess again = ServeProcess.start(db.settings())) {
                again.awaitHealthy(Duration.ofSeconds(60));
                last = List.copyOf(acknowledged).getLast();
                usable = workload.usableAfterRestart(again.baseUrl(), last);
                again.terminate();
                assertThat(again.awaitExit(Duration.ofSeconds(20))).isZero();
            }

            try (Database reopened = Database.open(db.settings())) {
                assertThat(workload.missing(reopened.dsl(), acknowledged)).as("acknowledged but lost").isEmpty();
                assertThat(workload.inconsistencies(reopened.dsl())).as("half-done writes").isEmpty();
            }
            assertThat(usable).as("usable after restart: " + last).isTrue();
        }
    }
}
