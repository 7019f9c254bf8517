package org.lectern.quiz;

import static org.lectern.db.generated.Tables.ANSWERS;
import static org.lectern.db.generated.Tables.ASSIGNMENTS;
import static org.lectern.db.generated.Tables.ASSIGNMENT_RESULTS;
import static org.lectern.db.generated.Tables.ATTEMPTS;
import static org.lectern.db.generated.Tables.CLASSES;
import static org.lectern.db.generated.Tables.DISCUSSION_POSTS;
import static org.lectern.db.generated.Tables.ENROLLMENTS;
import static org.lectern.db.generated.Tables.MODULES;
import static org.lectern.db.generated.Tables.QUESTION_REVISIONS;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.lectern.db.PreparedSelect;
import org.lectern.db.generated.tables.records.AnswersRecord;
import org.lectern.db.generated.tables.records.AssignmentResultsRecord;
import org.lectern.db.generated.tables.records.AttemptsRecord;
import org.lectern.questions.Question;
import org.lectern.questions.QuestionBank;

/** All SQL on a student's attempts, answers and results. */
public final class QuizRepository {

    private final DSLContext dsl;

    public QuizRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** An assignment listed for a student: its class, module and the stored result (if any). */
    public record AssignedRow(long assignmentId, long classId, String className, long moduleId, String moduleTitle,
                              int readingMinutes, OffsetDateTime dueAt, AssignmentResultsRecord result) {}

    /** The assignments of the classes the student actively belongs to, by due date. */
    public List<AssignedRow> assignedTo(long userId) {
        var rows = dsl.select(ASSIGNMENTS.ID, ASSIGNMENTS.CLASS_ID, CLASSES.NAME, ASSIGNMENTS.MODULE_ID, MODULES.TITLE,
                        MODULES.READING_MINUTES, ASSIGNMENTS.DUE_AT)
                .from(ASSIGNMENTS)
                .join(CLASSES).on(CLASSES.ID.eq(ASSIGNMENTS.CLASS_ID))
                .join(MODULES).on(MODULES.ID.eq(ASSIGNMENTS.MODULE_ID))
                .join(ENROLLMENTS).on(ENROLLMENTS.CLASS_ID.eq(ASSIGNMENTS.CLASS_ID))
                .where(ENROLLMENTS.USER_ID.eq(userId)).and(ENROLLMENTS.REMOVED_AT.isNull())
                .orderBy(ASSIGNMENTS.DUE_AT.asc().nullsLast(), ASSIGNMENTS.ID)
                .fetch(); // all rows first: mapping while the cursor is open would hold its connection
        // The student's results for all of them in one query (not one per row: that was N+1, and run
        // inside the mapper it took a second pooled connection while holding the first, which under
        // a class-sized peak on PostgreSQL left every connection waiting for another).
        java.util.Map<Long, AssignmentResultsRecord> results = new java.util.HashMap<>();
        if (!rows.isEmpty()) {
            dsl.selectFrom(ASSIGNMENT_RESULTS).where(ASSIGNMENT_RESULTS.USER_ID.eq(userId))
                    .and(ASSIGNMENT_RESULTS.ASSIGNMENT_ID.in(rows.getValues(ASSIGNMENTS.ID)))
                    .fetch().forEach(r -> results.put(r.getAssignmentId(), r));
        }
        return rows.map(r -> new AssignedRow(r.get(ASSIGNMENTS.ID), r.get(ASSIGNMENTS.CLASS_ID), r.get(CLASSES.NAME),
                r.get(ASSIGNMENTS.MODULE_ID), r.get(MODULES.TITLE), r.get(MODULES.READING_MINUTES),
                r.get(ASSIGNMENTS.DUE_AT), results.get(r.get(ASSIGNMENTS.ID))));
    }

