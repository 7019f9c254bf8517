package org.lectern.discussion;

import static org.lectern.db.generated.Tables.DISCUSSION_POSTS;
import static org.lectern.db.generated.Tables.USERS;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** All SQL on discussion posts. */
public final class DiscussionRepository {

    private final DSLContext dsl;

    public record Post(long id, long questionId, long userId, String author, Long parentId, String body,
                       OffsetDateTime createdAt, BigDecimal points, String feedback) {}

    public DiscussionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every post and reply of an assignment, oldest first. */
    public List<Post> posts(long assignmentId) {
        return dsl.select(DISCUSSION_POSTS.ID, DISCUSSION_POSTS.QUESTION_ID, DISCUSSION_POSTS.USER_ID, USERS.NAME,
                        DISCUSSION_POSTS.PARENT_ID, DISCUSSION_POSTS.BODY, DISCUSSION_POSTS.CREATED_AT,
                        DISCUSSION_POSTS.POINTS, DISCUSSION_POSTS.FEEDBACK)
                .from(DISCUSSION_POSTS).join(USERS).on(USERS.ID.eq(DISCUSSION_POSTS.USER_ID))
                .where(DISCUSSION_POSTS.ASSIGNMENT_ID.eq(assignmentId))
                .orderBy(DISCUSSION_POSTS.CREATED_AT, DISCUSSION_POSTS.ID)
                .fetch(r -> new Post(r.get(DISCUSSION_POSTS.ID), r.get(DISCUSSION_POSTS.QUESTION_ID),
                        r.get(DISCUSSION_POSTS.USER_ID), r.get(USERS.NAME), r.get(DISCUSSION_POSTS.PARENT_ID),
                        r.get(DISCUSSION_POSTS.BODY), r.get(DISCUSSION_POSTS.CREATED_AT), r.get(DISCUSSION_POSTS.POINTS),
                        r.get(DISCUSSION_POSTS.FEEDBACK)));
    }

    public Optional<Post> find(long postId) {
        return dsl.select(DISCUSSION_POSTS.ASSIGNMENT_ID).from(DISCUSSION_POSTS).where(DISCUSSION_POSTS.ID.eq(postId))
                .fetchOptional(DISCUSSION_POSTS.ASSIGNMENT_ID)
                .flatMap(a -> posts(a).stream().filter(p -> p.id() == postId).findFirst());
    }

    public Optional<Long> assignmentOf(long postId) {
        return dsl.select(DISCUSSION_POSTS.ASSIGNMENT_ID).from(DISCUSSION_POSTS).where(DISCUSSION_POSTS.ID.eq(postId))
                .fetchOptional(DISCUSSION_POSTS.ASSIGNMENT_ID);
    }

    /** Whether the same person already wrote exactly this under the same question and parent. */
    public boolean exists(long assignmentId, long questionId, long userId, Long parentId, String body) {
        var cond = DISCUSSION_POSTS.ASSIGNMENT_ID.eq(assignmentId).and(DISCUSSION_POSTS.QUESTION_ID.eq(questionId))
                .and(DISCUSSION_POSTS.USER_ID.eq(userId))
                .and(parentId == null ? DISCUSSION_POSTS.PARENT_ID.isNull() : DISCUSSION_POSTS.PARENT_ID.eq(parentId));
        if (body != null) {
            cond = cond.and(DISCUSSION_POSTS.BODY.eq(body));
        }
        return dsl.fetchExists(dsl.selectOne().from(DISCUSSION_POSTS).where(cond));
    }

    public long insert(long assignmentId, long questionId, long userId, Long parentId, String body) {
        return dsl.insertInto(DISCUSSION_POSTS)
                .set(DISCUSSION_POSTS.ASSIGNMENT_ID, assignmentId)
                .set(DISCUSSION_POSTS.QUESTION_ID, questionId)
                .set(DISCUSSION_POSTS.USER_ID, userId)
                .set(DISCUSSION_POSTS.PARENT_ID, parentId)
                .set(DISCUSSION_POSTS.BODY, body)
                .returning(DISCUSSION_POSTS.ID).fetchSingle(DISCUSSION_POSTS.ID);
    }
}
