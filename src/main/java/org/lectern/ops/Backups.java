package org.lectern.ops;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.lectern.db.DatabaseSettings;

/**
 * Backups of the built-in H2 database as a compressed SQL script (H2's {@code SCRIPT TO}), and
 * restoring one into an empty database ({@code RUNSCRIPT FROM}). The script holds the schema,
 * every row and Flyway's history, so a restored database starts like the original. PostgreSQL is
 * backed up with its own tools (pg_dump); see {@link #POSTGRES_ADVICE}.
 */
public final class Backups {

    public static final String POSTGRES_ADVICE = """
            lectern backup works on the built-in H2 database. For PostgreSQL use its own tools, which \
            take a consistent snapshot while Lectern keeps running:
              pg_dump --format=custom --file=lectern.dump "$DBNAME"
            and restore into an empty database with:
              pg_restore --no-owner --dbname="$NEW_DBNAME" lectern.dump""";

    /** A backup or restore that cannot be done, with a message for the person running it. */
    public static final class BackupException extends Exception {
        public BackupException(String message, Throwable cause) {
            super(message, cause);
        }

        public BackupException(String message) {
            super(message);
        }
    }

    private Backups() {}

    /** Writes the whole database to {@code to} (a zip holding one SQL script); returns the file's size. */
    public static long backup(DatabaseSettings db, Path to) throws BackupException {
        requireH2(db);
        try (Connection c = open(db, true)) {
            return backup(c, to);
        } catch (SQLException e) {
            throw explain(db, e);
        }
    }

    /**
     * Writes the database behind {@code c} to {@code to} while others keep writing: the script is
     * read in one snapshot transaction, so it holds every table as of one moment (an answer never
     * without its attempt) and restores with every constraint satisfied.
     */
    public static long backup(Connection c, Path to) throws BackupException, SQLException {
        Path target = to.toAbsolutePath().normalize();
        Path tmp = target.resolveSibling(target.getFileName() + ".partial");
        try {
            Files.createDirectories(target.getParent());
            Files.deleteIfExists(tmp);
        } catch (IOException e) {
            throw new BackupException("cannot write to " + target.getParent() + ": " + e.getMessage(), e);
        }
        boolean autoCommit = c.getAutoCommit();
        int isolation = c.getTransactionIsolation();
        try (Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL SNAPSHOT");
            s.execute("SCRIPT TO " + literal(tmp.toString()) + " COMPRESSION \"ZIP\" CHARSET 'UTF-8'");
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            deletePartial(tmp);
            throw e;
        } finally {
            c.setTransactionIsolation(isolation);
            c.setAutoCommit(autoCommit);
        }
        try {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return Files.size(target);
        } catch (IOException e) {
            throw new BackupException("cannot move the backup into place at " + target + ": " + e.getMessage(), e);
        }
    }

    private static void deletePartial(Path tmp) {
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException e) {
            // The SQL failure is what the caller needs to see; a stray .partial file is harmless.
        }
    }

    /** Loads a backup into an empty database (refuses one that already has tables). */
    public static void restore(DatabaseSettings db, Path from) throws BackupException {
        requireH2(db);
        Path source = from.toAbsolutePath().normalize();
        if (!Files.isRegularFile(source)) {
            throw new BackupException("no backup file at " + source);
        }
        if (db.url() == null || db.url().isBlank()) {
            try {
                Files.createDirectories(db.dataDir());
            } catch (IOException e) {
                throw new BackupException("cannot create data directory " + db.dataDir() + ": " + e.getMessage(), e);
            }
        }
        try (Connection c = open(db, false); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery(
                    "select count(*) from information_schema.tables where lower(table_schema) = 'public'")) {
                r.next();
                if (r.getInt(1) > 0) {
                    throw new BackupException("the database at " + db.describe() + " is not empty: restore into a new "
                            + "data directory (--data) and point Lectern at it, or move the old one away first");
                }
            }
            s.execute("RUNSCRIPT FROM " + literal(source.toString()) + " COMPRESSION \"ZIP\" CHARSET 'UTF-8'");
        } catch (SQLException e) {
            throw explain(db, e);
        }
    }

    private static void requireH2(DatabaseSettings db) throws BackupException {
        if (!db.isH2()) {
            throw new BackupException(POSTGRES_ADVICE);
        }
    }

    private static Connection open(DatabaseSettings db, boolean mustExist) throws SQLException {
        String url = db.effectiveUrl() + (mustExist ? ";IFEXISTS=TRUE" : "");
        return DriverManager.getConnection(url, db.effectiveUser(), db.effectivePassword());
    }

    private static BackupException explain(DatabaseSettings db, SQLException e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("already in use") || m.contains("locked")) {
            return new BackupException("the database " + db.describe() + " is open in a running Lectern server, "
                    + "which makes its own backups while it runs (serve --backup-dir, --backup-every-hours; by default "
                    + "daily into the data directory's backups folder). To back up now, stop the server (it stops "
                    + "cleanly on SIGTERM), run this again, then start it.", e);
        }
        if (m.contains("not found") && m.contains("IFEXISTS")) {
            return new BackupException("there is no database at " + db.describe(), e);
        }
        return new BackupException("the database refused: " + m, e);
    }

    /** An SQL string literal (H2's file commands take no bind parameters). */
    private static String literal(String s) {
        return "'" + s.replace("'", "''") + "'";
    }
}
