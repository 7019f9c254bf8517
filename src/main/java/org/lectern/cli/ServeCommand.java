package org.lectern.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.concurrent.CountDownLatch;
import org.lectern.ops.ScheduledBackups;
import org.lectern.web.LecternServer;
import org.lectern.web.ServerSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run the web server (creates and migrates the database on first start).")
public final class ServeCommand implements java.util.concurrent.Callable<Integer> {

    @Mixin
    DatabaseOptions database;

    @Option(names = "--port", defaultValue = "${env:LECTERN_PORT:-7070}",
            description = "HTTP port. Env LECTERN_PORT. Default: ${DEFAULT-VALUE}")
    int port;

    @Option(names = "--host", defaultValue = "${env:LECTERN_HOST:-0.0.0.0}",
            description = "Address to listen on. Env LECTERN_HOST. Default: ${DEFAULT-VALUE}")
    String host;

    @Option(names = "--session-idle-minutes", defaultValue = "${env:LECTERN_SESSION_IDLE_MINUTES:-120}",
            description = "Sign out after this many idle minutes. Env LECTERN_SESSION_IDLE_MINUTES. Default: ${DEFAULT-VALUE}")
    long sessionIdleMinutes;

    @Option(names = "--seeds", defaultValue = "${env:LECTERN_SEEDS:-seeds}",
            description = "Articles imported on first start. Env LECTERN_SEEDS. Default: ${DEFAULT-VALUE}")
    Path seeds;

    @Option(names = "--content", defaultValue = "${env:LECTERN_CONTENT:-content}",
            description = "Generated and curated modules. Env LECTERN_CONTENT. Default: ${DEFAULT-VALUE}")
    Path content;

    @Option(names = "--max-request-mb", defaultValue = "${env:LECTERN_MAX_REQUEST_MB:-25}",
            description = "Largest request body or upload, in MB. Env LECTERN_MAX_REQUEST_MB. Default: ${DEFAULT-VALUE}")
    long maxRequestMb;

    @Option(names = "--trust-proxy", defaultValue = "${env:LECTERN_TRUST_PROXY:-false}", fallbackValue = "true",
            arity = "0..1",
            description = "Believe X-Forwarded-Proto and X-Forwarded-For: only when every request comes through a "
                    + "reverse proxy or load balancer that sets them. Env LECTERN_TRUST_PROXY. Default: ${DEFAULT-VALUE}")
    boolean trustProxy;

    @Option(names = "--backup-every-hours", defaultValue = "${env:LECTERN_BACKUP_EVERY_HOURS:-24}",
            description = "With the built-in H2 database, back it up while running this often (0: never; "
                    + "PostgreSQL: use pg_dump). Env LECTERN_BACKUP_EVERY_HOURS. Default: ${DEFAULT-VALUE}")
    double backupEveryHours;

    @Option(names = "--backup-dir", defaultValue = "${env:LECTERN_BACKUP_DIR:-}",
            description = "Where those backups go. Env LECTERN_BACKUP_DIR. Default: the data directory's backups folder")
    String backupDir;

    @Option(names = "--backup-keep", defaultValue = "${env:LECTERN_BACKUP_KEEP:-7}",
            description = "How many of those backups to keep (the oldest go). Env LECTERN_BACKUP_KEEP. Default: ${DEFAULT-VALUE}")
    int backupKeep;

    @Option(names = "--time-zone", defaultValue = "${env:LECTERN_TIME_ZONE:-}",
            description = "The school's time zone, e.g. Europe/London: due dates are entered and shown in it (the same "
                    + "on every node). Env LECTERN_TIME_ZONE. Default: this machine's zone")
    String timeZone;

    @Override
    public Integer call() {
        ZoneId zone;
        try {
            zone = timeZone.isBlank() ? ZoneId.systemDefault() : ZoneId.of(timeZone.strip());
        } catch (java.time.DateTimeException e) {
            System.err.println("lectern serve: --time-zone \"" + timeZone.strip() + "\" is not a time zone "
                    + "(use a name like Europe/London or America/New_York, or UTC).");
            return 2;
        }
        if (backupEveryHours < 0 || backupKeep < 0) {
            System.err.println("lectern serve: --backup-every-hours and --backup-keep cannot be negative.");
            return 2;
        }
        ScheduledBackups.Schedule backups = new ScheduledBackups.Schedule(
                backupDir.isBlank() ? null : Path.of(backupDir),
                Duration.ofSeconds(Math.round(backupEveryHours * 3600)), backupKeep);
        ServerSettings settings = new ServerSettings(host, port, database.settings(),
                Duration.ofMinutes(sessionIdleMinutes), seeds, content, maxRequestMb * 1024 * 1024)
                .withTrustProxy(trustProxy)
                .withBackups(backups)
                .withZone(zone);
        LecternServer server;
        try {
            server = LecternServer.start(settings);
        } catch (io.javalin.util.JavalinBindException e) {
            System.err.println("lectern serve: cannot listen on " + host + ":" + port
                    + ": the port is in use (another Lectern?). Stop that program or choose another port with --port or LECTERN_PORT.");
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runnable stop = () -> {
            try {
                server.close();
            } finally {
                stopped.countDown();
            }
        };
        // SIGTERM/SIGINT: finish in-flight requests, close the pool and the database, then exit 0
        // (a handled signal is a normal stop, not a failure for systemd or a container runtime).
        boolean handled = StopSignals.handle(stop);
        // Any other exit path (System.exit elsewhere, or signals not available) still stops cleanly.
        Runtime.getRuntime().addShutdownHook(new Thread(stop, "lectern-shutdown"));
        if (!handled) {
            org.slf4j.LoggerFactory.getLogger(ServeCommand.class)
                    .info("Stop signals are handled by the JVM's shutdown hook (exit code 143 on SIGTERM)");
        }
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}
