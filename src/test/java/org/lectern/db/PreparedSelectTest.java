package org.lectern.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lectern.db.generated.Tables.USERS;

import java.time.OffsetDateTime;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.lectern.testing.DatabaseTest;
import org.lectern.testing.TestDatabases;

/** A select whose SQL is rendered once runs with each call's values, in the right places, on both databases. */
@DatabaseTest
class PreparedSelectTest {

    /** Named values in an order different from the SQL's, and a constant kept as built. */
    private static final PreparedSelect BY_NAME_ROLE_AND_EMAIL = new PreparedSelect(
            DSL.select(USERS.ID, USERS.EMAIL, USERS.CREATED_AT).from(USERS)
                    .where(USERS.ROLE.eq(DSL.param("role", String.class)))
                    .and(USERS.IS_ADMIN.eq(false))
                    .and(USERS.EMAIL.eq(DSL.param("email", String.class)))
                    .and(USERS.NAME.eq(DSL.param("name", String.class))),
            "name", "email", "role");

    @Test
    void eachCallBindsItsOwnValuesToTheirNamedPlaces() {
        try (TestDatabases.Fresh fresh = TestDatabases.fresh(); Database db = Database.open(fresh.settings())) {
            DSLContext dsl = db.dsl();
            long ann = user(dsl, "ann@school.test", "Ann", "student");
            long bob = user(dsl, "bob@school.test", "Bob", "instructor");

            Record a = BY_NAME_ROLE_AND_EMAIL.fetchFirst(dsl, "Ann", "ann@school.test", "student");
            assertThat(a.get(USERS.ID)).isEqualTo(ann);
            assertThat(a.get(USERS.CREATED_AT)).isInstanceOf(OffsetDateTime.class);
            assertThat(BY_NAME_ROLE_AND_EMAIL.fetchFirst(dsl, "Bob", "bob@school.test", "instructor").get(USERS.ID)).isEqualTo(bob);
            // the same values in the wrong places find nobody
            assertThat(BY_NAME_ROLE_AND_EMAIL.fetchFirst(dsl, "ann@school.test", "Ann", "student")).isNull();
            assertThat(BY_NAME_ROLE_AND_EMAIL.fetch(dsl, "Bob", "bob@school.test", "student")).isEmpty();
        }
    }

    @Test
    void aConstantInTheQueryKeepsItsValue() {
        try (TestDatabases.Fresh fresh = TestDatabases.fresh(); Database db = Database.open(fresh.settings())) {
            DSLContext dsl = db.dsl();
            long id = user(dsl, "root@school.test", "Root", "instructor");
            dsl.update(USERS).set(USERS.IS_ADMIN, true).where(USERS.ID.eq(id)).execute();
            assertThat(BY_NAME_ROLE_AND_EMAIL.fetch(dsl, "Root", "root@school.test", "instructor")).isEmpty();
        }
    }

    @Test
    void aValueUsedTwiceOrANameNotInTheQueryIsRefusedWhenBuilt() {
        var twice = DSL.param("email", String.class);
        assertThatThrownBy(() -> new PreparedSelect(DSL.select(USERS.ID).from(USERS)
                .where(USERS.EMAIL.eq(twice)).or(USERS.NAME.eq(twice)), "email"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PreparedSelect(DSL.select(USERS.ID).from(USERS)
                .where(USERS.EMAIL.eq(DSL.param("email", String.class))), "mail"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static long user(DSLContext dsl, String email, String name, String role) {
        return dsl.insertInto(USERS)
                .set(USERS.EMAIL, email).set(USERS.NAME, name).set(USERS.PASSWORD_HASH, "x").set(USERS.ROLE, role)
                .set(USERS.CREATED_AT, OffsetDateTime.now())
                .returning(USERS.ID).fetchSingle(USERS.ID);
    }
}
