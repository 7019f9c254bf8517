package org.lectern.web;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import org.lectern.accounts.SignInThrottle;
import org.lectern.db.DatabaseSettings;
import org.lectern.ops.ScheduledBackups;

/**
 * Everything {@code serve} can be told, from flags or environment.
 *
 * @param trustProxy believe {@code X-Forwarded-Proto} and {@code X-Forwarded-For} (only behind a
 *     reverse proxy or load balancer that sets them; otherwise any client could claim HTTPS or
 *     another address)
 * @param signInLimits how many failed sign-ins per email and per address, in what window
 * @param backups when the server backs up its built-in H2 database while it runs
 * @param zone the school's time zone: due dates are entered and shown in it
 */
public record ServerSettings(
        String host,
        int port,
        DatabaseSettings database,
        Duration sessionIdleTimeout,
        Path seedsDir,
        Path contentDir,
        long maxRequestBytes,
        boolean trustProxy,
        SignInThrottle.Limits signInLimits,
        ScheduledBackups.Schedule backups,
        ZoneId zone) {

    public static final long DEFAULT_MAX_REQUEST_BYTES = 25L * 1024 * 1024;

    /** Directly on the network (no proxy), with the default sign-in limits and no scheduled backups. */
    public ServerSettings(String host, int port, DatabaseSettings database, Duration sessionIdleTimeout, Path seedsDir,
                          Path contentDir, long maxRequestBytes) {
        this(host, port, database, sessionIdleTimeout, seedsDir, contentDir, maxRequestBytes, false,
                SignInThrottle.Limits.DEFAULT, ScheduledBackups.Schedule.OFF, ZoneId.systemDefault());
    }

    public ServerSettings withPort(int newPort) {
        return new ServerSettings(host, newPort, database, sessionIdleTimeout, seedsDir, contentDir, maxRequestBytes,
                trustProxy, signInLimits, backups, zone);
    }

    public ServerSettings withMaxRequestBytes(long bytes) {
        return new ServerSettings(host, port, database, sessionIdleTimeout, seedsDir, contentDir, bytes,
                trustProxy, signInLimits, backups, zone);
    }

    public ServerSettings withTrustProxy(boolean trust) {
        return new ServerSettings(host, port, database, sessionIdleTimeout, seedsDir, contentDir, maxRequestBytes,
                trust, signInLimits, backups, zone);
    }

    public ServerSettings withSignInLimits(SignInThrottle.Limits limits) {
        return new ServerSettings(host, port, database, sessionIdleTimeout, seedsDir, contentDir, maxRequestBytes,
                trustProxy, limits, backups, zone);
    }

    public ServerSettings withBackups(ScheduledBackups.Schedule schedule) {
        return new ServerSettings(host, port, database, sessionIdleTimeout, seedsDir, contentDir, maxRequestBytes,
                trustProxy, signInLimits, schedule, zone);
    }

    public ServerSettings withZone(ZoneId schoolZone) {
        return new ServerSettings(host, port, database, sessionIdleTimeout, seedsDir, contentDir, maxRequestBytes,
                trustProxy, signInLimits, backups, schoolZone);
    }
}
