package org.lectern.grading;

import static org.lectern.db.generated.Tables.ANSWERS;
import static org.lectern.db.generated.Tables.ASSIGNMENT_RESULTS;
import static org.lectern.db.generated.Tables.ATTEMPTS;
import static org.lectern.db.generated.Tables.DISCUSSION_POSTS;
import static org.lectern.db.generated.Tables.SCORE_CHANGES;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.lectern.assignments.Assignment;
import org.lectern.assignments.AssignmentRepository;
import org.lectern.assignments.StudentTerms;
import org.lectern.db.generated.tables.records.AttemptsRecord;
import org.lectern.questions.QuestionBank;
import org.lectern.questions.QuestionType;

/**
 * The one place a student's standing on an assignment is computed: attempt scores from answers,
 * the counted score by the assignment's policy (best, last, average), late penalties and
 * discussion points. Called whenever work is submitted or graded; writes assignment_results and,
 * when points change after the fact, an audit row in score_changes.
 */
public final class AssignmentResults {

    /** Question types a student's attempt is scored on (discussion is graded separately). */
    public static final List<QuestionType> SCORED_TYPES = List.of(QuestionType.multiple_choice, QuestionType.true_false,
            QuestionType.cloze, QuestionType.matching, QuestionType.ordering, QuestionType.main_idea,
            QuestionType.short_answer, QuestionType.select_evidence);

    private AssignmentResults() {}

    /** A submitted attempt's score: credit earned over the counted questions of the module (0..1). */
    public static BigDecimal scoreAttempt(DSLContext tx, Assignment a, long attemptId) {
        List<QuestionBank.StoredQuestion> counted = new QuestionBank(tx).forModule(a.moduleId(), true).stream()
                .filter(q -> SCORED_TYPES.contains(q.question().type()) && a.counts(q.question().type().name()))
                .toList();
        if (counted.isEmpty()) {
            return BigDecimal.ONE.setScale(4, RoundingMode.HALF_UP);
        }
        List<Long> ids = counted.stream().map(QuestionBank.StoredQuestion::id).toList();
        BigDecimal earned = tx.select(ANSWERS.CREDIT).from(ANSWERS)
                .where(ANSWERS.ATTEMPT_ID.eq(attemptId)).and(ANSWERS.QUESTION_ID.in(ids))
                .fetch(ANSWERS.CREDIT).stream().filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
        return earned.divide(BigDecimal.valueOf(counted.size()), 4, RoundingMode.HALF_UP);
    }

    /** Rescores every submitted attempt of the student, then recomputes the result. */
    public static void rescoreAndRecompute(DSLContext tx, long assignmentId, long userId, String reason, Long changedBy) {
        Assignment a = new AssignmentRepository(tx).findById(assignmentId).orElseThrow();
        for (AttemptsRecord attempt : tx.selectFrom(ATTEMPTS).where(ATTEMPTS.ASSIGNMENT_ID.eq(assignmentId))
                .and(ATTEMPTS.USER_ID.eq(userId)).and(ATTEMPTS.SUBMITTED_AT.isNotNull()).fetch()) {
            tx.update(ATTEMPTS).set(ATTEMPTS.SCORE, scoreAttempt(tx, a, attempt.getId()))
                    .where(ATTEMPTS.ID.eq(attempt.getId())).execute();
        }
        recompute(tx, assignmentId, userId, reason, changedBy);
    }

