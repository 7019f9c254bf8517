package org.lectern.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lectern.cli.Main;
import org.lectern.db.DatabaseSettings;
import org.lectern.testing.People;
import org.lectern.testing.TestDatabases;
import org.lectern.testing.TestServer;
import org.lectern.testing.WebClient;
import org.lectern.web.LecternServer;
import org.lectern.web.ServerSettings;

/** {@code lectern backup} writes the H2 database to a file; {@code lectern restore} brings it all back. */
class BackupRestoreTest {

    static TestServer original;
    static Path originalData;
    static Path backup;
    static long classId;

    @BeforeAll
    static void populateAndBackUp() throws Exception {
        original = TestServer.start(); // H2 here: this class is not a @DatabaseTest
        WebClient ada = People.firstInstructor(original, "ada@school.test");
        classId = People.createClass(ada, "Period 3 reading");
        People.studentJoining(original, People.joinCode(ada, classId), "Sam Student", "sam@school.test");
        People.studentJoining(original, People.joinCode(ada, classId), "Tia Student", "tia@school.test");
        original.server().close(); // a backup of H2 is taken with the server stopped
        originalData = original.server().settings().database().dataDir();
        backup = Files.createTempDirectory("lectern-backup-").resolve("nightly.zip");
        assertThat(Main.run("backup", "--data", originalData.toString(), "--to", backup.toString())).isZero();
    }

    @AfterAll
    static void cleanUp() {
        original.close();
    }

    @Test
    void aRestoredDatabaseHasEveryRowOfEveryTable() throws Exception {
        try (TestDatabases.Fresh target = TestDatabases.freshH2()) {
            Path data = target.settings().dataDir();
            assertThat(Main.run("restore", "--data", data.toString(), "--from", backup.toString())).isZero();
            assertThat(rowCounts(target.settings())).isEqualTo(rowCounts(original.server().settings().database()))
                    .containsKeys("users", "classes", "enrollments", "modules", "questions", "flyway_schema_history");
        }
    }

    @Test
    void aServerOnTheRestoredDatabaseLetsEveryoneInAndShowsTheirClass() throws Exception {
        try (TestDatabases.Fresh target = TestDatabases.freshH2()) {
            Path data = target.settings().dataDir();
            assertThat(Main.run("restore", "--data", data.toString(), "--from", backup.toString())).isZero();
            ServerSettings s = original.server().settings();
            try (LecternServer restored = LecternServer.start(new ServerSettings("127.0.0.1", 0, target.settings(),
                    s.sessionIdleTimeout(), s.seedsDir(), s.contentDir(), s.maxRequestBytes()))) {
                String base = "http://127.0.0.1:" + restored.port();
                WebClient ada = signIn(base, "ada@school.test");
                WebClient.Page roster = ada.get("/classes/" + classId);
                assertThat(roster.status()).isEqualTo(200);
                assertThat(roster.html().text()).contains("Period 3 reading").contains("Sam Student").contains("Tia Student");
                WebClient sam = signIn(base, "sam@school.test");
                assertThat(sam.get("/").html().text()).contains("Period 3 reading");
                // new rows get fresh ids after the restored ones
                assertThat(People.createClass(ada, "Period 4")).isGreaterThan(classId);
            }
        }
    }

    @Test
    void restoreRefusesADatabaseThatAlreadyHasData() {
        String err = stderrOf(() -> assertThat(Main.run("restore", "--data", originalData.toString(),
                "--from", backup.toString())).isEqualTo(2));
        assertThat(err).contains("is not empty");
    }

    @Test
    void backupOfPostgresPointsToPgDump() {
        String err = stderrOf(() -> assertThat(Main.run("backup", "--db-url", "jdbc:postgresql://127.0.0.1:5432/lectern",
                "--to", "x.zip")).isEqualTo(2));
        assertThat(err).contains("pg_dump").contains("pg_restore");
    }

    @Test
    void backupOfADirectoryWithoutADatabaseSaysSoAndCreatesNothing() throws Exception {
        Path empty = Files.createTempDirectory("lectern-empty-");
        String err = stderrOf(() -> assertThat(Main.run("backup", "--data", empty.toString(), "--to",
                empty.resolve("b.zip").toString())).isEqualTo(2));
        assertThat(err).contains("backup:");
        assertThat(empty.resolve("b.zip")).doesNotExist();
        assertThat(empty.resolve("lectern.mv.db")).doesNotExist();
    }

    private static WebClient signIn(String base, String email) {
        WebClient c = WebClient.at(base);
        WebClient.Page p = c.submit("/signin", "/signin", Map.of("email", email, "password", People.PASSWORD));
        assertThat(p.status()).as("sign in " + email).isEqualTo(303);
        return c;
    }

    private static Map<String, Integer> rowCounts(DatabaseSettings db) throws Exception {
        Map<String, Integer> counts = new TreeMap<>();
        try (Connection c = DriverManager.getConnection(db.effectiveUrl(), db.effectiveUser(), db.effectivePassword());
             Statement s = c.createStatement()) {
            java.util.List<String> tables = new java.util.ArrayList<>();
            try (ResultSet r = s.executeQuery("select table_name from information_schema.tables where table_schema = 'public'")) {
                while (r.next()) {
                    tables.add(r.getString(1));
                }
            }
            for (String t : tables) {
                try (ResultSet r = s.executeQuery("select count(*) from " + t)) {
                    r.next();
                    counts.put(t, r.getInt(1));
                }
            }
        }
        return counts;
    }

    private static String stderrOf(Runnable r) {
        PrintStream old = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            r.run();
        } finally {
            System.setErr(old);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }
}