    // A student's questions page, and each answer saved in place, runs these three: SQL rendered once (see PreparedSelect).
    private static final PreparedSelect RESULT = new PreparedSelect(DSL.select(ASSIGNMENT_RESULTS.fields()).from(ASSIGNMENT_RESULTS)
            .where(ASSIGNMENT_RESULTS.ASSIGNMENT_ID.eq(DSL.param("assignment", Long.class)))
            .and(ASSIGNMENT_RESULTS.USER_ID.eq(DSL.param("user", Long.class))), "assignment", "user");
    private static final PreparedSelect ATTEMPTS_OF = new PreparedSelect(DSL.select(ATTEMPTS.fields()).from(ATTEMPTS)
            .where(ATTEMPTS.ASSIGNMENT_ID.eq(DSL.param("assignment", Long.class)))
            .and(ATTEMPTS.USER_ID.eq(DSL.param("user", Long.class)))
            .orderBy(ATTEMPTS.NUMBER), "assignment", "user");
    private static final PreparedSelect ANSWERS_OF = new PreparedSelect(DSL.select(ANSWERS.fields()).from(ANSWERS)
            .where(ANSWERS.ATTEMPT_ID.eq(DSL.param("attempt", Long.class))), "attempt");

    public Optional<AssignmentResultsRecord> result(long assignmentId, long userId) {
        return RESULT.fetch(dsl, assignmentId, userId).stream().findFirst().map(r -> r.into(ASSIGNMENT_RESULTS));
    }

    public List<AttemptsRecord> attempts(long assignmentId, long userId) {
        return ATTEMPTS_OF.fetch(dsl, assignmentId, userId).map(r -> r.into(ATTEMPTS));
    }

    public long insertAttempt(long assignmentId, long userId, int number) {
        return dsl.insertInto(ATTEMPTS)
                .set(ATTEMPTS.ASSIGNMENT_ID, assignmentId)
                .set(ATTEMPTS.USER_ID, userId)
                .set(ATTEMPTS.NUMBER, number)
                .returning(ATTEMPTS.ID).fetchSingle(ATTEMPTS.ID);
    }

    /** Marks the attempt submitted unless it already is; true when this call submitted it. */
    public boolean submitAttempt(long attemptId, OffsetDateTime at) {
        return dsl.update(ATTEMPTS).set(ATTEMPTS.SUBMITTED_AT, at)
                .where(ATTEMPTS.ID.eq(attemptId)).and(ATTEMPTS.SUBMITTED_AT.isNull()).execute() == 1;
    }

    public void setScore(long attemptId, BigDecimal score) {
        dsl.update(ATTEMPTS).set(ATTEMPTS.SCORE, score).where(ATTEMPTS.ID.eq(attemptId)).execute();
    }

    /** The attempt's answers by question id. */
    public Map<Long, AnswersRecord> answers(long attemptId) {
        Map<Long, AnswersRecord> out = new HashMap<>();
        for (Record row : ANSWERS_OF.fetch(dsl, attemptId)) {
            AnswersRecord r = row.into(ANSWERS);
            out.put(r.getQuestionId(), r);
        }
        return out;
    }

    /** One of the student's attempts with its answer to one question, if it has one. */
    public record AttemptWithAnswer(AttemptsRecord attempt, Optional<AnswersRecord> answer) {}

    /**
     * The student's attempts at an assignment in order, each with its answer to {@code questionId}.
     * Every answer runs this in the group commit's single writer: its SQL is rendered once (see PreparedSelect).
     */
    private static final PreparedSelect ATTEMPTS_WITH_ANSWER = attemptsWithAnswerQuery();

    private static PreparedSelect attemptsWithAnswerQuery() {
        List<Field<?>> columns = new ArrayList<>(List.of(ATTEMPTS.fields()));
        columns.addAll(List.of(ANSWERS.fields()));
        return new PreparedSelect(DSL.select(columns)
                .from(ATTEMPTS)
                .leftJoin(ANSWERS).on(ANSWERS.ATTEMPT_ID.eq(ATTEMPTS.ID)).and(ANSWERS.QUESTION_ID.eq(DSL.param("question", Long.class)))
                .where(ATTEMPTS.ASSIGNMENT_ID.eq(DSL.param("assignment", Long.class)))
                .and(ATTEMPTS.USER_ID.eq(DSL.param("user", Long.class)))
                .orderBy(ATTEMPTS.NUMBER),
                "assignment", "user", "question");
    }

