package org.lectern.testing;

import java.nio.file.Path;
import java.time.Duration;
import org.lectern.web.LecternServer;
import org.lectern.web.ServerSettings;

/** The real server on a free port with a fresh database (H2 or PostgreSQL per the build). */
public final class TestServer implements AutoCloseable {

    private final TestDatabases.Fresh database;
    private final LecternServer server;

    private TestServer(TestDatabases.Fresh database, LecternServer server) {
        this.database = database;
        this.server = server;
    }

    public static TestServer start() {
        return start(settings -> settings);
    }

    public static TestServer start(Duration sessionIdle) {
        return start(settings -> new ServerSettings(settings.host(), settings.port(), settings.database(), sessionIdle,
                settings.seedsDir(), settings.contentDir(), settings.maxRequestBytes(), settings.trustProxy(),
                settings.signInLimits(), settings.backups(), settings.zone()));
    }

    /** A server whose settings the test adjusts (request size limit, proxy trust, sign-in limits…). */
    public static TestServer start(java.util.function.UnaryOperator<ServerSettings> adjust) {
        TestDatabases.Fresh db = TestDatabases.fresh();
        try {
            // A private copy of the committed content/, so the server loads the seed modules without
            // regenerating them and uploads never touch the repository.
            Path content = db.settings().dataDir().resolve("content");
            copyTree(Path.of("content"), content);
            ServerSettings settings = adjust.apply(new ServerSettings("127.0.0.1", 0, db.settings(),
                    Duration.ofMinutes(120), Path.of("seeds"), content, ServerSettings.DEFAULT_MAX_REQUEST_BYTES));
            return new TestServer(db, LecternServer.start(settings));
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** Copies a directory tree (the committed content/, for a private copy a test may change). */
    public static void copyTree(Path from, Path to) {
        try (var walk = java.nio.file.Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (java.nio.file.Files.isDirectory(p)) {
                    java.nio.file.Files.createDirectories(target);
                } else {
                    java.nio.file.Files.copy(p, target);
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    public int port() {
        return server.port();
    }

    public LecternServer server() {
        return server;
    }

    public WebClient client() {
        return new WebClient(this);
    }

    @Override
    public void close() {
        try {
            server.close();
        } finally {
            database.close();
        }
    }
}
