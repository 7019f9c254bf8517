package org.lectern.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.lectern.cli.Main;
import org.lectern.db.Database;
import org.lectern.testing.AnswerSubmissions;
import org.lectern.testing.TestDatabases;
import org.lectern.testing.TestServer;

/** A server on H2 backs itself up while students keep answering, so a school never has to stop it. */
class ScheduledBackupsTest {

    @Test
    void backupsTakenWhileStudentsAnswerRestoreConsistentAndTheLastHoldsEveryAcknowledgedAnswer() throws Exception {
        Path dir = Files.createTempDirectory("lectern-scheduled-backups-");
        AnswerSubmissions workload = new AnswerSubmissions();
        List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
        try (TestServer server = TestServer.start(s -> s.withBackups(
                new ScheduledBackups.Schedule(dir, Duration.ofMillis(200), 3)))) {
            String base = server.url("");
            workload.prepare(base);
            ExecutorService students = Executors.newFixedThreadPool(3);
            List<Future<?>> running = new ArrayList<>();
            long until = System.nanoTime() + Duration.ofMillis(1500).toNanos();
            for (int t = 0; t < 3; t++) {
                int thread = t;
                running.add(students.submit(() -> {
                    for (int n = thread; System.nanoTime() < until; n += 3) {
                        String key = workload.write(base, n);
                        if (key != null) {
                            acknowledged.add(key);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
            students.shutdown();
            // The next backup after the last acknowledged answer must hold all of them.
            List<Path> before = backups(dir);
            waitForBackupAfter(dir, before.isEmpty() ? "" : before.get(before.size() - 1).getFileName().toString());
            assertThat(acknowledged).as("answers saved during the backups").isNotEmpty();
        }
        // Stopped, so the folder holds still; its newest backup was taken after the last answer.
        List<Path> kept = backups(dir);
        assertThat(kept).as("only the newest three are kept").hasSizeBetween(1, 3);
        Path last = kept.get(kept.size() - 1);
        for (Path backup : kept) {
            try (TestDatabases.Fresh target = TestDatabases.freshH2()) {
                assertThat(Main.run("restore", "--data", target.settings().dataDir().toString(),
                        "--from", backup.toString())).as("restore " + backup.getFileName()).isZero();
                try (Database restored = Database.open(target.settings())) {
                    assertThat(workload.inconsistencies(restored.dsl())).as("half-done writes in " + backup).isEmpty();
                    if (backup.equals(last)) {
                        assertThat(workload.missing(restored.dsl(), acknowledged)).as("acknowledged but not in the last backup")
                                .isEmpty();
                    }
                }
            }
        }
    }

    @Test
    void aScheduleOfZeroTakesNoBackups() throws Exception {
        Path dir = Files.createTempDirectory("lectern-no-backups-");
        try (TestServer server = TestServer.start(s -> s.withBackups(new ScheduledBackups.Schedule(dir, Duration.ZERO, 7)))) {
            Thread.sleep(300);
            assertThat(server.client().get("/health").status()).isEqualTo(200);
        }
        assertThat(backups(dir)).isEmpty();
    }

    private static void waitForBackupAfter(Path dir, String previousName) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            List<Path> now = backups(dir);
            if (!now.isEmpty() && now.get(now.size() - 1).getFileName().toString().compareTo(previousName) > 0) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no backup appeared in " + dir);
    }

    private static List<Path> backups(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".zip")).sorted().toList();
        }
    }
}
