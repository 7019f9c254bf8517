package org.lectern.quiz;

import java.time.OffsetDateTime;
import org.jooq.DSLContext;
import org.lectern.accounts.User;
import org.lectern.assignments.Assignment;
import org.lectern.assignments.AssignmentRepository;
import org.lectern.assignments.StudentTerms;
import org.lectern.classes.ClassRepository;
import org.lectern.classes.SchoolClass;
import org.lectern.importing.ModuleRepository;
import org.lectern.reading.ModuleRenderer;
import org.lectern.reading.ReadingRepository;
import org.lectern.shared.Forbidden;
import org.lectern.shared.NotFound;

/**
 * Opens an assignment for a student: it must exist, belong to a class the student actively
 * attends, and be open. Gives the terms (extension applied) and the rendered module.
 */
public final class StudentAssignments {

    private final DSLContext dsl;
    private final ModuleRenderer renderer;

    /** An assignment as one student works on it. */
    public record Opened(Assignment assignment, StudentTerms terms, SchoolClass schoolClass,
                         ModuleRenderer.Rendered module) {
        public long id() {
            return assignment.id();
        }

        public long moduleId() {
            return assignment.moduleId();
        }
    }

    public StudentAssignments(DSLContext dsl, ModuleRenderer renderer) {
        this.dsl = dsl;
        this.renderer = renderer;
    }

    public Opened open(User student, long assignmentId) {
        AssignmentRepository assignments = new AssignmentRepository(dsl);
        Assignment a = assignments.findById(assignmentId).orElseThrow(() -> new NotFound("No such assignment."));
        ClassRepository classes = new ClassRepository(dsl);
        if (!student.isStudent() || !classes.isActiveMember(a.classId(), student.id())) {
            throw new Forbidden("This assignment is not for one of your classes.");
        }
        StudentTerms terms = assignments.termsFor(assignmentId, student.id()).orElseThrow();
        if (!terms.isOpen(OffsetDateTime.now())) {
            throw new Forbidden("This reading is not open yet.");
        }
        SchoolClass c = classes.findById(a.classId()).orElseThrow();
        return new Opened(a, terms, c, rendered(a.moduleId()));
    }

    /** The rendered module (cached per content hash). */
    public ModuleRenderer.Rendered rendered(long moduleId) {
        String hash = new ReadingRepository(dsl).contentHash(moduleId).orElseThrow(() -> new NotFound("No such module."));
        return renderer.rendered(moduleId, hash, () -> new ModuleRepository(dsl).findById(moduleId).orElseThrow().module());
    }
}
