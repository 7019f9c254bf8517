package org.lectern.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.lectern.db.Database;
import org.lectern.testing.DatabaseTest;
import org.lectern.testing.TestDatabases;

@DatabaseTest
class SessionStoreTest {

    /** A clock the test moves by hand. */
    static final class ManualClock extends Clock {
        Instant now = Instant.parse("2026-01-10T09:00:00Z");

        @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(java.time.ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    }

    @Test
    void aSessionIdleLongerThanTheTimeoutIsGoneAndOneInUseStaysAlive() {
        try (TestDatabases.Fresh fresh = TestDatabases.fresh(); Database db = Database.open(fresh.settings())) {
            var accounts = new AccountService(db.dsl(), new UserRepository(db.dsl()), new PasswordHasher());
            User u = accounts.createFirstInstructor("Ada", "ada@school.test", "password123");
            ManualClock clock = new ManualClock();
            SessionStore store = new SessionStore(db.dsl(), Duration.ofMinutes(30), clock);

            String active = store.create(u.id());
            String idle = store.create(u.id());
            for (int i = 0; i < 4; i++) {
                clock.now = clock.now.plus(Duration.ofMinutes(20));
                assertThat(store.find(active)).as("used every 20 minutes").isPresent();
            }
            assertThat(store.find(idle)).as("idle for 80 minutes").isEmpty();
        }
    }

    @Test
    void theDatabaseHoldsOnlyAHashOfTheSessionToken() {
        try (TestDatabases.Fresh fresh = TestDatabases.fresh(); Database db = Database.open(fresh.settings())) {
            var accounts = new AccountService(db.dsl(), new UserRepository(db.dsl()), new PasswordHasher());
            User u = accounts.createFirstInstructor("Ada", "ada@school.test", "password123");
            SessionStore store = new SessionStore(db.dsl(), Duration.ofMinutes(30), Clock.systemUTC());
            String token = store.create(u.id());
            var ids = db.dsl().select(org.lectern.db.generated.Tables.SESSIONS.ID_HASH).from(org.lectern.db.generated.Tables.SESSIONS)
                    .fetch(org.lectern.db.generated.Tables.SESSIONS.ID_HASH);
            assertThat(ids).hasSize(1).doesNotContain(token);
            assertThat(store.find(token)).get().extracting(s -> s.user().email()).isEqualTo("ada@school.test");
        }
    }
}
