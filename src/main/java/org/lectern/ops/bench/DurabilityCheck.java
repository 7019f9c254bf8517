package org.lectern.ops.bench;

import java.util.List;
import org.jooq.DSLContext;

/**
 * After the run: how many of one kind of acknowledged write are really in the database. Every
 * write the server acknowledged with a success status must be found; a shortfall is lost data.
 */
public interface DurabilityCheck {

    /** The kind of write, matching {@link StepStats#acknowledges()} ("signups", "answers"). */
    String kind();

    /** How many of this kind the cohort's students have in the database. */
    long stored(DSLContext dsl, Cohort cohort);

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
}
