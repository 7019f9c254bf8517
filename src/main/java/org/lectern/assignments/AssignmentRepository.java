package org.lectern.assignments;

import static org.lectern.db.generated.Tables.ASSIGNMENTS;
import static org.lectern.db.generated.Tables.ASSIGNMENT_EXTENSIONS;

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

    /** The assignment's terms for one student, extension applied. */
    public Optional<StudentTerms> termsFor(long assignmentId, long userId) {
        return findById(assignmentId).map(a -> StudentTerms.of(a, extension(assignmentId, userId).orElse(null)));
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
