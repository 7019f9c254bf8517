package org.lectern.grading;

import static org.lectern.db.generated.Tables.ANSWERS;
import static org.lectern.db.generated.Tables.ASSIGNMENTS;
import static org.lectern.db.generated.Tables.ASSIGNMENT_EXTENSIONS;
import static org.lectern.db.generated.Tables.ASSIGNMENT_RESULTS;
import static org.lectern.db.generated.Tables.ATTEMPTS;
import static org.lectern.db.generated.Tables.DISCUSSION_POSTS;
import static org.lectern.db.generated.Tables.ENROLLMENTS;
import static org.lectern.db.generated.Tables.QUESTIONS;
import static org.lectern.db.generated.Tables.QUESTION_REVISIONS;
import static org.lectern.db.generated.Tables.READING_PROGRESS;
import static org.lectern.db.generated.Tables.SCORE_CHANGES;
import static org.lectern.db.generated.Tables.USERS;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/** All SQL the review pages, grading and grade export read and write. */
public class ReviewRepository {

    private final DSLContext dsl;

    public ReviewRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** One student × assignment cell as the grid and export need it (extension applied to the due date). */
    public record Cell(long userId, String name, String email, String section, long assignmentId, String status,
                       BigDecimal points, BigDecimal comprehensionScore, BigDecimal discussionPoints, int attemptsUsed,
                       OffsetDateTime submittedAt, boolean late, OffsetDateTime dueAt) {}

