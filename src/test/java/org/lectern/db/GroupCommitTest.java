package org.lectern.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lectern.db.generated.Tables.USERS;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.lectern.shared.InvalidInput;
import org.lectern.testing.DatabaseTest;
import org.lectern.testing.TestDatabases;

/** Many requests' small writes share one commit; each is acknowledged only once committed, and fails alone. */
@DatabaseTest
class GroupCommitTest {

    @Test
    void aWriteIsCommittedBeforeRunReturnsAndItsResultComesBack() {
        try (TestDatabases.Fresh fresh = TestDatabases.fresh(); Database db = Database.open(fresh.settings())) {
            long id = db.groupCommit().run(tx -> user(tx, "a@school.test"));
            assertThat(id).isPositive();
            // Another connection sees it at once: it is committed, not just written in the writer's transaction.
            try (Database other = Database.connect(fresh.settings())) {
                assertThat(other.dsl().fetchCount(USERS, USERS.ID.eq(id))).isEqualTo(1);
            }
        }
    }

    @Test
    void aRejectedWriteInABusyBatchFailsAloneAndTheOthersAreSaved() throws Exception {
        try (TestDatabases.Fresh fresh = TestDatabases.fresh(); Database db = Database.open(fresh.settings())) {
            int writers = 40;
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> outcomes = new ArrayList<>();
            try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int i = 0; i < writers; i++) {
                    String email = "s" + i + "@school.test";
                    boolean rejected = i % 5 == 0;
                    outcomes.add(pool.submit(() -> {
                        start.await();
                        try {
                            db.groupCommit().run(tx -> {
                                user(tx, email);
                                if (rejected) {
                                    throw new InvalidInput("rejected after writing");
                                }
                                return null;
                            });
                            return "saved";
                        } catch (InvalidInput e) {
                            return "rejected";
                        }
                    }));
                }
                start.countDown();
                for (int i = 0; i < writers; i++) {
                    assertThat(outcomes.get(i).get()).isEqualTo(i % 5 == 0 ? "rejected" : "saved");
                }
            }
            for (int i = 0; i < writers; i++) {
                assertThat(db.dsl().fetchCount(USERS, USERS.EMAIL.eq("s" + i + "@school.test")))
                        .as("writer " + i).isEqualTo(i % 5 == 0 ? 0 : 1);
            }
        }
    }

    @Test
    void aWriteThatBreaksAConstraintIsReportedToItsRequest() {
        try (TestDatabases.Fresh fresh = TestDatabases.fresh(); Database db = Database.open(fresh.settings())) {
            db.groupCommit().run(tx -> user(tx, "b@school.test"));
            assertThatThrownBy(() -> db.groupCommit().run(tx -> user(tx, "b@school.test")))
                    .as("the same email twice").isInstanceOf(org.jooq.exception.DataAccessException.class);
            assertThat(db.dsl().fetchCount(USERS, USERS.EMAIL.eq("b@school.test"))).isEqualTo(1);
            long next = db.groupCommit().run(tx -> user(tx, "c@school.test"));
            assertThat(next).as("the writer goes on").isPositive();
        }
    }

    private static long user(DSLContext dsl, String email) {
        return dsl.insertInto(USERS)
                .set(USERS.EMAIL, email).set(USERS.NAME, email).set(USERS.PASSWORD_HASH, "x").set(USERS.ROLE, "student")
                .set(USERS.CREATED_AT, OffsetDateTime.now())
                .returning(USERS.ID).fetchSingle(USERS.ID);
    }
}
