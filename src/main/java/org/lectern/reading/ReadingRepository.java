package org.lectern.reading;

import static org.lectern.db.generated.Tables.ASSIGNMENTS;
import static org.lectern.db.generated.Tables.ENROLLMENTS;
import static org.lectern.db.generated.Tables.HIGHLIGHTS;
import static org.lectern.db.generated.Tables.MODULES;
import static org.lectern.db.generated.Tables.NOTES;
import static org.lectern.db.generated.Tables.READING_PROGRESS;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.lectern.db.generated.tables.records.ReadingProgressRecord;

/** All SQL on reading progress, highlights and notes. */
public final class ReadingRepository {

    private final DSLContext dsl;

    public ReadingRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<String> contentHash(long moduleId) {
        return dsl.select(MODULES.CONTENT_HASH).from(MODULES).where(MODULES.ID.eq(moduleId)).fetchOptional(MODULES.CONTENT_HASH);
    }

    /** Whether the module is assigned in a class the student actively belongs to. */
    public boolean isAssignedTo(long moduleId, long userId) {
        return dsl.fetchExists(dsl.selectOne().from(ASSIGNMENTS)
                .join(ENROLLMENTS).on(ENROLLMENTS.CLASS_ID.eq(ASSIGNMENTS.CLASS_ID))
                .where(ASSIGNMENTS.MODULE_ID.eq(moduleId)).and(ENROLLMENTS.USER_ID.eq(userId))
                .and(ENROLLMENTS.REMOVED_AT.isNull()));
    }

    /** A student's place in a module and their note on it. */
    public record Place(int sectionsRead, Integer lastSection, String note) {}

    /** {@link Place} in one round trip (the reading page runs it on every view). */
    public Place place(long userId, long moduleId) {
        var progress = READING_PROGRESS.USER_ID.eq(userId).and(READING_PROGRESS.MODULE_ID.eq(moduleId));
        var read = DSL.field(DSL.select(READING_PROGRESS.SECTIONS_READ).from(READING_PROGRESS).where(progress));
        var last = DSL.field(DSL.select(READING_PROGRESS.LAST_SECTION).from(READING_PROGRESS).where(progress));
        var note = DSL.field(DSL.select(NOTES.BODY).from(NOTES).where(NOTES.USER_ID.eq(userId)).and(NOTES.MODULE_ID.eq(moduleId)));
        var r = dsl.select(read, last, note).fetchSingle();
        return new Place(r.value1() == null ? 0 : r.value1(), r.value2(), r.value3() == null ? "" : r.value3());
    }

    public Optional<ReadingProgressRecord> progress(long userId, long moduleId) {
        return dsl.selectFrom(READING_PROGRESS).where(READING_PROGRESS.USER_ID.eq(userId))
                .and(READING_PROGRESS.MODULE_ID.eq(moduleId)).fetchOptional();
    }

    /** Records that the student is at {@code section}, having read {@code sectionsRead} (never lowered). */
    public void saveProgress(long userId, long moduleId, int sectionsRead, int lastSection, boolean completed) {
        OffsetDateTime now = OffsetDateTime.now();
        Optional<ReadingProgressRecord> old = progress(userId, moduleId);
        if (old.isEmpty()) {
            dsl.insertInto(READING_PROGRESS)
                    .set(READING_PROGRESS.USER_ID, userId)
                    .set(READING_PROGRESS.MODULE_ID, moduleId)
                    .set(READING_PROGRESS.SECTIONS_READ, sectionsRead)
                    .set(READING_PROGRESS.LAST_SECTION, lastSection)
                    .set(READING_PROGRESS.COMPLETED_AT, completed ? now : null)
                    .set(READING_PROGRESS.UPDATED_AT, now)
                    .execute();
            return;
        }
        ReadingProgressRecord r = old.get();
        dsl.update(READING_PROGRESS)
                .set(READING_PROGRESS.SECTIONS_READ, Math.max(r.getSectionsRead(), sectionsRead))
                .set(READING_PROGRESS.LAST_SECTION, lastSection)
                .set(READING_PROGRESS.COMPLETED_AT, r.getCompletedAt() != null ? r.getCompletedAt() : completed ? now : null)
                .set(READING_PROGRESS.UPDATED_AT, now)
                .where(READING_PROGRESS.USER_ID.eq(userId)).and(READING_PROGRESS.MODULE_ID.eq(moduleId))
                .execute();
    }

    public List<String> highlights(long userId, long moduleId) {
        return dsl.select(HIGHLIGHTS.SENTENCE_REF).from(HIGHLIGHTS).where(HIGHLIGHTS.USER_ID.eq(userId))
                .and(HIGHLIGHTS.MODULE_ID.eq(moduleId)).orderBy(HIGHLIGHTS.CREATED_AT, HIGHLIGHTS.SENTENCE_REF)
                .fetch(HIGHLIGHTS.SENTENCE_REF);
    }

    /** Adds a highlight; adding one that exists changes nothing. */
    public void addHighlight(long userId, long moduleId, String ref) {
        dsl.insertInto(HIGHLIGHTS)
                .set(HIGHLIGHTS.USER_ID, userId)
                .set(HIGHLIGHTS.MODULE_ID, moduleId)
                .set(HIGHLIGHTS.SENTENCE_REF, ref)
                .onConflictDoNothing()
                .execute();
    }

    public void removeHighlight(long userId, long moduleId, String ref) {
        dsl.deleteFrom(HIGHLIGHTS).where(HIGHLIGHTS.USER_ID.eq(userId)).and(HIGHLIGHTS.MODULE_ID.eq(moduleId))
                .and(HIGHLIGHTS.SENTENCE_REF.eq(ref)).execute();
    }

    public String note(long userId, long moduleId) {
        return dsl.select(NOTES.BODY).from(NOTES).where(NOTES.USER_ID.eq(userId)).and(NOTES.MODULE_ID.eq(moduleId))
                .fetchOptional(NOTES.BODY).orElse("");
    }

    public void saveNote(long userId, long moduleId, String body) {
        int n = dsl.update(NOTES).set(NOTES.BODY, body).set(NOTES.UPDATED_AT, OffsetDateTime.now())
                .where(NOTES.USER_ID.eq(userId)).and(NOTES.MODULE_ID.eq(moduleId)).execute();
        if (n == 0) {
            dsl.insertInto(NOTES).set(NOTES.USER_ID, userId).set(NOTES.MODULE_ID, moduleId).set(NOTES.BODY, body)
                    .onConflictDoNothing().execute();
        }
    }
}
