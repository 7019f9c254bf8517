package org.lectern.cli;

import java.nio.file.Path;
import org.lectern.db.DatabaseSettings;
import picocli.CommandLine.Option;

/** Database flags shared by every subcommand that touches the database; each has an env variable. */
public final class DatabaseOptions {

    @Option(names = "--data", defaultValue = "${env:LECTERN_DATA:-data}",
            description = "Data directory (H2 database, uploads). Env LECTERN_DATA. Default: ${DEFAULT-VALUE}")
    Path dataDir;

    @Option(names = "--db-url", defaultValue = "${env:LECTERN_DB_URL}",
            description = "JDBC URL; a jdbc:postgresql: URL switches to PostgreSQL. Env LECTERN_DB_URL. Default: H2 file in the data directory")
    String dbUrl;

    @Option(names = "--db-user", defaultValue = "${env:LECTERN_DB_USER}",
            description = "Database user. Env LECTERN_DB_USER")
    String dbUser;

    @Option(names = "--db-password", defaultValue = "${env:LECTERN_DB_PASSWORD}",
            description = "Database password. Env LECTERN_DB_PASSWORD")
    String dbPassword;

    public DatabaseSettings settings() {
        return new DatabaseSettings(dataDir, dbUrl, dbUser, dbPassword);
    }
}
