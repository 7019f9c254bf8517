package org.lectern.ops.bench;

import static org.lectern.db.generated.Tables.ANSWERS;
import static org.lectern.db.generated.Tables.ATTEMPTS;
import static org.lectern.db.generated.Tables.DISCUSSION_POSTS;
import static org.lectern.db.generated.Tables.ENROLLMENTS;
import static org.lectern.db.generated.Tables.USERS;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
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

    /** "email question-id" of every stored answer to the assignment. */
    Set<String> answered(long assignmentId) {
        Set<String> out = new HashSet<>();
        dsl.select(USERS.EMAIL, ANSWERS.QUESTION_ID).from(ANSWERS)
                .join(ATTEMPTS).on(ATTEMPTS.ID.eq(ANSWERS.ATTEMPT_ID))
                .join(USERS).on(USERS.ID.eq(ATTEMPTS.USER_ID))
                .where(ATTEMPTS.ASSIGNMENT_ID.eq(assignmentId))
                .forEach(r -> out.add(r.value1() + " " + r.value2()));
        return out;
    }

    /** "email question-id" of every stored discussion response (not reply) on the assignment. */
    Set<String> posted(long assignmentId) {
        Set<String> out = new HashSet<>();
        dsl.select(USERS.EMAIL, DISCUSSION_POSTS.QUESTION_ID).from(DISCUSSION_POSTS)
                .join(USERS).on(USERS.ID.eq(DISCUSSION_POSTS.USER_ID))
                .where(DISCUSSION_POSTS.ASSIGNMENT_ID.eq(assignmentId)).and(DISCUSSION_POSTS.PARENT_ID.isNull())
                .forEach(r -> out.add(r.value1() + " " + r.value2()));
        return out;
    }
}
