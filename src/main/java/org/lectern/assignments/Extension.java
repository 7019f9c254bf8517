package org.lectern.assignments;

import java.time.OffsetDateTime;

/** One student's later due date and/or extra attempts on one assignment. */
public record Extension(long assignmentId, long userId, OffsetDateTime dueAt, int extraAttempts) {}
