package org.lectern.reading;

import static org.lectern.db.generated.Tables.ASSIGNMENTS;
import static org.lectern.db.generated.Tables.ENROLLMENTS;
import static org.lectern.db.generated.Tables.HIGHLIGHTS;
import static org.lectern.db.generated.Tables.MODULES;
import static org.lectern.db.generated.Tables.NOTES;
import static org.lectern.db.generated.Tables.READING_PROGRESS;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.impl.DSL;
import org.lectern.db.PreparedSelect;
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

    /** A student's place in a module, their note on it and their highlights (sentence refs, oldest first). */
    public record Place(int sectionsRead, Integer lastSection, String note, List<String> highlights) {}

    /**
     * {@link Place} in one round trip, one row per highlight (the reading page runs it on every view;
     * SQL rendered once, see PreparedSelect).
     */
    private static final PreparedSelect PLACE = new PreparedSelect(
            DSL.select(READING_PROGRESS.SECTIONS_READ, READING_PROGRESS.LAST_SECTION, NOTES.BODY, HIGHLIGHTS.SENTENCE_REF)
                    .from(DSL.selectOne().asTable("one"))
                    .leftJoin(READING_PROGRESS).on(READING_PROGRESS.USER_ID.eq(DSL.param("progressUser", Long.class))
                            .and(READING_PROGRESS.MODULE_ID.eq(DSL.param("progressModule", Long.class))))
                    .leftJoin(NOTES).on(NOTES.USER_ID.eq(DSL.param("noteUser", Long.class))
                            .and(NOTES.MODULE_ID.eq(DSL.param("noteModule", Long.class))))
                    .leftJoin(HIGHLIGHTS).on(HIGHLIGHTS.USER_ID.eq(DSL.param("highlightUser", Long.class))
                            .and(HIGHLIGHTS.MODULE_ID.eq(DSL.param("highlightModule", Long.class))))
                    .orderBy(HIGHLIGHTS.CREATED_AT, HIGHLIGHTS.SENTENCE_REF),
            "progressUser", "progressModule", "noteUser", "noteModule", "highlightUser", "highlightModule");

    public Place place(long userId, long moduleId) {
        Result<Record> rows = PLACE.fetch(dsl, userId, moduleId, userId, moduleId, userId, moduleId);
        Record r = rows.get(0);
        Integer read = r.get(READING_PROGRESS.SECTIONS_READ);
        String note = r.get(NOTES.BODY);
        List<String> highlights = rows.stream().map(h -> h.get(HIGHLIGHTS.SENTENCE_REF)).filter(Objects::nonNull).toList();
        return new Place(read == null ? 0 : read, r.get(READING_PROGRESS.LAST_SECTION), note == null ? "" : note, highlights);
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
