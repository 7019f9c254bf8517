package org.lectern.ops.bench;

import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;

/**
 * After the run: how many of one kind of acknowledged write are really in the database. Every
 * write the server acknowledged with a success status must be found; a shortfall is lost data.
 */
public interface DurabilityCheck {

    /** The kind of write, matching {@link StepStats#acknowledges()} ("signups", "answers"). */
    String kind();

    /** How many of the acknowledged writes of this kind are in the database. */
    long stored(DSLContext dsl, Cohort cohort);

    /**
     * How many distinct writes were acknowledged. By default every acknowledgement the steps counted;
     * kinds whose writes may be repeated (an answer changed in a later round) count distinct keys.
     */
    default long acknowledged(Cohort cohort, long countedBySteps) {
        return countedBySteps;
    }

    /** Student accounts enrolled in the benchmark class. */
    static DurabilityCheck signups() {
        return new DurabilityCheck() {
            public String kind() {
                return "signups";
            }

            public long stored(DSLContext dsl, Cohort cohort) {
                List<String> emails = cohort.students().stream().map(Visitor::email).toList();
                return new BenchRepository(dsl).enrolledStudents(cohort.classId(), emails);
            }
        };
    }

    /** Answers: each (student, question) acknowledged at least once has its row in {@code answers}. */
    static DurabilityCheck answers() {
        return keyed("answers", Journeys.ANSWERED, (dsl, assignmentId) -> new BenchRepository(dsl).answered(assignmentId));
    }

    /** Discussion responses: each (student, question) acknowledged has its post. */
    static DurabilityCheck discussionPosts() {
        return keyed("discussion_posts", Journeys.POSTED, (dsl, assignmentId) -> new BenchRepository(dsl).posted(assignmentId));
    }

    /** Stored keys ("email question-id") of one assignment. */
    interface StoredKeys {
        Set<String> of(DSLContext dsl, long assignmentId);
    }

    private static DurabilityCheck keyed(String kind, String fact, StoredKeys storedKeys) {
        return new DurabilityCheck() {
            public String kind() {
                return kind;
            }

            public long acknowledged(Cohort cohort, long countedBySteps) {
                return cohort.students().stream().mapToLong(v -> Journeys.keys(v, fact).size()).sum();
            }

            public long stored(DSLContext dsl, Cohort cohort) {
                if (cohort.students().isEmpty()) {
                    return 0;
                }
                Set<String> stored = storedKeys.of(dsl, cohort.students().get(0).<Long>fact("assignmentId"));
                return cohort.students().stream().flatMap(v -> Journeys.keys(v, fact).stream()
                        .map(q -> v.email() + " " + q)).filter(stored::contains).count();
            }
        };
    }
}
