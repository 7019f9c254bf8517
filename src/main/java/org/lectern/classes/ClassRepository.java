package org.lectern.classes;

import static org.lectern.db.generated.Tables.CLASSES;
import static org.lectern.db.generated.Tables.ENROLLMENTS;
import static org.lectern.db.generated.Tables.USERS;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;

/** All SQL on classes and enrollments. */
public final class ClassRepository {

    private final DSLContext dsl;

    public ClassRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public SchoolClass insert(long instructorId, String name, String term, String section, String joinCode) {
        Record r = dsl.insertInto(CLASSES)
                .set(CLASSES.INSTRUCTOR_ID, instructorId)
                .set(CLASSES.NAME, name)
                .set(CLASSES.TERM, term)
                .set(CLASSES.SECTION, section)
                .set(CLASSES.JOIN_CODE, joinCode)
                .returning()
                .fetchSingle();
        return toClass(r);
    }

    public boolean joinCodeTaken(String code) {
        return dsl.fetchExists(CLASSES, CLASSES.JOIN_CODE.eq(code));
    }

    public Optional<SchoolClass> findById(long id) {
        return dsl.selectFrom(CLASSES).where(CLASSES.ID.eq(id)).fetchOptional().map(ClassRepository::toClass);
    }

    public Optional<SchoolClass> findByJoinCode(String code) {
        return dsl.selectFrom(CLASSES).where(CLASSES.JOIN_CODE.eq(code)).fetchOptional().map(ClassRepository::toClass);
    }

    public List<SchoolClass> taughtBy(long instructorId) {
        return dsl.selectFrom(CLASSES).where(CLASSES.INSTRUCTOR_ID.eq(instructorId))
                .orderBy(CLASSES.NAME, CLASSES.ID).fetch(ClassRepository::toClass);
    }

    public List<SchoolClass> attendedBy(long studentId) {
        return dsl.select(CLASSES.asterisk()).from(CLASSES)
                .join(ENROLLMENTS).on(ENROLLMENTS.CLASS_ID.eq(CLASSES.ID))
                .where(ENROLLMENTS.USER_ID.eq(studentId)).and(ENROLLMENTS.REMOVED_AT.isNull())
                .orderBy(CLASSES.NAME, CLASSES.ID).fetch(ClassRepository::toClass);
    }

    public boolean isActiveMember(long classId, long studentId) {
        return dsl.fetchExists(ENROLLMENTS, ENROLLMENTS.CLASS_ID.eq(classId)
                .and(ENROLLMENTS.USER_ID.eq(studentId)).and(ENROLLMENTS.REMOVED_AT.isNull()));
    }

    /** Enrols a student, or re-activates a removed enrolment. Idempotent. */
    public void enrol(long classId, long studentId, String section) {
        int updated = dsl.update(ENROLLMENTS)
                .set(ENROLLMENTS.REMOVED_AT, (OffsetDateTime) null)
                .where(ENROLLMENTS.CLASS_ID.eq(classId)).and(ENROLLMENTS.USER_ID.eq(studentId))
                .execute();
        if (updated == 0) {
            dsl.insertInto(ENROLLMENTS)
                    .set(ENROLLMENTS.CLASS_ID, classId)
                    .set(ENROLLMENTS.USER_ID, studentId)
                    .set(ENROLLMENTS.SECTION, section == null ? "" : section)
                    .onConflictDoNothing()
                    .execute();
        }
    }

    public void markRemoved(long classId, long studentId) {
        dsl.update(ENROLLMENTS)
                .set(ENROLLMENTS.REMOVED_AT, OffsetDateTime.now())
                .where(ENROLLMENTS.CLASS_ID.eq(classId)).and(ENROLLMENTS.USER_ID.eq(studentId))
                .and(ENROLLMENTS.REMOVED_AT.isNull())
                .execute();
    }

    public List<RosterEntry> roster(long classId) {
        return dsl.select(USERS.ID, USERS.NAME, USERS.EMAIL, ENROLLMENTS.SECTION, ENROLLMENTS.JOINED_AT,
                        ENROLLMENTS.REMOVED_AT)
                .from(ENROLLMENTS).join(USERS).on(USERS.ID.eq(ENROLLMENTS.USER_ID))
                .where(ENROLLMENTS.CLASS_ID.eq(classId))
                .orderBy(USERS.NAME, USERS.ID)
                .fetch(r -> new RosterEntry(r.get(USERS.ID), r.get(USERS.NAME), r.get(USERS.EMAIL),
                        r.get(ENROLLMENTS.SECTION), r.get(ENROLLMENTS.JOINED_AT), r.get(ENROLLMENTS.REMOVED_AT) != null));
    }

    public void updateSettings(long classId, String name, String term, String section) {
        dsl.update(CLASSES).set(CLASSES.NAME, name).set(CLASSES.TERM, term).set(CLASSES.SECTION, section)
                .where(CLASSES.ID.eq(classId)).execute();
    }

    public void setJoinCode(long classId, String code) {
        dsl.update(CLASSES).set(CLASSES.JOIN_CODE, code).where(CLASSES.ID.eq(classId)).execute();
    }

    public void setJoinEnabled(long classId, boolean enabled) {
        dsl.update(CLASSES).set(CLASSES.JOIN_ENABLED, enabled).where(CLASSES.ID.eq(classId)).execute();
    }

    /** A class from a row that has the classes table's columns (also from other features' joins). */
    public static SchoolClass toClass(Record r) {
        return new SchoolClass(r.get(CLASSES.ID), r.get(CLASSES.INSTRUCTOR_ID), r.get(CLASSES.NAME), r.get(CLASSES.TERM),
                r.get(CLASSES.SECTION), r.get(CLASSES.JOIN_CODE), r.get(CLASSES.JOIN_ENABLED));
    }
}