    /**
     * Streams every active student × assignment of a class, ordered by student then assignment (due
     * date, id), over a database cursor: memory stays flat however large the class.
     */
    public void streamCells(long classId, Consumer<Cell> sink) {
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            var dueAt = DSL.coalesce(ASSIGNMENT_EXTENSIONS.DUE_AT, ASSIGNMENTS.DUE_AT);
            try (Cursor<? extends Record> cursor = tx.select(USERS.ID, USERS.NAME, USERS.EMAIL, ENROLLMENTS.SECTION,
                            ASSIGNMENTS.ID, ASSIGNMENT_RESULTS.STATUS, ASSIGNMENT_RESULTS.POINTS,
                            ASSIGNMENT_RESULTS.COMPREHENSION_SCORE, ASSIGNMENT_RESULTS.DISCUSSION_POINTS,
                            ASSIGNMENT_RESULTS.ATTEMPTS_USED, ASSIGNMENT_RESULTS.SUBMITTED_AT, ASSIGNMENT_RESULTS.LATE,
                            dueAt.as("effective_due"))
                    .from(ENROLLMENTS)
                    .join(USERS).on(USERS.ID.eq(ENROLLMENTS.USER_ID))
                    .join(ASSIGNMENTS).on(ASSIGNMENTS.CLASS_ID.eq(ENROLLMENTS.CLASS_ID))
                    .leftJoin(ASSIGNMENT_RESULTS).on(ASSIGNMENT_RESULTS.ASSIGNMENT_ID.eq(ASSIGNMENTS.ID)
                            .and(ASSIGNMENT_RESULTS.USER_ID.eq(USERS.ID)))
                    .leftJoin(ASSIGNMENT_EXTENSIONS).on(ASSIGNMENT_EXTENSIONS.ASSIGNMENT_ID.eq(ASSIGNMENTS.ID)
                            .and(ASSIGNMENT_EXTENSIONS.USER_ID.eq(USERS.ID)))
                    .where(ENROLLMENTS.CLASS_ID.eq(classId)).and(ENROLLMENTS.REMOVED_AT.isNull())
                    .orderBy(USERS.NAME, USERS.ID, ASSIGNMENTS.DUE_AT.asc().nullsLast(), ASSIGNMENTS.ID)
                    .fetchSize(1000)
                    .fetchLazy()) {
                for (Record r : cursor) {
                    Integer used = r.get(ASSIGNMENT_RESULTS.ATTEMPTS_USED);
                    Boolean late = r.get(ASSIGNMENT_RESULTS.LATE);
                    String status = r.get(ASSIGNMENT_RESULTS.STATUS);
                    sink.accept(new Cell(r.get(USERS.ID), r.get(USERS.NAME), r.get(USERS.EMAIL), r.get(ENROLLMENTS.SECTION),
                            r.get(ASSIGNMENTS.ID), status == null ? "not_started" : status, r.get(ASSIGNMENT_RESULTS.POINTS),
                            r.get(ASSIGNMENT_RESULTS.COMPREHENSION_SCORE), r.get(ASSIGNMENT_RESULTS.DISCUSSION_POINTS),
                            used == null ? 0 : used, r.get(ASSIGNMENT_RESULTS.SUBMITTED_AT), late != null && late,
                            r.get("effective_due", OffsetDateTime.class)));
                }
            }
        });
    }

    /** An answer with what the drill-down, item analysis and grading need. */
    public record AnswerRow(long answerId, long attemptId, long assignmentId, long userId, String studentName,
                            int attemptNumber, boolean submitted, long questionId, long revisionId, String revisionBody,
                            String response, Boolean correct, BigDecimal credit, String feedback, Integer timeSpentMs,
                            OffsetDateTime answeredAt) {}

    private List<AnswerRow> answers(org.jooq.Condition where) {
        return dsl.select(ANSWERS.ID, ANSWERS.ATTEMPT_ID, ATTEMPTS.ASSIGNMENT_ID, ATTEMPTS.USER_ID, USERS.NAME,
                        ATTEMPTS.NUMBER, ATTEMPTS.SUBMITTED_AT, ANSWERS.QUESTION_ID, ANSWERS.REVISION_ID,
                        QUESTION_REVISIONS.BODY, ANSWERS.RESPONSE, ANSWERS.CORRECT, ANSWERS.CREDIT, ANSWERS.FEEDBACK,
                        ANSWERS.TIME_SPENT_MS, ANSWERS.ANSWERED_AT)
                .from(ANSWERS)
                .join(ATTEMPTS).on(ATTEMPTS.ID.eq(ANSWERS.ATTEMPT_ID))
                .join(USERS).on(USERS.ID.eq(ATTEMPTS.USER_ID))
                .join(QUESTION_REVISIONS).on(QUESTION_REVISIONS.ID.eq(ANSWERS.REVISION_ID))
                .where(where)
                .orderBy(ATTEMPTS.ASSIGNMENT_ID, USERS.NAME, ATTEMPTS.USER_ID, ATTEMPTS.NUMBER, ANSWERS.QUESTION_ID)
                .fetch(r -> new AnswerRow(r.get(ANSWERS.ID), r.get(ANSWERS.ATTEMPT_ID), r.get(ATTEMPTS.ASSIGNMENT_ID),
                        r.get(ATTEMPTS.USER_ID), r.get(USERS.NAME), r.get(ATTEMPTS.NUMBER), r.get(ATTEMPTS.SUBMITTED_AT) != null,
                        r.get(ANSWERS.QUESTION_ID), r.get(ANSWERS.REVISION_ID), r.get(QUESTION_REVISIONS.BODY),
                        r.get(ANSWERS.RESPONSE), r.get(ANSWERS.CORRECT), r.get(ANSWERS.CREDIT), r.get(ANSWERS.FEEDBACK),
                        r.get(ANSWERS.TIME_SPENT_MS), r.get(ANSWERS.ANSWERED_AT)));
    }

    public List<AnswerRow> answersOfStudent(long classId, long userId) {
        return answers(ATTEMPTS.USER_ID.eq(userId).and(ATTEMPTS.ASSIGNMENT_ID.in(
                DSL.select(ASSIGNMENTS.ID).from(ASSIGNMENTS).where(ASSIGNMENTS.CLASS_ID.eq(classId)))));
    }

    public List<AnswerRow> answersOfAssignment(long assignmentId) {
        return answers(ATTEMPTS.ASSIGNMENT_ID.eq(assignmentId));
    }

    public List<AnswerRow> answersToQuestion(long questionId) {
        return answers(ANSWERS.QUESTION_ID.eq(questionId));
    }

    public Optional<AnswerRow> answer(long answerId) {
        return answers(ANSWERS.ID.eq(answerId)).stream().findFirst();
    }

    public void gradeAnswer(long answerId, BigDecimal credit, String feedback, long graderId) {
        dsl.update(ANSWERS).set(ANSWERS.CREDIT, credit).set(ANSWERS.CORRECT, credit.signum() > 0)
                .set(ANSWERS.FEEDBACK, feedback).set(ANSWERS.GRADED_BY, graderId).set(ANSWERS.GRADED_AT, OffsetDateTime.now())
                .where(ANSWERS.ID.eq(answerId)).execute();
    }

    /** A new credit from a changed answer key. */
    public void setCredit(long answerId, BigDecimal credit) {
        dsl.update(ANSWERS).set(ANSWERS.CREDIT, credit).set(ANSWERS.CORRECT, credit == null ? null : credit.signum() > 0 && credit.compareTo(BigDecimal.ONE) >= 0)
                .where(ANSWERS.ID.eq(answerId)).execute();
    }

    public record ProgressRow(long moduleId, int sectionsRead, int lastSection, OffsetDateTime completedAt) {}

    public List<ProgressRow> readingProgress(long userId) {
        return dsl.selectFrom(READING_PROGRESS).where(READING_PROGRESS.USER_ID.eq(userId))
                .fetch(r -> new ProgressRow(r.getModuleId(), r.getSectionsRead(), r.getLastSection(), r.getCompletedAt()));
    }

    public record PostRow(long id, long assignmentId, long questionId, long userId, String studentName, Long parentId,
                          String body, OffsetDateTime createdAt, BigDecimal points, String feedback) {}

    private List<PostRow> posts(org.jooq.Condition where) {
        return dsl.select(DISCUSSION_POSTS.asterisk(), USERS.NAME).from(DISCUSSION_POSTS)
                .join(USERS).on(USERS.ID.eq(DISCUSSION_POSTS.USER_ID))
                .where(where).orderBy(DISCUSSION_POSTS.QUESTION_ID, DISCUSSION_POSTS.CREATED_AT, DISCUSSION_POSTS.ID)
                .fetch(r -> new PostRow(r.get(DISCUSSION_POSTS.ID), r.get(DISCUSSION_POSTS.ASSIGNMENT_ID),
                        r.get(DISCUSSION_POSTS.QUESTION_ID), r.get(DISCUSSION_POSTS.USER_ID), r.get(USERS.NAME),
                        r.get(DISCUSSION_POSTS.PARENT_ID), r.get(DISCUSSION_POSTS.BODY), r.get(DISCUSSION_POSTS.CREATED_AT),
                        r.get(DISCUSSION_POSTS.POINTS), r.get(DISCUSSION_POSTS.FEEDBACK)));
    }

    public List<PostRow> postsOfAssignment(long assignmentId) {
        return posts(DISCUSSION_POSTS.ASSIGNMENT_ID.eq(assignmentId));
    }

    public List<PostRow> postsOfStudent(long classId, long userId) {
        return posts(DISCUSSION_POSTS.USER_ID.eq(userId).and(DISCUSSION_POSTS.ASSIGNMENT_ID.in(
                DSL.select(ASSIGNMENTS.ID).from(ASSIGNMENTS).where(ASSIGNMENTS.CLASS_ID.eq(classId)))));
    }

    public Optional<PostRow> post(long postId) {
        return posts(DISCUSSION_POSTS.ID.eq(postId)).stream().findFirst();
    }

    public void gradePost(long postId, BigDecimal points, String feedback, long graderId) {
        dsl.update(DISCUSSION_POSTS).set(DISCUSSION_POSTS.POINTS, points).set(DISCUSSION_POSTS.FEEDBACK, feedback)
                .set(DISCUSSION_POSTS.GRADED_BY, graderId).set(DISCUSSION_POSTS.GRADED_AT, OffsetDateTime.now())
                .where(DISCUSSION_POSTS.ID.eq(postId)).execute();
    }

    public record ScoreChange(long userId, String studentName, BigDecimal oldPoints, BigDecimal newPoints, String reason,
                              OffsetDateTime changedAt) {}

    public List<ScoreChange> scoreChanges(long assignmentId) {
        return dsl.select(SCORE_CHANGES.asterisk(), USERS.NAME).from(SCORE_CHANGES)
                .join(USERS).on(USERS.ID.eq(SCORE_CHANGES.USER_ID))
                .where(SCORE_CHANGES.ASSIGNMENT_ID.eq(assignmentId))
                .orderBy(SCORE_CHANGES.CHANGED_AT.desc(), SCORE_CHANGES.ID.desc())
                .fetch(r -> new ScoreChange(r.get(SCORE_CHANGES.USER_ID), r.get(USERS.NAME), r.get(SCORE_CHANGES.OLD_POINTS),
                        r.get(SCORE_CHANGES.NEW_POINTS), r.get(SCORE_CHANGES.REASON), r.get(SCORE_CHANGES.CHANGED_AT)));
    }

    /** (assignment, student) pairs with answers to the question, for regrading. */
    public List<long[]> workOnQuestion(long questionId) {
        return dsl.selectDistinct(ATTEMPTS.ASSIGNMENT_ID, ATTEMPTS.USER_ID).from(ANSWERS)
                .join(ATTEMPTS).on(ATTEMPTS.ID.eq(ANSWERS.ATTEMPT_ID))
                .where(ANSWERS.QUESTION_ID.eq(questionId))
                .fetch(r -> new long[] {r.value1(), r.value2()});
    }

    /** The module a question belongs to. */
    public long moduleOfQuestion(long questionId) {
        return dsl.select(QUESTIONS.MODULE_ID).from(QUESTIONS).where(QUESTIONS.ID.eq(questionId)).fetchSingle(QUESTIONS.MODULE_ID);
    }
}
