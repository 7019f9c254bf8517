package org.lectern.assignments;

import static org.lectern.db.generated.Tables.ASSIGNMENTS;
import static org.lectern.db.generated.Tables.ASSIGNMENT_EXTENSIONS;
import static org.lectern.db.generated.Tables.CLASSES;
import static org.lectern.db.generated.Tables.ENROLLMENTS;
import static org.lectern.db.generated.Tables.MODULES;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.lectern.db.PreparedSelect;
import org.lectern.classes.ClassRepository;
import org.lectern.classes.SchoolClass;

/** All SQL on assignments and extensions. */
public final class AssignmentRepository {

    private final DSLContext dsl;

    public AssignmentRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Assignment insert(Assignment a) {
        Record r = dsl.insertInto(ASSIGNMENTS)
                .set(ASSIGNMENTS.CLASS_ID, a.classId())
                .set(ASSIGNMENTS.MODULE_ID, a.moduleId())
                .set(policyColumns(a))
                .returning()
                .fetchSingle();
        return toAssignment(r);
    }

    public void update(Assignment a) {
        dsl.update(ASSIGNMENTS).set(policyColumns(a)).where(ASSIGNMENTS.ID.eq(a.id())).execute();
    }

    /** The columns an instructor sets (everything but identity, class and module). */
    private static Map<Field<?>, Object> policyColumns(Assignment a) {
        Map<Field<?>, Object> m = new LinkedHashMap<>();
        m.put(ASSIGNMENTS.OPENS_AT, a.opensAt());
        m.put(ASSIGNMENTS.DUE_AT, a.dueAt());
        m.put(ASSIGNMENTS.LATE_POLICY, a.latePolicy().name());
        m.put(ASSIGNMENTS.LATE_PENALTY_PERCENT, a.latePenaltyPercent());
        m.put(ASSIGNMENTS.ATTEMPTS_ALLOWED, a.attemptsAllowed());
        m.put(ASSIGNMENTS.SCORING, a.scoring().name());
        m.put(ASSIGNMENTS.PLACEMENT, a.placement().name());
        m.put(ASSIGNMENTS.COUNTED_TYPES, joinTypes(a.countedTypes()));
        m.put(ASSIGNMENTS.COMPREHENSION_POINTS, a.comprehensionPoints());
        m.put(ASSIGNMENTS.DISCUSSION_POINTS, a.discussionPoints());
        m.put(ASSIGNMENTS.SHOW_ANSWERS, a.showAnswers().name());
        m.put(ASSIGNMENTS.DISCUSSION_MIN_WORDS, a.discussionMinWords());
        return m;
    }

    public Optional<Assignment> findById(long id) {
        return dsl.selectFrom(ASSIGNMENTS).where(ASSIGNMENTS.ID.eq(id)).fetchOptional().map(AssignmentRepository::toAssignment);
    }

    public List<Assignment> forClass(long classId) {
        return dsl.selectFrom(ASSIGNMENTS).where(ASSIGNMENTS.CLASS_ID.eq(classId))
                .orderBy(ASSIGNMENTS.DUE_AT.asc().nullsLast(), ASSIGNMENTS.ID)
                .fetch(AssignmentRepository::toAssignment);
    }

    public Optional<Extension> extension(long assignmentId, long userId) {
        return dsl.selectFrom(ASSIGNMENT_EXTENSIONS)
                .where(ASSIGNMENT_EXTENSIONS.ASSIGNMENT_ID.eq(assignmentId)).and(ASSIGNMENT_EXTENSIONS.USER_ID.eq(userId))
                .fetchOptional()
                .map(r -> new Extension(r.getAssignmentId(), r.getUserId(), r.getDueAt(), r.getExtraAttempts()));
    }

    public List<Extension> extensions(long assignmentId) {
        return dsl.selectFrom(ASSIGNMENT_EXTENSIONS).where(ASSIGNMENT_EXTENSIONS.ASSIGNMENT_ID.eq(assignmentId))
                .orderBy(ASSIGNMENT_EXTENSIONS.USER_ID)
                .fetch(r -> new Extension(r.getAssignmentId(), r.getUserId(), r.getDueAt(), r.getExtraAttempts()));
    }

    public void saveExtension(Extension e) {
        int updated = dsl.update(ASSIGNMENT_EXTENSIONS)
                .set(ASSIGNMENT_EXTENSIONS.DUE_AT, e.dueAt())
                .set(ASSIGNMENT_EXTENSIONS.EXTRA_ATTEMPTS, e.extraAttempts())
                .where(ASSIGNMENT_EXTENSIONS.ASSIGNMENT_ID.eq(e.assignmentId()))
                .and(ASSIGNMENT_EXTENSIONS.USER_ID.eq(e.userId()))
                .execute();
        if (updated == 0) {
            dsl.insertInto(ASSIGNMENT_EXTENSIONS)
                    .set(ASSIGNMENT_EXTENSIONS.ASSIGNMENT_ID, e.assignmentId())
                    .set(ASSIGNMENT_EXTENSIONS.USER_ID, e.userId())
                    .set(ASSIGNMENT_EXTENSIONS.DUE_AT, e.dueAt())
                    .set(ASSIGNMENT_EXTENSIONS.EXTRA_ATTEMPTS, e.extraAttempts())
                    .execute();
        }
    }

