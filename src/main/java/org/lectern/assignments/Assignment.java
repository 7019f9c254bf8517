package org.lectern.assignments;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Set;

/**
 * A module assigned to a class, with its policy: when it opens and is due, what happens when late,
 * how many attempts and which one counts, where questions appear, which question types count, the
 * points, and when students see correct answers.
 */
public record Assignment(
        long id,
        long classId,
        long moduleId,
        OffsetDateTime opensAt,
        OffsetDateTime dueAt,
        LatePolicy latePolicy,
        int latePenaltyPercent,
        int attemptsAllowed,
        Scoring scoring,
        Placement placement,
        Set<String> countedTypes,
        BigDecimal comprehensionPoints,
        BigDecimal discussionPoints,
        ShowAnswers showAnswers,
        int discussionMinWords) {

    public enum LatePolicy { accept, penalty, refuse }

    public enum Scoring { best, last, average }

    public enum Placement { sections, end }

    public enum ShowAnswers { immediately, after_due, never }

    public Assignment {
        countedTypes = Set.copyOf(countedTypes);
    }

    /** Empty means every auto-graded type counts. */
    public boolean counts(String questionType) {
        return countedTypes.isEmpty() || countedTypes.contains(questionType);
    }

    public BigDecimal pointsPossible() {
        return comprehensionPoints.add(discussionPoints);
    }

    /** 0 means unlimited. */
    public boolean unlimitedAttempts() {
        return attemptsAllowed == 0;
    }
}
