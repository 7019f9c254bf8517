package org.lectern.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.lectern.db.DatabaseSettings;

/**
 * A real {@code java -jar target/lectern.jar serve} process on a free port, as an admin starts it:
 * for startup time, signals and crashes. Its output goes to a log file in the data directory.
 */
public final class ServeProcess implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path log;
    private final long startedNanos;

    private ServeProcess(Process process, int port, Path log, long startedNanos) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.startedNanos = startedNanos;
    }

    /** The packaged jar (failsafe passes its path; falls back to target/lectern.jar). */
    public static Path jar() {
        Path jar = Path.of(System.getProperty("lectern.jar", "target/lectern.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no " + jar + ": run 'mvn package' (or 'mvn verify') first");
        }
        return jar;
    }

    /** Starts serve on this database, with a private copy of content/ under the data directory. */
    public static ServeProcess start(DatabaseSettings db, String... extraArgs) throws IOException {
        return start(db, freePort(), extraArgs);
    }

    /** Starts serve on this database and port (which may be taken, to see how serve fails). */
    public static ServeProcess start(DatabaseSettings db, int port, String... extraArgs) throws IOException {
        Path content = db.dataDir().resolve("content");
        if (!Files.isDirectory(content)) {
            TestServer.copyTree(Path.of("content"), content);
        }
        List<String> cmd = new ArrayList<>(List.of(javaBinary(), "-jar", jar().toAbsolutePath().toString(), "serve",
                "--host", "127.0.0.1", "--port", Integer.toString(port), "--data", db.dataDir().toString(),
                "--content", content.toString(), "--seeds", Path.of("seeds").toAbsolutePath().toString()));
        if (db.url() != null) {
            cmd.addAll(List.of("--db-url", db.url(), "--db-user", db.effectiveUser()));
        }
        cmd.addAll(List.of(extraArgs));
        Path log = db.dataDir().resolve("serve-" + port + ".log");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("LECTERN_"));
        long t0 = System.nanoTime();
        return new ServeProcess(pb.start(), port, log, t0);
    }

    /** Polls /health until it answers 200; returns milliseconds from process start to that answer. */
    public long awaitHealthy(Duration timeout) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("serve exited with " + process.exitValue() + ":\n" + log());
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/health"))
                        .timeout(Duration.ofSeconds(1)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return (System.nanoTime() - startedNanos) / 1_000_000;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(10);
        }
        throw new IllegalStateException("serve did not become healthy within " + timeout + ":\n" + log());
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    /** SIGTERM: the way systemd, Docker and Kubernetes stop a service. */
    public void terminate() {
        process.destroy();
    }

    /** SIGKILL: no shutdown hooks, no flushing — a power cut as far as the process knows. */
    public void kill() {
        process.toHandle().destroyForcibly();
    }

    public int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.toHandle().destroyForcibly();
            throw new IllegalStateException("serve did not exit within " + timeout + ":\n" + log());
        }
        return process.exitValue();
    }

    public String log() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.toHandle().destroyForcibly();
            try {
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static String javaBinary() {
        return ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        }
    }
}
