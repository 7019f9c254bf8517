package org.lectern.grading;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.jooq.DSLContext;
import org.lectern.questions.Question;

/**
 * When an answer key changes, every answer to the question gets its credit again from the new key
 * (the answer still points at the revision the student saw), and each affected student's result is
 * rescored through {@link AssignmentResults}, which writes the audit trail.
 */
public final class RegradeService {

    private final AnswerCredit credit;

    public RegradeService(AnswerCredit credit) {
        this.credit = credit;
    }

    /** Regrades inside the caller's transaction; returns how many answers changed credit. */
    public int regrade(DSLContext tx, long questionId, Question newKey, String label, long instructorId) {
        ReviewRepository review = new ReviewRepository(tx);
        int changed = 0;
        for (ReviewRepository.AnswerRow a : review.answersToQuestion(questionId)) {
            Optional<BigDecimal> c = credit.credit(newKey, a.response());
            if (c.isPresent() && (a.credit() == null || c.get().compareTo(a.credit()) != 0)) {
                review.setCredit(a.answerId(), c.get());
                changed++;
            }
        }
        if (changed > 0) {
            for (long[] work : review.workOnQuestion(questionId)) {
                AssignmentResults.rescoreAndRecompute(tx, work[0], work[1], "answer key changed: " + label, instructorId);
            }
        }
        return changed;
    }

    /** Whether two versions of a question would grade a response differently. */
    public static boolean keyChanged(Question before, Question after) {
        return !Objects.equals(before.answer(), after.answer()) || !before.accepted().equals(after.accepted())
                || !before.items().equals(after.items()) || !before.pairs().equals(after.pairs())
                || !before.options().equals(after.options()) || before.type() != after.type();
    }
}
