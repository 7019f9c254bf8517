package org.lectern.importing;

import static org.lectern.db.generated.Tables.MODULES;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;

/** All SQL on modules. */
public final class ModuleRepository {

    private final DSLContext dsl;

    /** A stored module: its row id, the parsed module, and how it arrived. */
    public record StoredModule(long id, Module module, String contentHash, String origin, Long uploadedBy) {}

    /** What lists show, without parsing the module text. */
    public record ModuleSummary(long id, String slug, String title, String authors, String kind, int words,
                                int readingMinutes, BigDecimal gradeLevel, String source, String origin) {}

    public ModuleRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Inserts or updates by slug; returns the row id. */
    public long upsert(Module m, String moduleMd, String contentHash, String origin, Long uploadedBy) {
        Long existing = dsl.select(MODULES.ID).from(MODULES).where(MODULES.SLUG.eq(m.slug())).fetchOne(MODULES.ID);
        Map<Field<?>, Object> content = new LinkedHashMap<>();
        content.put(MODULES.TITLE, truncate(m.title(), 500));
        content.put(MODULES.AUTHORS, truncate(String.join(", ", m.authors()), 1000));
        content.put(MODULES.KIND, m.kind().name());
        content.put(MODULES.WORDS, m.words());
        content.put(MODULES.READING_MINUTES, m.readingMinutes());
        content.put(MODULES.GRADE_LEVEL, BigDecimal.valueOf(m.gradeLevel()).setScale(1, RoundingMode.HALF_UP));
        content.put(MODULES.SOURCE, truncate(m.source(), 300));
        content.put(MODULES.PUBLISHED, m.published());
        content.put(MODULES.MODULE_MD, moduleMd);
        content.put(MODULES.CONTENT_HASH, contentHash);
        if (existing != null) {
            content.put(MODULES.UPDATED_AT, OffsetDateTime.now());
            dsl.update(MODULES).set(content).where(MODULES.ID.eq(existing)).execute();
            return existing;
        }
        return dsl.insertInto(MODULES)
                .set(MODULES.SLUG, m.slug())
                .set(MODULES.ORIGIN, origin)
                .set(MODULES.UPLOADED_BY, uploadedBy)
                .set(content)
                .returning(MODULES.ID)
                .fetchSingle(MODULES.ID);
    }

    public Optional<String> contentHash(String slug) {
        return dsl.select(MODULES.CONTENT_HASH).from(MODULES).where(MODULES.SLUG.eq(slug)).fetchOptional(MODULES.CONTENT_HASH);
    }

    public Optional<Long> idOf(String slug) {
        return dsl.select(MODULES.ID).from(MODULES).where(MODULES.SLUG.eq(slug)).fetchOptional(MODULES.ID);
    }

    public Optional<StoredModule> findById(long id) {
        return dsl.selectFrom(MODULES).where(MODULES.ID.eq(id)).fetchOptional().map(ModuleRepository::toStored);
    }

    public Optional<StoredModule> findBySlug(String slug) {
        return dsl.selectFrom(MODULES).where(MODULES.SLUG.eq(slug)).fetchOptional().map(ModuleRepository::toStored);
    }

    public List<ModuleSummary> list() {
        return dsl.select(MODULES.ID, MODULES.SLUG, MODULES.TITLE, MODULES.AUTHORS, MODULES.KIND, MODULES.WORDS,
                        MODULES.READING_MINUTES, MODULES.GRADE_LEVEL, MODULES.SOURCE, MODULES.ORIGIN)
                .from(MODULES).orderBy(MODULES.TITLE, MODULES.ID)
                .fetch(r -> new ModuleSummary(r.get(MODULES.ID), r.get(MODULES.SLUG), r.get(MODULES.TITLE),
                        r.get(MODULES.AUTHORS), r.get(MODULES.KIND), r.get(MODULES.WORDS), r.get(MODULES.READING_MINUTES),
                        r.get(MODULES.GRADE_LEVEL), r.get(MODULES.SOURCE), r.get(MODULES.ORIGIN)));
    }

    public List<Module> all() {
        return dsl.select(MODULES.MODULE_MD).from(MODULES).orderBy(MODULES.SLUG)
                .fetch(r -> ModuleFile.parse(r.get(MODULES.MODULE_MD)));
    }

    private static StoredModule toStored(Record r) {
        return new StoredModule(r.get(MODULES.ID), ModuleFile.parse(r.get(MODULES.MODULE_MD)), r.get(MODULES.CONTENT_HASH),
                r.get(MODULES.ORIGIN), r.get(MODULES.UPLOADED_BY));
    }

    private static String truncate(String s, int max) {
        if (s == null) {
            return null;
        }
        return s.length() <= max ? s : s.substring(0, max);
    }
}