    /**
     * Recomputes and stores one student's result. When the points change and a reason is given
     * (regrading, an answer-key edit), the change is written to score_changes.
     */
    public static void recompute(DSLContext tx, long assignmentId, long userId, String reason, Long changedBy) {
        StudentTerms terms = new AssignmentRepository(tx).termsFor(assignmentId, userId).orElseThrow();
        Assignment a = terms.assignment();
        List<AttemptsRecord> attempts = tx.selectFrom(ATTEMPTS)
                .where(ATTEMPTS.ASSIGNMENT_ID.eq(assignmentId)).and(ATTEMPTS.USER_ID.eq(userId))
                .orderBy(ATTEMPTS.NUMBER).fetch();
        List<AttemptsRecord> submitted = attempts.stream()
                .filter(r -> r.getSubmittedAt() != null && r.getScore() != null).toList();

        BigDecimal comprehension = null;
        OffsetDateTime countedAt = null;
        if (!submitted.isEmpty()) {
            switch (a.scoring()) {
                case best -> {
                    AttemptsRecord best = submitted.stream()
                            .max(Comparator.comparing(AttemptsRecord::getScore).thenComparing(r -> -r.getNumber()))
                            .orElseThrow();
                    comprehension = best.getScore();
                    countedAt = best.getSubmittedAt();
                }
                case last -> {
                    AttemptsRecord last = submitted.get(submitted.size() - 1);
                    comprehension = last.getScore();
                    countedAt = last.getSubmittedAt();
                }
                case average -> {
                    comprehension = submitted.stream().map(AttemptsRecord::getScore).reduce(BigDecimal.ZERO, BigDecimal::add)
                            .divide(BigDecimal.valueOf(submitted.size()), 4, RoundingMode.HALF_UP);
                    countedAt = submitted.get(submitted.size() - 1).getSubmittedAt();
                }
            }
        }
        OffsetDateTime firstSubmission = submitted.isEmpty() ? null : submitted.get(0).getSubmittedAt();

        List<BigDecimal> posts = tx.select(DISCUSSION_POSTS.POINTS).from(DISCUSSION_POSTS)
                .where(DISCUSSION_POSTS.ASSIGNMENT_ID.eq(assignmentId)).and(DISCUSSION_POSTS.USER_ID.eq(userId))
                .and(DISCUSSION_POSTS.PARENT_ID.isNull()).fetch(DISCUSSION_POSTS.POINTS);
        BigDecimal discussion = null;
        for (BigDecimal pts : posts) {
            if (pts != null) {
                discussion = (discussion == null ? BigDecimal.ZERO : discussion).add(pts);
            }
        }
        if (discussion != null && discussion.compareTo(a.discussionPoints()) > 0) {
            discussion = a.discussionPoints();
        }

        boolean late = terms.isLate(countedAt);
        BigDecimal points = null;
        if (comprehension != null || discussion != null) {
            BigDecimal comp = comprehension == null ? BigDecimal.ZERO : comprehension.multiply(a.comprehensionPoints());
            if (late && a.latePolicy() == Assignment.LatePolicy.penalty) {
                BigDecimal keep = BigDecimal.valueOf(100 - Math.min(100, Math.max(0, a.latePenaltyPercent())));
                comp = comp.multiply(keep).divide(BigDecimal.valueOf(100), 4, RoundingMode.HALF_UP);
            }
            points = comp.add(discussion == null ? BigDecimal.ZERO : discussion).setScale(2, RoundingMode.HALF_UP);
        }
        String status = !submitted.isEmpty() ? "submitted"
                : (!attempts.isEmpty() || !posts.isEmpty()) ? "in_progress" : "not_started";

        Record old = tx.select(ASSIGNMENT_RESULTS.POINTS).from(ASSIGNMENT_RESULTS)
                .where(ASSIGNMENT_RESULTS.ASSIGNMENT_ID.eq(assignmentId)).and(ASSIGNMENT_RESULTS.USER_ID.eq(userId))
                .fetchOne();
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        values.put(ASSIGNMENT_RESULTS.STATUS, status);
        values.put(ASSIGNMENT_RESULTS.COMPREHENSION_SCORE, comprehension);
        values.put(ASSIGNMENT_RESULTS.DISCUSSION_POINTS, discussion);
        values.put(ASSIGNMENT_RESULTS.POINTS, points);
        values.put(ASSIGNMENT_RESULTS.POINTS_POSSIBLE, a.pointsPossible());
        values.put(ASSIGNMENT_RESULTS.ATTEMPTS_USED, attempts.size());
        values.put(ASSIGNMENT_RESULTS.SUBMITTED_AT, firstSubmission);
        values.put(ASSIGNMENT_RESULTS.LATE, late);
        values.put(ASSIGNMENT_RESULTS.UPDATED_AT, OffsetDateTime.now());
        if (old == null) {
            tx.insertInto(ASSIGNMENT_RESULTS)
                    .set(ASSIGNMENT_RESULTS.ASSIGNMENT_ID, assignmentId)
                    .set(ASSIGNMENT_RESULTS.USER_ID, userId)
                    .set(values)
                    .execute();
            return;
        }
        tx.update(ASSIGNMENT_RESULTS).set(values)
                .where(ASSIGNMENT_RESULTS.ASSIGNMENT_ID.eq(assignmentId)).and(ASSIGNMENT_RESULTS.USER_ID.eq(userId))
                .execute();
        BigDecimal before = old.get(ASSIGNMENT_RESULTS.POINTS);
        if (reason != null && before != null && (points == null || before.compareTo(points) != 0)) {
            tx.insertInto(SCORE_CHANGES)
                    .set(SCORE_CHANGES.ASSIGNMENT_ID, assignmentId)
                    .set(SCORE_CHANGES.USER_ID, userId)
                    .set(SCORE_CHANGES.OLD_POINTS, before)
                    .set(SCORE_CHANGES.NEW_POINTS, points)
                    .set(SCORE_CHANGES.REASON, reason.length() > 500 ? reason.substring(0, 500) : reason)
                    .set(SCORE_CHANGES.CHANGED_BY, changedBy)
                    .execute();
        }
    }
}
