package org.lectern.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.lectern.db.DatabaseSettings;
import org.lectern.testing.People;
import org.lectern.testing.ServeProcess;
import org.lectern.testing.TestDatabases;
import org.lectern.testing.WebClient;

/**
 * Two {@code serve} processes on one empty PostgreSQL database, started at the same moment (so
 * their migrations race), behave as one site: a browser can be sent to either at any request.
 */
class TwoNodesIT {

    @Test
    void twoProcessesStartedTogetherOnAnEmptyDatabaseServeOneSite() throws Exception {
        try (TestDatabases.Fresh db = TestDatabases.freshPostgres()) {
            DatabaseSettings a = db.settings();
            DatabaseSettings b = new DatabaseSettings(Files.createDirectories(a.dataDir().resolve("node-b")), a.url(),
                    a.user(), a.password());
            try (ServeProcess nodeA = ServeProcess.start(a); ServeProcess nodeB = ServeProcess.start(b)) {
                CompletableFuture<Long> readyA = CompletableFuture.supplyAsync(() -> healthy(nodeA));
                CompletableFuture<Long> readyB = CompletableFuture.supplyAsync(() -> healthy(nodeB));
                System.out.printf("[two nodes] healthy after %d ms and %d ms%n", readyA.get(), readyB.get());

                WebClient onA = WebClient.at(nodeA.baseUrl());
                assertThat(onA.submit("/setup", "/setup", Map.of("name", "Ada", "email", "ada@school.test",
                        "password", People.PASSWORD)).status()).isEqualTo(303);
                assertThat(onA.submit("/admin/instructors", "/admin/instructors", Map.of("name", "Bea",
                        "email", "bea@school.test", "password", People.PASSWORD)).status()).isEqualTo(200);

                // The session made on A works on B, and a form from A is accepted by B.
                WebClient onB = onA.sameBrowserOn(nodeB.baseUrl());
                assertThat(onB.get("/").status()).isEqualTo(200);
                String token = WebClient.csrfFrom(onA.get("/"));
                WebClient.Page created = onB.postRaw("/classes", Map.of("_csrf", token, "name", "Across nodes",
                        "term", "Fall", "section", "A"));
                assertThat(created.status()).isEqualTo(303);
                assertThat(onA.get(created.location()).html().text()).contains("Across nodes");

                // Failed sign-ins count across both processes.
                for (int i = 0; i < 5; i++) {
                    ServeProcess node = i % 2 == 0 ? nodeA : nodeB;
                    assertThat(WebClient.at(node.baseUrl()).submit("/signin", "/signin",
                            Map.of("email", "bea@school.test", "password", "guess " + i)).status()).isEqualTo(401);
                }
                assertThat(WebClient.at(nodeB.baseUrl()).submit("/signin", "/signin",
                        Map.of("email", "bea@school.test", "password", People.PASSWORD)).status()).isEqualTo(429);

                // Signing out on B ends the session on A.
                assertThat(onB.submit("/", "/signout", Map.of()).status()).isEqualTo(303);
                assertThat(onA.get("/").status()).isEqualTo(303);

                nodeA.terminate();
                nodeB.terminate();
                assertThat(nodeA.awaitExit(Duration.ofSeconds(20))).isZero();
                assertThat(nodeB.awaitExit(Duration.ofSeconds(20))).isZero();
            }
        }
    }

    private static long healthy(ServeProcess node) {
        try {
            return node.awaitHealthy(Duration.ofSeconds(90));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
