package org.lectern.quiz;

import java.time.OffsetDateTime;
import org.jooq.DSLContext;
import org.lectern.accounts.User;
import org.lectern.assignments.Assignment;
import org.lectern.assignments.AssignmentRepository;
import org.lectern.assignments.StudentTerms;
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
        AssignmentRepository.ForStudent f = new AssignmentRepository(dsl).forStudent(assignmentId, student.id())
                .orElseThrow(() -> new NotFound("No such assignment."));
        if (!student.isStudent() || !f.activeMember()) {
            throw new Forbidden("This assignment is not for one of your classes.");
        }
        if (!f.terms().isOpen(OffsetDateTime.now())) {
            throw new Forbidden("This reading is not open yet.");
        }
        Assignment a = f.terms().assignment();
        return new Opened(a, f.terms(), f.schoolClass(), rendered(a.moduleId(), f.contentHash()));
    }

    /** The rendered module (cached per content hash). */
    public ModuleRenderer.Rendered rendered(long moduleId) {
        String hash = new ReadingRepository(dsl).contentHash(moduleId).orElseThrow(() -> new NotFound("No such module."));
        return rendered(moduleId, hash);
    }

    private ModuleRenderer.Rendered rendered(long moduleId, String contentHash) {
        return renderer.rendered(moduleId, contentHash, () -> new ModuleRepository(dsl).findById(moduleId).orElseThrow().module());
    }
}
