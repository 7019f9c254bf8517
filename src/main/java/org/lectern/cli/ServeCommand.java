package org.lectern.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.lectern.web.LecternServer;
import org.lectern.web.ServerSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run the web server (creates and migrates the database on first start).")
public final class ServeCommand implements Runnable {

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

    @Override
    public void run() {
        ServerSettings settings = new ServerSettings(host, port, database.settings(),
                Duration.ofMinutes(sessionIdleMinutes), seeds, content, maxRequestMb * 1024 * 1024);
        LecternServer server = LecternServer.start(settings);
        CountDownLatch stopped = new CountDownLatch(1);
        // SIGTERM/SIGINT: finish in-flight requests, close the pool and the database, then exit.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "lectern-shutdown"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
