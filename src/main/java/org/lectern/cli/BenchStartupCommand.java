package org.lectern.cli;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code lectern bench startup}: how long a {@code serve} process takes from launch to its first
 * served request, for a new database and for restarts on an existing one. Starts this very jar as
 * a child process, so the figure includes JVM start, migrations and the library check.
 */
@Command(name = "startup", mixinStandardHelpOptions = true,
        description = "Time from launching 'serve' to the first served /health (new database, then restarts).")
public final class BenchStartupCommand implements Callable<Integer> {

    @Option(names = "--runs", defaultValue = "5", description = "Restarts to time (default ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--content", defaultValue = "content", description = "Content directory the server loads (default ${DEFAULT-VALUE}).")
    Path content;

    @Option(names = "--seeds", defaultValue = "seeds", description = "Seed directory (default ${DEFAULT-VALUE}).")
    Path seeds;

    @Override
    public Integer call() throws Exception {
        Path jar = Path.of(BenchStartupCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (!Files.isRegularFile(jar)) {
            System.err.println("bench startup: run it from the packaged jar (java -jar target/lectern.jar bench startup)");
            return 2;
        }
        Path data = Files.createTempDirectory("lectern-startup-");
        try {
            long first = timeOneStart(jar, data);
            List<Long> restarts = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                restarts.add(timeOneStart(jar, data));
            }
            List<Long> sorted = restarts.stream().sorted().toList();
            long median = sorted.get(sorted.size() / 2);
            System.out.printf("startup (launch -> first /health 200)%n");
            System.out.printf("  new database:  %d ms%n", first);
            System.out.printf("  restarts:      %s ms%n", restarts);
            System.out.printf("  median %d ms, best %d ms; target 3000 ms: %s%n", median, sorted.get(0),
                    median < 3000 ? "met" : "NOT met");
            return 0;
        } finally {
            try (Stream<Path> walk = Files.walk(data)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private long timeOneStart(Path jar, Path data) throws IOException, InterruptedException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        String javaBinary = ProcessHandle.current().info().command().orElse("java");
        long start = System.nanoTime();
        Process p = new ProcessBuilder(javaBinary, "-jar", jar.toString(), "serve", "--host", "127.0.0.1",
                "--port", String.valueOf(port), "--data", data.toString(), "--content", content.toString(),
                "--seeds", seeds.toString())
                .redirectErrorStream(true).redirectOutput(data.resolve("serve.log").toFile()).start();
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(200)).build();
            HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
                    .timeout(Duration.ofSeconds(2)).build();
            long deadline = start + Duration.ofSeconds(120).toNanos();
            while (System.nanoTime() < deadline) {
                if (!p.isAlive()) {
                    throw new IllegalStateException("serve exited early; see " + data.resolve("serve.log"));
                }
                try {
                    if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        return (System.nanoTime() - start) / 1_000_000;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(10);
            }
            throw new IllegalStateException("serve did not answer /health within 120 s");
        } finally {
            p.destroy();
            if (!p.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
    }
}
