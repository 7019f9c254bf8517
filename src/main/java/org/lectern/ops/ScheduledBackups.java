package org.lectern.ops;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.lectern.db.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backups of the built-in H2 database taken by the running server, so a school on one node never
 * has to stop Lectern to be safe: every {@code every}, a snapshot script goes into {@code dir}
 * (named by its UTC time, so names sort by age) and only the newest {@code keep} are kept. The
 * first one is taken one interval after start, not at start (a restart loop must not fill the
 * disk). PostgreSQL is backed up with pg_dump, so there this does nothing.
 */
public final class ScheduledBackups implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ScheduledBackups.class);
    private static final DateTimeFormatter NAME_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final Pattern BACKUP_NAME = Pattern.compile("lectern-\\d{8}T\\d{6}\\.\\d{3}Z\\.zip");

    /**
     * When and where the server backs up; {@code every} zero or negative means never.
     *
     * @param dir where backups go; null means the data directory's {@code backups} folder
     */
    public record Schedule(Path dir, Duration every, int keep) {
        public static final Schedule OFF = new Schedule(null, Duration.ZERO, 0);

        public Schedule {
            if (keep < 0) {
                throw new IllegalArgumentException("keep must be 0 or more");
            }
        }

        public boolean enabled() {
            return every != null && every.isPositive() && keep > 0;
        }
    }

    /** Where connections come from (the server's pool). */
    @FunctionalInterface
    public interface Connections {
        Connection get() throws SQLException;
    }

    private final Connections connections;
    private final Path dir;
    private final int keep;
    private final ScheduledExecutorService timer;

    private ScheduledBackups(Connections connections, Path dir, int keep, ScheduledExecutorService timer) {
        this.connections = connections;
        this.dir = dir;
        this.keep = keep;
        this.timer = timer;
    }

    /** Starts backing up {@code db} on {@code schedule}; a no-op when it is off or the database is PostgreSQL. */
    public static ScheduledBackups start(Database db, Schedule schedule) {
        if (!schedule.enabled()) {
            return new ScheduledBackups(null, null, 0, null);
        }
        if (!db.settings().isH2()) {
            LOG.info("Scheduled backups are for the built-in H2 database; back PostgreSQL up with pg_dump");
            return new ScheduledBackups(null, null, 0, null);
        }
        Path dir = (schedule.dir() != null ? schedule.dir() : db.settings().dataDir().resolve("backups"))
                .toAbsolutePath().normalize();
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
                r -> Thread.ofPlatform().daemon().name("lectern-backups").unstarted(r));
        ScheduledBackups backups = new ScheduledBackups(db::connection, dir, schedule.keep(), timer);
        long ms = schedule.every().toMillis();
        timer.scheduleWithFixedDelay(backups::backUpAndLog, ms, ms, TimeUnit.MILLISECONDS);
        LOG.info("Backing up the database every {} into {} (keeping the newest {})", schedule.every(), dir, schedule.keep());
        return backups;
    }

    private void backUpAndLog() {
        try {
            Path file = backUpNow();
            LOG.info("Backed up the database to {} ({} bytes)", file, Files.size(file));
        } catch (Exception e) {
            // Logged, not thrown: an exception would end the schedule; the next interval tries again.
            LOG.error("Scheduled backup into {} failed: {}", dir, e.getMessage(), e);
        }
    }

    /** Takes one backup now and prunes the old ones; returns the new file. */
    Path backUpNow() throws Backups.BackupException, SQLException, IOException {
        Path file = dir.resolve("lectern-" + NAME_TIME.format(Instant.now()) + ".zip");
        try (Connection c = connections.get()) {
            Backups.backup(c, file);
        }
        prune();
        return file;
    }

    /** Deletes all but the newest {@code keep} backups this schedule wrote (other files are left alone). */
    private void prune() throws IOException {
        List<Path> ours;
        try (Stream<Path> files = Files.list(dir)) {
            ours = files.filter(p -> BACKUP_NAME.matcher(p.getFileName().toString()).matches()).sorted().toList();
        }
        for (Path old : ours.subList(0, Math.max(0, ours.size() - keep))) {
            Files.deleteIfExists(old);
        }
    }

    /** The folder backups go into (null when off). */
    public Path dir() {
        return dir;
    }

    /** Stops the schedule, letting a backup in progress finish first. */
    @Override
    public void close() {
        if (timer == null) {
            return;
        }
        timer.shutdown();
        try {
            if (!timer.awaitTermination(60, TimeUnit.SECONDS)) {
                LOG.warn("A backup was still running after 60 s; stopping without it");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
