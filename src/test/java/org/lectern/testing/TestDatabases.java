package org.lectern.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.lectern.db.DatabaseSettings;

/**
 * Fresh, empty databases for tests: an H2 file in a temp directory, or a new PostgreSQL database
 * on the local server, chosen by the system property {@code lectern.test.db} (h2 | postgres).
 * Without PostgreSQL the tests skip with the reason; with CI=true they fail instead.
 */
public final class TestDatabases {

    public static final String ADMIN_URL = System.getenv().getOrDefault("LECTERN_TEST_PG_URL",
            "jdbc:postgresql://127.0.0.1:5432/test");
    public static final String ADMIN_USER = System.getenv().getOrDefault("LECTERN_TEST_PG_USER", "postgres");

    private TestDatabases() {}

    public static boolean postgresSelected() {
        return "postgres".equals(System.getProperty("lectern.test.db", "h2"));
    }

    /** A fresh database of the selected kind; close the handle to drop it. */
    public static Fresh fresh() {
        return postgresSelected() ? freshPostgres() : freshH2();
    }

    public static Fresh freshH2() {
        try {
            Path dir = Files.createTempDirectory("lectern-test-");
            return new Fresh(new DatabaseSettings(dir, null, null, null), () -> deleteTree(dir));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Fresh freshPostgres() {
        requirePostgres();
        String name = "lectern_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execAdmin("create database " + name);
        String url = ADMIN_URL.substring(0, ADMIN_URL.lastIndexOf('/') + 1) + name;
        Path dir;
        try {
            dir = Files.createTempDirectory("lectern-test-");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return new Fresh(new DatabaseSettings(dir, url, ADMIN_USER, ""), () -> {
            execAdmin("drop database if exists " + name + " with (force)");
            deleteTree(dir);
        });
    }

    /** Skips the test when PostgreSQL is not reachable, unless running under CI, where it fails. */
    public static void requirePostgres() {
        String problem = postgresProblem();
        if (problem == null) {
            return;
        }
        String reason = "PostgreSQL is not reachable at " + ADMIN_URL + " (" + problem + ")";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError(reason + ": required under CI");
        }
        Assumptions.abort(reason + ": skipping PostgreSQL tests");
    }

    private static String postgresProblem() {
        try (Connection c = DriverManager.getConnection(ADMIN_URL, ADMIN_USER, "")) {
            return c.isValid(2) ? null : "connection not valid";
        } catch (SQLException e) {
            return e.getMessage();
        }
    }

    private static void execAdmin(String sql) {
        try (Connection c = DriverManager.getConnection(ADMIN_URL, ADMIN_USER, "");
             Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort: a temp directory left behind harms nothing
        }
    }

    /** A fresh database and how to get rid of it. */
    public record Fresh(DatabaseSettings settings, Runnable cleanup) implements AutoCloseable {
        @Override
        public void close() {
            cleanup.run();
        }
    }
}
