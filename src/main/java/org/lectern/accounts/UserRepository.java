package org.lectern.accounts;

import static org.lectern.db.generated.Tables.USERS;

import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.lectern.db.generated.tables.records.UsersRecord;

/** All SQL on users. */
public final class UserRepository {

    private final DSLContext dsl;

    public UserRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public boolean anyExists() {
        return dsl.fetchExists(USERS);
    }

    public Optional<User> findById(long id) {
        return dsl.selectFrom(USERS).where(USERS.ID.eq(id)).fetchOptional().map(UserRepository::toUser);
    }

    public Optional<User> findByEmail(String email) {
        return dsl.selectFrom(USERS).where(USERS.EMAIL.eq(normaliseEmail(email))).fetchOptional().map(UserRepository::toUser);
    }

    public Optional<String> passwordHash(long userId) {
        return dsl.select(USERS.PASSWORD_HASH).from(USERS).where(USERS.ID.eq(userId)).fetchOptional(USERS.PASSWORD_HASH);
    }

    public User insert(DSLContext tx, String email, String name, String passwordHash, Role role, boolean admin,
                       boolean mustChangePassword) {
        UsersRecord r = tx.insertInto(USERS)
                .set(USERS.EMAIL, normaliseEmail(email))
                .set(USERS.NAME, name.strip())
                .set(USERS.PASSWORD_HASH, passwordHash)
                .set(USERS.ROLE, role.name())
                .set(USERS.IS_ADMIN, admin)
                .set(USERS.MUST_CHANGE_PASSWORD, mustChangePassword)
                .returning()
                .fetchSingle();
        return toUser(r);
    }

    public void updatePassword(long userId, String passwordHash) {
        dsl.update(USERS)
                .set(USERS.PASSWORD_HASH, passwordHash)
                .set(USERS.MUST_CHANGE_PASSWORD, false)
                .where(USERS.ID.eq(userId))
                .execute();
    }

    public List<User> instructors() {
        return dsl.selectFrom(USERS).where(USERS.ROLE.eq(Role.instructor.name())).orderBy(USERS.NAME, USERS.ID)
                .fetch(UserRepository::toUser);
    }

    static User toUser(Record r) {
        return new User(r.get(USERS.ID), r.get(USERS.EMAIL), r.get(USERS.NAME), Role.parse(r.get(USERS.ROLE)),
                r.get(USERS.IS_ADMIN), r.get(USERS.MUST_CHANGE_PASSWORD));
    }

    public static String normaliseEmail(String email) {
        return email == null ? "" : email.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
