package org.lectern.grading;

import static org.lectern.db.generated.Tables.ANSWERS;
import static org.lectern.db.generated.Tables.ATTEMPTS;
import static org.lectern.db.generated.Tables.DISCUSSION_POSTS;
import static org.lectern.db.generated.Tables.READING_PROGRESS;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.jooq.DSLContext;

/** Writes students' work directly: for demo data and fixtures (the quiz pages have their own path). */
public final class WorkRepository {

    private final DSLContext dsl;

    public WorkRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long attempt(long assignmentId, long userId, int number, OffsetDateTime startedAt, OffsetDateTime submittedAt) {
        return dsl.insertInto(ATTEMPTS).set(ATTEMPTS.ASSIGNMENT_ID, assignmentId).set(ATTEMPTS.USER_ID, userId)
                .set(ATTEMPTS.NUMBER, number).set(ATTEMPTS.STARTED_AT, startedAt).set(ATTEMPTS.SUBMITTED_AT, submittedAt)
                .returning(ATTEMPTS.ID).fetchSingle(ATTEMPTS.ID);
    }

    public void answer(long attemptId, long questionId, long revisionId, String response, Boolean correct, BigDecimal credit,
                       OffsetDateTime at, int timeMs) {
        dsl.insertInto(ANSWERS).set(ANSWERS.ATTEMPT_ID, attemptId).set(ANSWERS.QUESTION_ID, questionId)
                .set(ANSWERS.REVISION_ID, revisionId).set(ANSWERS.RESPONSE, response).set(ANSWERS.CORRECT, correct)
                .set(ANSWERS.CREDIT, credit).set(ANSWERS.ANSWERED_AT, at).set(ANSWERS.TIME_SPENT_MS, timeMs)
                .onConflictDoNothing().execute();
    }

    public void progress(long userId, long moduleId, int sectionsRead, OffsetDateTime completedAt) {
        dsl.insertInto(READING_PROGRESS).set(READING_PROGRESS.USER_ID, userId).set(READING_PROGRESS.MODULE_ID, moduleId)
                .set(READING_PROGRESS.SECTIONS_READ, sectionsRead).set(READING_PROGRESS.LAST_SECTION, Math.max(0, sectionsRead - 1))
                .set(READING_PROGRESS.COMPLETED_AT, completedAt).onConflictDoNothing().execute();
    }

    public long post(long assignmentId, long questionId, long userId, String body, OffsetDateTime at) {
        return dsl.insertInto(DISCUSSION_POSTS).set(DISCUSSION_POSTS.ASSIGNMENT_ID, assignmentId)
                .set(DISCUSSION_POSTS.QUESTION_ID, questionId).set(DISCUSSION_POSTS.USER_ID, userId)
                .set(DISCUSSION_POSTS.BODY, body).set(DISCUSSION_POSTS.CREATED_AT, at)
                .returning(DISCUSSION_POSTS.ID).fetchSingle(DISCUSSION_POSTS.ID);
    }

    public boolean hasAttempts(long assignmentId) {
        return dsl.fetchExists(ATTEMPTS, ATTEMPTS.ASSIGNMENT_ID.eq(assignmentId));
    }
}
