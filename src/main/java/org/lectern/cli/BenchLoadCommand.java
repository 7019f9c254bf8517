package org.lectern.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.lectern.db.Database;
import org.lectern.db.DatabaseSettings;
import org.lectern.ops.bench.BenchReport;
import org.lectern.ops.bench.LoadBenchmark;
import org.lectern.web.LecternServer;
import org.lectern.web.ServerSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Load benchmark: a class of simulated students over real HTTP with real sessions.",
                "Starts its own server (H2 in a temporary directory, or --db-url for PostgreSQL) unless --url is given.",
                "Only targets this machine."})
public final class BenchLoadCommand implements Callable<Integer> {

    @Option(names = "--students", defaultValue = "200", description = "Simulated students. Default: ${DEFAULT-VALUE}")
    int students;

    @Option(names = "--seconds", defaultValue = "10", description = "Length of each phase: the baseline, one per step, the mixed journey. Default: ${DEFAULT-VALUE}")
    int seconds;

    @Option(names = "--warmup-seconds", defaultValue = "10", description = "Unrecorded warm-up, long enough for the JIT to compile the hot paths; a quarter of it again before each measured phase. Default: ${DEFAULT-VALUE}")
    int warmupSeconds;

    @Option(names = "--url", description = "A running Lectern on this machine, e.g. http://127.0.0.1:7070")
    String url;

    @Option(names = "--db-url", description = "PostgreSQL for the benchmark's own server (an empty database), or the "
            + "database behind --url for the durability check")
    String dbUrl;

    @Option(names = "--db-user", description = "Database user")
    String dbUser;

    @Option(names = "--db-password", description = "Database password")
    String dbPassword;

    @Option(names = "--instructor-email", defaultValue = "bench-instructor@lectern.invalid",
            description = "Instructor to create the class as (created on a fresh site). Default: ${DEFAULT-VALUE}")
    String instructorEmail;

    @Option(names = "--instructor-password", defaultValue = "bench instructor password",
            description = "That instructor's password")
    String instructorPassword;

    @Option(names = "--content", defaultValue = "content", description = "Modules for the benchmark's own server (copied)")
    Path content;

    @Option(names = "--seeds", defaultValue = "seeds", description = "Seeds for the benchmark's own server")
    Path seeds;

    @Option(names = "--json", description = "Print one JSON object instead of the table")
    boolean json;

    @Option(names = "--max-requests", defaultValue = "2000000", description = "Request budget per phase. Default: ${DEFAULT-VALUE}")
    long maxRequests;

    @Override
    public Integer call() throws Exception {
        if (students < 1 || seconds < 1) {
            System.err.println("bench load: --students and --seconds must be at least 1");
            return 2;
        }
        Path temp = Files.createTempDirectory("lectern-bench-");
        LecternServer server = null;
        Database database = null;
        try {
            DatabaseSettings dbSettings = new DatabaseSettings(temp, dbUrl, dbUser, dbPassword);
            String base = url;
            if (base == null) {
                Path contentCopy = temp.resolve("content");
                if (Files.isDirectory(content)) {
                    copyTree(content, contentCopy);
                }
                server = LecternServer.start(new ServerSettings("127.0.0.1", 0, dbSettings, Duration.ofMinutes(120),
                        seeds, contentCopy, ServerSettings.DEFAULT_MAX_REQUEST_BYTES));
                base = "http://127.0.0.1:" + server.port();
            } else if (dbUrl != null) {
                database = Database.open(dbSettings);
            }
            var dsl = server != null ? server.database().dsl() : database != null ? database.dsl() : null;
            String dbName = server != null ? (dbSettings.isPostgres() ? "PostgreSQL" : "H2")
                    : dbUrl != null ? "external (" + dbSettings.describe() + ")" : "external";
            LoadBenchmark bench = new LoadBenchmark(new LoadBenchmark.Options(base, students, Duration.ofSeconds(seconds),
                    Duration.ofSeconds(warmupSeconds), instructorEmail, instructorPassword, dsl, dbName, maxRequests));
            BenchReport report = bench.run();
            System.out.println(json ? report.toJson() : report.toTable());
            return report.lostWrites() > 0 ? 1 : 0;
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.err.println("bench load: " + e.getMessage());
            return 2;
        } finally {
            if (server != null) {
                server.close();
            }
            if (database != null) {
                database.close();
            }
            deleteTree(temp);
        }
    }

    private static void copyTree(Path from, Path to) throws java.io.IOException {
        try (var walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    private static void deleteTree(Path dir) {
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException e) {
            // a temporary directory left behind harms nothing
        }
    }
}
