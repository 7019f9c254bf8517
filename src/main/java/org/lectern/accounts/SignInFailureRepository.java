package org.lectern.accounts;

import static org.lectern.db.generated.Tables.SIGN_IN_FAILURES;

import java.time.OffsetDateTime;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.impl.DSL;

/** All SQL on sign_in_failures. */
final class SignInFailureRepository {

    /** How many failures a subject has in the window, and when the oldest of them happened. */
    record Window(int failures, OffsetDateTime oldest) {}

    private final DSLContext dsl;

    SignInFailureRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Window since(String kind, String subjectHash, OffsetDateTime from) {
        Record2<Integer, OffsetDateTime> r = dsl.select(DSL.count(), DSL.min(SIGN_IN_FAILURES.FAILED_AT))
                .from(SIGN_IN_FAILURES)
                .where(SIGN_IN_FAILURES.SUBJECT_KIND.eq(kind))
                .and(SIGN_IN_FAILURES.SUBJECT_HASH.eq(subjectHash))
                .and(SIGN_IN_FAILURES.FAILED_AT.gt(from))
                .fetchSingle();
        return new Window(r.value1(), r.value2());
    }

    void insert(String kind, String subjectHash, OffsetDateTime at) {
        dsl.insertInto(SIGN_IN_FAILURES)
                .set(SIGN_IN_FAILURES.SUBJECT_KIND, kind)
                .set(SIGN_IN_FAILURES.SUBJECT_HASH, subjectHash)
                .set(SIGN_IN_FAILURES.FAILED_AT, at)
                .execute();
    }

    void deleteAll(String kind, String subjectHash) {
        dsl.deleteFrom(SIGN_IN_FAILURES)
                .where(SIGN_IN_FAILURES.SUBJECT_KIND.eq(kind))
                .and(SIGN_IN_FAILURES.SUBJECT_HASH.eq(subjectHash))
                .execute();
    }

    int deleteOlderThan(OffsetDateTime before) {
        return dsl.deleteFrom(SIGN_IN_FAILURES).where(SIGN_IN_FAILURES.FAILED_AT.le(before)).execute();
    }
}
