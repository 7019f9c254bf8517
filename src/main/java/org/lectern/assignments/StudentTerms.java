package org.lectern.assignments;

import java.time.OffsetDateTime;

/**
 * An assignment as it applies to one student: the due date and attempts after any extension. Late,
 * open and attempts-left are decided here and nowhere else.
 */
public record StudentTerms(Assignment assignment, OffsetDateTime dueAt, int attemptsAllowed) {

    public static StudentTerms of(Assignment a, Extension extension) {
        OffsetDateTime due = a.dueAt();
        int attempts = a.attemptsAllowed();
        if (extension != null) {
            if (extension.dueAt() != null) {
                due = extension.dueAt();
            }
            if (attempts > 0) {
                attempts += extension.extraAttempts();
            }
        }
        return new StudentTerms(a, due, attempts);
    }

    public boolean isOpen(OffsetDateTime now) {
        return assignment.opensAt() == null || !now.isBefore(assignment.opensAt());
    }

    public boolean isPastDue(OffsetDateTime now) {
        return dueAt != null && now.isAfter(dueAt);
    }

    public boolean isLate(OffsetDateTime submittedAt) {
        return dueAt != null && submittedAt != null && submittedAt.isAfter(dueAt);
    }

    /** Whether new work is accepted now (not before opening, not after the due date when late work is refused). */
    public boolean acceptsWork(OffsetDateTime now) {
        return isOpen(now) && !(isPastDue(now) && assignment.latePolicy() == Assignment.LatePolicy.refuse);
    }

    public boolean mayStartAttempt(int attemptsUsed) {
        return attemptsAllowed == 0 || attemptsUsed < attemptsAllowed;
    }

    /** Whether correct answers may be shown to the student now. */
    public boolean showsAnswers(OffsetDateTime now) {
        return switch (assignment.showAnswers()) {
            case immediately -> true;
            case after_due -> isPastDue(now);
            case never -> false;
        };
    }
}
