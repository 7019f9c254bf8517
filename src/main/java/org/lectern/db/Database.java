package org.lectern.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The connection pool, the migrations and the jOOQ context, for H2 or PostgreSQL alike. */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final DatabaseSettings settings;
    private final HikariDataSource dataSource;
    private GroupCommit groupCommit;
    private final DSLContext dsl;

    private Database(DatabaseSettings settings, HikariDataSource dataSource) {
        this.settings = settings;
        this.dataSource = dataSource;
        SQLDialect dialect = settings.isPostgres() ? SQLDialect.POSTGRES : SQLDialect.H2;
        // Unquoted, lower-case names: the generated classes come from H2 with DATABASE_TO_LOWER,
        // and the same SQL must read naturally on PostgreSQL.
        Settings jooqSettings = new Settings()
                .withRenderQuotedNames(RenderQuotedNames.NEVER)
                .withExecuteLogging(false)
                // No diagnostics proxy around every connection, no schema prefix on every name: both cost on each query.
                .withDiagnosticsLogging(false)
                .withRenderSchema(false);
        this.dsl = DSL.using(dataSource, dialect, jooqSettings);
    }

    /** Opens the pool and brings the schema up to date (safe when several nodes start at once). */
    /** Connections in the pool: two cores keep this many busy without thrashing the database. */
    public static int poolSize(DatabaseSettings settings) {
        return settings.isPostgres() ? 16 : 12;
    }

    public static Database open(DatabaseSettings settings) {
        Database db = connect(settings);
        try {
            db.migrate();
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        return db;
    }

    /** Opens the pool only; call {@link #migrate()} before the first query. */
    public static Database connect(DatabaseSettings settings) {
        if (settings.isH2() && settings.url() == null) {
            try {
                java.nio.file.Files.createDirectories(settings.dataDir());
            } catch (java.io.IOException e) {
                throw new IllegalStateException("cannot create data directory " + settings.dataDir() + ": " + e.getMessage(), e);
            }
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(settings.effectiveUrl());
        config.setUsername(settings.effectiveUser());
        config.setPassword(settings.effectivePassword());
        config.setPoolName("lectern");
        // Two cores: a small pool keeps the database busy without thrashing it.
        config.setMaximumPoolSize(poolSize(settings));
        // Open a few at start and grow on demand: filling the whole pool competes with start-up.
        config.setMinimumIdle(4);
        config.setConnectionTimeout(Duration.ofSeconds(5).toMillis());
        config.setInitializationFailTimeout(Duration.ofSeconds(10).toMillis());
        return new Database(settings, new HikariDataSource(config));
    }

    /** Brings the schema up to date with the migrations shipped in the jar. */
    public void migrate() {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        LOG.info("Database ready: {}", settings.describe());
    }

    public DSLContext dsl() {
        return dsl;
    }

    public DatabaseSettings settings() {
        return settings;
    }

    /**
     * True when a connection can be taken and answers a trivial query within three seconds. Not
     * less: at a class-wide peak a busy but healthy node must not report itself down (a load
     * balancer would then pull it and send its load to the others), and PostgreSQL's driver closes
     * a connection whose check times out.
     */
    public boolean isHealthy() {
        try (Connection c = dataSource.getConnection()) {
            return c.isValid(3);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    /** A connection from the pool (for work outside jOOQ, e.g. a backup script); the caller closes it. */
    public Connection connection() throws SQLException {
        return dataSource.getConnection();
    }

    @Override
    public void close() {
        synchronized (this) {
            if (groupCommit != null) {
                groupCommit.close(); // the writes already waiting are saved first
            }
        }
        // Closing every pooled connection closes an H2 file database cleanly (DB_CLOSE_ON_EXIT=FALSE).
        dataSource.close();
    }

    /** The shared writer for small writes that many requests make at once (see {@link GroupCommit}). */
    public synchronized GroupCommit groupCommit() {
        if (groupCommit == null) {
            groupCommit = new GroupCommit(dsl, settings.isPostgres() ? "postgresql" : "h2");
        }
        return groupCommit;
    }
}
