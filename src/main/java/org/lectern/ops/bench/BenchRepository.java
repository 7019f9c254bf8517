package org.lectern.ops.bench;

import static org.lectern.db.generated.Tables.ENROLLMENTS;
import static org.lectern.db.generated.Tables.USERS;

import java.util.Collection;
import org.jooq.DSLContext;

/** The benchmark's own reads, for the durability check. */
final class BenchRepository {

    private final DSLContext dsl;

    BenchRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** How many of these emails belong to students enrolled in the class. */
    long enrolledStudents(long classId, Collection<String> emails) {
        return dsl.fetchCount(dsl.select(USERS.ID).from(USERS)
                .join(ENROLLMENTS).on(ENROLLMENTS.USER_ID.eq(USERS.ID))
                .where(ENROLLMENTS.CLASS_ID.eq(classId))
                .and(USERS.EMAIL.in(emails)));
    }
}