    /** The assignment's terms for one student, extension applied (one query). */
    public Optional<StudentTerms> termsFor(long assignmentId, long userId) {
        return dsl.select(columns(ASSIGNMENTS.fields(), ASSIGNMENT_EXTENSIONS.DUE_AT, ASSIGNMENT_EXTENSIONS.EXTRA_ATTEMPTS,
                        ASSIGNMENT_EXTENSIONS.USER_ID))
                .from(ASSIGNMENTS)
                .leftJoin(ASSIGNMENT_EXTENSIONS).on(ASSIGNMENT_EXTENSIONS.ASSIGNMENT_ID.eq(ASSIGNMENTS.ID)
                        .and(ASSIGNMENT_EXTENSIONS.USER_ID.eq(userId)))
                .where(ASSIGNMENTS.ID.eq(assignmentId))
                .fetchOptional(r -> StudentTerms.of(toAssignment(r), extensionOf(r, assignmentId, userId)));
    }

    /** What a student needs to open an assignment: its terms, class, module version and their membership. */
    public record ForStudent(StudentTerms terms, SchoolClass schoolClass, boolean activeMember, String contentHash) {}

    /**
     * Everything {@link ForStudent} holds in one query: it runs on every student page and answer,
     * so a class at its peak pays for one round trip here instead of six.
     */
    private static final Field<Boolean> ACTIVE_MEMBER = DSL.field(ENROLLMENTS.USER_ID.isNotNull()).as("active_member");

    /** Every page of an assignment runs this: its SQL is rendered once (see PreparedSelect). */
    private static final PreparedSelect FOR_STUDENT = forStudentQuery();

    private static PreparedSelect forStudentQuery() {
        List<Field<?>> columns = columns(ASSIGNMENTS.fields(), ASSIGNMENT_EXTENSIONS.DUE_AT,
                ASSIGNMENT_EXTENSIONS.EXTRA_ATTEMPTS, ASSIGNMENT_EXTENSIONS.USER_ID, MODULES.CONTENT_HASH, ACTIVE_MEMBER);
        columns.addAll(List.of(CLASSES.fields()));
        return new PreparedSelect(DSL.select(columns)
                .from(ASSIGNMENTS)
                .join(CLASSES).on(CLASSES.ID.eq(ASSIGNMENTS.CLASS_ID))
                .join(MODULES).on(MODULES.ID.eq(ASSIGNMENTS.MODULE_ID))
                .leftJoin(ASSIGNMENT_EXTENSIONS).on(ASSIGNMENT_EXTENSIONS.ASSIGNMENT_ID.eq(ASSIGNMENTS.ID)
                        .and(ASSIGNMENT_EXTENSIONS.USER_ID.eq(DSL.param("extensionUser", Long.class))))
                .leftJoin(ENROLLMENTS).on(ENROLLMENTS.CLASS_ID.eq(ASSIGNMENTS.CLASS_ID)
                        .and(ENROLLMENTS.USER_ID.eq(DSL.param("memberUser", Long.class))).and(ENROLLMENTS.REMOVED_AT.isNull()))
                .where(ASSIGNMENTS.ID.eq(DSL.param("assignment", Long.class))),
                "assignment", "extensionUser", "memberUser");
    }

    public Optional<ForStudent> forStudent(long assignmentId, long userId) {
        Record r = FOR_STUDENT.fetchFirst(dsl, assignmentId, userId, userId);
        return r == null ? Optional.empty() : Optional.of(new ForStudent(
                StudentTerms.of(toAssignment(r), extensionOf(r, assignmentId, userId)),
                ClassRepository.toClass(r), Boolean.TRUE.equals(r.get(ACTIVE_MEMBER)), r.get(MODULES.CONTENT_HASH)));
    }

    private static List<Field<?>> columns(Field<?>[] all, Field<?>... more) {
        List<Field<?>> out = new java.util.ArrayList<>(List.of(all));
        out.addAll(List.of(more));
        return out;
    }

    private static Extension extensionOf(Record r, long assignmentId, long userId) {
        return r.get(ASSIGNMENT_EXTENSIONS.USER_ID) == null ? null
                : new Extension(assignmentId, userId, r.get(ASSIGNMENT_EXTENSIONS.DUE_AT),
                        r.get(ASSIGNMENT_EXTENSIONS.EXTRA_ATTEMPTS));
    }

    static Assignment toAssignment(Record r) {
        return new Assignment(
                r.get(ASSIGNMENTS.ID), r.get(ASSIGNMENTS.CLASS_ID), r.get(ASSIGNMENTS.MODULE_ID),
                r.get(ASSIGNMENTS.OPENS_AT), r.get(ASSIGNMENTS.DUE_AT),
                Assignment.LatePolicy.valueOf(r.get(ASSIGNMENTS.LATE_POLICY)), r.get(ASSIGNMENTS.LATE_PENALTY_PERCENT),
                r.get(ASSIGNMENTS.ATTEMPTS_ALLOWED), Assignment.Scoring.valueOf(r.get(ASSIGNMENTS.SCORING)),
                Assignment.Placement.valueOf(r.get(ASSIGNMENTS.PLACEMENT)), splitTypes(r.get(ASSIGNMENTS.COUNTED_TYPES)),
                r.get(ASSIGNMENTS.COMPREHENSION_POINTS), r.get(ASSIGNMENTS.DISCUSSION_POINTS),
                Assignment.ShowAnswers.valueOf(r.get(ASSIGNMENTS.SHOW_ANSWERS)), r.get(ASSIGNMENTS.DISCUSSION_MIN_WORDS));
    }

    static String joinTypes(Set<String> types) {
        return String.join(",", new TreeSet<>(types));
    }

    static Set<String> splitTypes(String s) {
        if (s == null || s.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(s.split(",")).map(String::strip).filter(t -> !t.isEmpty()).collect(Collectors.toSet());
    }
}