    public List<AttemptWithAnswer> attemptsWithAnswer(long assignmentId, long userId, long questionId) {
        return ATTEMPTS_WITH_ANSWER.fetch(dsl, assignmentId, userId, questionId).map(r -> new AttemptWithAnswer(r.into(ATTEMPTS),
                r.get(ANSWERS.ID) == null ? Optional.empty() : Optional.of(r.into(ANSWERS))));
    }

    public void insertAnswer(long attemptId, long questionId, long revisionId, String response, AnswerChecker.Result r,
                             Integer timeSpentMs) {
        dsl.insertInto(ANSWERS)
                .set(ANSWERS.ATTEMPT_ID, attemptId)
                .set(ANSWERS.QUESTION_ID, questionId)
                .set(ANSWERS.REVISION_ID, revisionId)
                .set(ANSWERS.RESPONSE, response)
                .set(ANSWERS.CORRECT, r.correct())
                .set(ANSWERS.CREDIT, r.credit())
                .set(ANSWERS.TIME_SPENT_MS, timeSpentMs)
                .execute();
    }

    /** Replaces an answer of an open attempt (a changed mind before submitting). */
    public void replaceAnswer(long answerId, long revisionId, String response, AnswerChecker.Result r, Integer timeSpentMs) {
        dsl.update(ANSWERS)
                .set(ANSWERS.TIME_SPENT_MS, timeSpentMs)
                .set(ANSWERS.REVISION_ID, revisionId)
                .set(ANSWERS.RESPONSE, response)
                .set(ANSWERS.CORRECT, r.correct())
                .set(ANSWERS.CREDIT, r.credit())
                .set(ANSWERS.FEEDBACK, (String) null)
                .set(ANSWERS.GRADED_BY, (Long) null)
                .set(ANSWERS.GRADED_AT, (OffsetDateTime) null)
                .set(ANSWERS.ANSWERED_AT, OffsetDateTime.now())
                .where(ANSWERS.ID.eq(answerId))
                .execute();
    }

    /** A revision's content, only when it is a revision of that question. */
    public Optional<Question> revisionOf(long questionId, long revisionId) {
        return dsl.select(QUESTION_REVISIONS.BODY).from(QUESTION_REVISIONS)
                .where(QUESTION_REVISIONS.ID.eq(revisionId)).and(QUESTION_REVISIONS.QUESTION_ID.eq(questionId))
                .fetchOptional(r -> QuestionBank.parsed(r.get(QUESTION_REVISIONS.BODY)));
    }

    /** Instructor feedback the student has been given on this assignment (answers and discussion). */
    public List<String> feedback(long assignmentId, long userId) {
        List<String> out = new java.util.ArrayList<>(dsl.select(ANSWERS.FEEDBACK).from(ANSWERS)
                .join(ATTEMPTS).on(ATTEMPTS.ID.eq(ANSWERS.ATTEMPT_ID))
                .where(ATTEMPTS.ASSIGNMENT_ID.eq(assignmentId)).and(ATTEMPTS.USER_ID.eq(userId))
                .and(ANSWERS.FEEDBACK.isNotNull()).orderBy(ATTEMPTS.NUMBER, ANSWERS.ID).fetch(ANSWERS.FEEDBACK));
        out.addAll(dsl.select(DISCUSSION_POSTS.FEEDBACK).from(DISCUSSION_POSTS)
                .where(DISCUSSION_POSTS.ASSIGNMENT_ID.eq(assignmentId)).and(DISCUSSION_POSTS.USER_ID.eq(userId))
                .and(DISCUSSION_POSTS.FEEDBACK.isNotNull()).orderBy(DISCUSSION_POSTS.ID).fetch(DISCUSSION_POSTS.FEEDBACK));
        return out;
    }
}
