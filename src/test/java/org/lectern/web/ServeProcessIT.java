package org.lectern.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lectern.db.DatabaseSettings;
import org.lectern.testing.People;
import org.lectern.testing.ServeProcess;
import org.lectern.testing.TestDatabases;
import org.lectern.testing.WebClient;

/** {@code java -jar lectern.jar serve} as a real process: how fast it starts and how it stops. */
class ServeProcessIT {

    /**
     * Starts and restarts report how long they took; the 3-second target is measured by
     * {@code lectern bench startup}, not asserted here (timing on a shared machine is no test).
     */
    @Test
    void aServerStartsAndRestartsOnTheSameDatabaseAndReportsHowLongItTook() throws Exception {
        try (TestDatabases.Fresh db = TestDatabases.freshH2()) {
            // The first start of a data directory creates and migrates the database...
            try (ServeProcess first = ServeProcess.start(db.settings())) {
                long ms = first.awaitHealthy(Duration.ofSeconds(60));
                System.out.println("[startup] first start (new database, migrations, library load): " + ms + " ms");
                first.terminate();
                assertThat(first.awaitExit(Duration.ofSeconds(20))).isZero();
            }
            // ...every later start is what a restart or a deploy costs. Three restarts: the machine is
            // shared (other builds run beside this one), so the best of three is the server's own figure.
            long best = Long.MAX_VALUE;
            java.util.List<Long> all = new java.util.ArrayList<>();
            for (int i = 0; i < 3; i++) {
                try (ServeProcess again = ServeProcess.start(db.settings())) {
                    long ms = again.awaitHealthy(Duration.ofSeconds(60));
                    all.add(ms);
                    best = Math.min(best, ms);
                    again.terminate();
                    assertThat(again.awaitExit(Duration.ofSeconds(20))).isZero();
                }
            }
            System.out.println("[startup] restarts on an existing database: " + all + " ms (best " + best + " ms)");
            assertThat(all).hasSize(3);
        }
    }

    @Test
    void aTakenPortIsAClearOneLineErrorAndTheProcessExits() throws Exception {
        try (TestDatabases.Fresh first = TestDatabases.freshH2(); TestDatabases.Fresh second = TestDatabases.freshH2();
             ServeProcess running = ServeProcess.start(first.settings())) {
            running.awaitHealthy(Duration.ofSeconds(60));
            try (ServeProcess clash = ServeProcess.start(second.settings(), running.port())) {
                assertThat(clash.awaitExit(Duration.ofSeconds(60))).isEqualTo(1);
                assertThat(clash.log()).contains("cannot listen on 127.0.0.1:" + running.port() + ": the port is in use");
            }
        }
    }

    @Test
    void sigtermLetsAnInFlightRequestFinishThenExitsZeroWithTheDatabaseClosedCleanly() throws Exception {
        try (TestDatabases.Fresh db = TestDatabases.freshH2(); ServeProcess serve = ServeProcess.start(db.settings())) {
            serve.awaitHealthy(Duration.ofSeconds(60));
            WebClient ada = WebClient.at(serve.baseUrl());
            assertThat(ada.submit("/setup", "/setup", Map.of("name", "Ada", "email", "ada@school.test",
                    "password", People.PASSWORD)).status()).isEqualTo(303);
            long classId = People.createClass(ada, "Period 1");
            String code = People.joinCode(ada, classId);

            // A naturally slow request: a student on a slow connection, whose form arrives in two parts.
            WebClient student = WebClient.at(serve.baseUrl());
            String token = WebClient.csrfFrom(student.get("/join"));
            String csrfCookie = student.cookie("lectern_csrf");
            String body = form(Map.of("_csrf", token, "code", code, "name", "Slow Sam", "email", "slow@school.test",
                    "password", People.PASSWORD));
            int half = body.length() / 2;
            try (Socket socket = new Socket("127.0.0.1", serve.port())) {
                socket.setSoTimeout(20_000);
                OutputStream out = socket.getOutputStream();
                out.write(("POST /join HTTP/1.1\r\nHost: 127.0.0.1:" + serve.port() + "\r\n"
                        + "Content-Type: application/x-www-form-urlencoded\r\n"
                        + "Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\n"
                        + "Cookie: lectern_csrf=" + csrfCookie + "\r\n"
                        + "Accept: text/html\r\nConnection: close\r\n\r\n" + body.substring(0, half))
                        .getBytes(StandardCharsets.UTF_8));
                out.flush();
                Thread.sleep(500); // the request is now inside the server, waiting for the rest of its body

                serve.terminate(); // SIGTERM
                Thread.sleep(1_000);
                assertThat(serve.log()).contains("Lectern is stopping");

                out.write(body.substring(half).getBytes(StandardCharsets.UTF_8));
                out.flush();
                String response = readAll(socket.getInputStream());
                assertThat(response).as("the in-flight request got its full answer").startsWith("HTTP/1.1 303");
            }
            assertThat(serve.awaitExit(Duration.ofSeconds(20))).as("exit code after SIGTERM").isZero();
            assertThat(serve.log()).contains("Lectern stopped");

            // Reopen the file: it opens without recovery work and holds the write that was in flight.
            DatabaseSettings s = db.settings();
            try (Connection c = DriverManager.getConnection(s.effectiveUrl(), s.effectiveUser(), s.effectivePassword());
                 PreparedStatement q = c.prepareStatement("select count(*) from users u join enrollments e "
                         + "on e.user_id = u.id where u.email = ? and e.class_id = ?")) {
                q.setString(1, "slow@school.test");
                q.setLong(2, classId);
                try (ResultSet r = q.executeQuery()) {
                    r.next();
                    assertThat(r.getInt(1)).isEqualTo(1);
                }
            }
        }
    }

    private static String form(Map<String, String> fields) {
        StringBuilder b = new StringBuilder();
        fields.forEach((k, v) -> b.append(b.isEmpty() ? "" : "&").append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return b.toString();
    }

    private static String readAll(InputStream in) throws java.io.IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
}
