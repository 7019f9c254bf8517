package org.lectern.web;

import java.nio.file.Path;
import java.time.Duration;
import org.lectern.db.DatabaseSettings;

/** Everything {@code serve} can be told, from flags or environment. */
public record ServerSettings(
        String host,
        int port,
        DatabaseSettings database,
        Duration sessionIdleTimeout,
        Path seedsDir,
        Path contentDir,
        long maxRequestBytes) {

    public static final long DEFAULT_MAX_REQUEST_BYTES = 25L * 1024 * 1024;

    public ServerSettings withPort(int newPort) {
        return new ServerSettings(host, newPort, database, sessionIdleTimeout, seedsDir, contentDir, maxRequestBytes);
    }
}
