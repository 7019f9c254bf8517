package org.lectern.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lectern.db.generated.Tables.CLASSES;
import static org.lectern.db.generated.Tables.ENROLLMENTS;
import static org.lectern.db.generated.Tables.SESSIONS;
import static org.lectern.db.generated.Tables.USERS;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.lectern.testing.DatabaseTest;
import org.lectern.testing.TestDatabases;

@DatabaseTest
class MigrationsTest {

    @Test
    void migrationsRunFromAnEmptyDatabaseAndCreateEveryTable() {
        try (TestDatabases.Fresh fresh = TestDatabases.fresh(); Database db = Database.open(fresh.settings())) {
            for (var table : new org.jooq.Table<?>[] {USERS, SESSIONS, CLASSES, ENROLLMENTS}) {
                assertThat(db.dsl().fetchCount(table)).as(table.getName()).isZero();
            }
        }
    }

    @Test
    void reopeningAMigratedDatabaseAppliesNothingTwice() {
        try (TestDatabases.Fresh fresh = TestDatabases.fresh()) {
            try (Database db = Database.open(fresh.settings())) {
                assertThat(db.isHealthy()).isTrue();
            }
            try (Database db = Database.open(fresh.settings())) {
                var s = fresh.settings();
                var info = Flyway.configure().dataSource(s.effectiveUrl(), s.effectiveUser(), s.effectivePassword())
                        .locations("classpath:db/migration").load().info();
                assertThat(info.pending()).isEmpty();
                assertThat(info.applied()).isNotEmpty();
            }
        }
    }
}
