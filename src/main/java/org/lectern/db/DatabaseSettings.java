package org.lectern.db;

import java.nio.file.Path;

/**
 * Where the database is. With no URL, an embedded H2 file under the data directory is used, in
 * PostgreSQL mode so one set of migrations and one jOOQ schema serve both databases.
 */
public record DatabaseSettings(Path dataDir, String url, String user, String password) {

    /**
     * H2 in PostgreSQL mode; each commit written at once (WRITE_DELAY=0: an acknowledged write survives
     * a kill); a parsed-statement cache per connection large enough for a page's queries
     * (QUERY_CACHE_SIZE: H2's default of 8 made every student page re-parse most of its SQL).
     */
    public static final String H2_OPTIONS =
            ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0"
            + ";QUERY_CACHE_SIZE=256";

    public String effectiveUrl() {
        if (url != null && !url.isBlank()) {
            return url;
        }
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().normalize().resolve("lectern") + H2_OPTIONS;
    }

    public String effectiveUser() {
        if (user != null && !user.isBlank()) {
            return user;
        }
        return isPostgres() ? "postgres" : "sa";
    }

    public String effectivePassword() {
        return password == null ? "" : password;
    }

    public boolean isPostgres() {
        return effectiveUrl().startsWith("jdbc:postgresql:");
    }

    public boolean isH2() {
        return effectiveUrl().startsWith("jdbc:h2:");
    }

    /** The URL without credentials or options, for logs. */
    public String describe() {
        String u = effectiveUrl();
        int semicolon = u.indexOf(';');
        int question = u.indexOf('?');
        int cut = semicolon >= 0 ? semicolon : question >= 0 ? question : u.length();
        return u.substring(0, cut);
    }
}
