package org.lectern.questions;

import static org.lectern.db.generated.Tables.MODULES;
import static org.lectern.db.generated.Tables.QUESTIONS;
import static org.lectern.db.generated.Tables.QUESTION_REVISIONS;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.lectern.db.PreparedSelect;

/**
 * The questions of each module in the database, with every revision kept. Regenerated questions
 * replace only those no instructor has touched: approved, edited, added and rejected ones stay as
 * they are (merged by the generator's stable id).
 */
public final class QuestionBank {

    public static final Set<String> CURATED = Set.of("approved", "edited", "added", "rejected");
    /** Statuses a student can be asked. */
    public static final Set<String> ASKABLE = Set.of("generated", "approved", "edited", "added");

    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final DSLContext dsl;

    /** A question as stored: row id, stable key, status, position, current revision and its content. */
    public record StoredQuestion(long id, long moduleId, String key, String status, int position, long revisionId,
                                 int revision, Question question) {}

    public QuestionBank(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Brings a module's questions in line with what the generator produced. New questions are added,
     * changed untouched ones get a new revision, untouched ones no longer generated are retired.
     * Positions follow the generator's order until an instructor moves a question; after that every
     * existing question keeps its place and new ones are appended.
     */
    public void syncGenerated(long moduleId, List<Question> generated) {
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            Map<String, StoredQuestion> existing = new HashMap<>();
            for (StoredQuestion q : forModule(tx, moduleId, false)) {
                existing.put(q.key(), q);
            }
            // Once an instructor has ordered the questions, existing ones keep their places and new
            // ones go after them in the generator's order; otherwise the generator's order applies.
            boolean orderKept = tx.select(MODULES.QUESTION_ORDER_SET_AT).from(MODULES).where(MODULES.ID.eq(moduleId))
                    .fetchOne(MODULES.QUESTION_ORDER_SET_AT) != null;
            int appended = existing.values().stream().mapToInt(StoredQuestion::position).max().orElse(0);
            Set<String> seen = new HashSet<>();
            int position = 0;
            for (Question q : generated) {
                position++;
                String key = q.id();
                if (key == null || !seen.add(key)) {
                    continue;
                }
                Question body = q.withStatus(null);
                StoredQuestion old = existing.get(key);
                if (old == null) {
                    long id = tx.insertInto(QUESTIONS)
                            .set(QUESTIONS.MODULE_ID, moduleId)
                            .set(QUESTIONS.QUESTION_KEY, key)
                            .set(QUESTIONS.POSITION, orderKept ? ++appended : position)
                            .set(QUESTIONS.STATUS, "generated")
                            .returning(QUESTIONS.ID).fetchSingle(QUESTIONS.ID);
                    insertRevision(tx, id, 1, body, null);
                } else if (!CURATED.contains(old.status())) {
                    if (!toJson(old.question()).equals(toJson(body))) {
                        insertRevision(tx, old.id(), old.revision() + 1, body, null);
                    }
                    tx.update(QUESTIONS).set(QUESTIONS.STATUS, "generated").set(QUESTIONS.POSITION, orderKept ? old.position() : position)
                            .set(QUESTIONS.UPDATED_AT, OffsetDateTime.now()).where(QUESTIONS.ID.eq(old.id())).execute();
                }
            }
            for (StoredQuestion old : existing.values()) {
                if (!seen.contains(old.key()) && old.status().equals("generated")) {
                    tx.update(QUESTIONS).set(QUESTIONS.STATUS, "retired").where(QUESTIONS.ID.eq(old.id())).execute();
                }
            }
        });
    }

    /** The module's questions in order, current revision each; askable ones only, or all. */
    public List<StoredQuestion> forModule(long moduleId, boolean askableOnly) {
        return forModule(dsl, moduleId, askableOnly);
    }

    /** One askable question of the module (current revision), without loading the module's others. */
    /** Every answer runs this: its SQL is rendered once (see PreparedSelect). */
    private static final PreparedSelect ASKABLE_QUESTION = askableQuestion();

    private static PreparedSelect askableQuestion() {
        return new PreparedSelect(latestRevisions()
                .where(QUESTIONS.ID.eq(DSL.param("question", Long.class)))
                .and(QUESTIONS.MODULE_ID.eq(DSL.param("module", Long.class)))
                .and(QUESTIONS.STATUS.in(ASKABLE)),
                "module", "question");
    }

    /** Every student's questions page (and every answer saved in place) runs this: SQL rendered once. */
    private static final PreparedSelect ASKABLE_FOR_MODULE = new PreparedSelect(latestRevisions()
            .where(QUESTIONS.MODULE_ID.eq(DSL.param("module", Long.class)))
            .and(QUESTIONS.STATUS.in(ASKABLE))
            .orderBy(QUESTIONS.POSITION, QUESTIONS.ID),
            "module");

    /** The module's askable questions' ids and types, in the students' order: no bodies. */
    private static final PreparedSelect ASKABLE_IDS = new PreparedSelect(latestRevisions(List.of(QUESTIONS.ID, QUESTION_REVISIONS.TYPE))
            .where(QUESTIONS.MODULE_ID.eq(DSL.param("module", Long.class)))
            .and(QUESTIONS.STATUS.in(ASKABLE))
            .orderBy(QUESTIONS.POSITION, QUESTIONS.ID),
            "module");

    /** Ids of the module's askable questions of the types {@code kept} accepts, in the order students see them. */
    public List<Long> askableIds(long moduleId, java.util.function.Predicate<QuestionType> kept) {
        List<Long> out = new ArrayList<>();
        for (Record r : ASKABLE_IDS.fetch(dsl, moduleId)) {
            if (kept.test(QuestionType.valueOf(r.get(QUESTION_REVISIONS.TYPE)))) out.add(r.get(QUESTIONS.ID));
        }
        return out;
    }

    /** Each question with its highest revision, for the prepared selects (no connection needed to build them). */
    private static org.jooq.SelectJoinStep<Record> latestRevisions() {
        List<Field<?>> columns = new ArrayList<>(List.of(QUESTIONS.fields()));
        columns.addAll(List.of(QUESTION_REVISIONS.ID, QUESTION_REVISIONS.REVISION, QUESTION_REVISIONS.BODY));
        return latestRevisions(columns);
    }

    private static org.jooq.SelectJoinStep<Record> latestRevisions(List<Field<?>> columns) {
        var latest = QUESTION_REVISIONS.as("latest");
        return DSL.select(columns)
                .from(QUESTIONS)
                .join(QUESTION_REVISIONS).on(QUESTION_REVISIONS.QUESTION_ID.eq(QUESTIONS.ID)
                        .and(QUESTION_REVISIONS.REVISION.eq(
                                DSL.select(DSL.max(latest.REVISION)).from(latest).where(latest.QUESTION_ID.eq(QUESTIONS.ID)))));
    }

    public Optional<StoredQuestion> findAskable(long moduleId, long questionId) {
        return Optional.ofNullable(ASKABLE_QUESTION.fetchFirst(dsl, moduleId, questionId)).map(QuestionBank::toStored);
    }

    public Optional<StoredQuestion> find(long questionId) {
        return select(dsl).where(QUESTIONS.ID.eq(questionId)).fetchOptional(QuestionBank::toStored);
    }

    /** A particular revision's content (what a student saw when answering). */
    public Optional<Question> revision(long revisionId) {
        return dsl.select(QUESTION_REVISIONS.BODY).from(QUESTION_REVISIONS).where(QUESTION_REVISIONS.ID.eq(revisionId))
                .fetchOptional(r -> parsed(r.get(QUESTION_REVISIONS.BODY)));
    }

    /** Stores an edited question as a new revision and marks it edited; returns the new revision id. */
    public long saveRevision(long questionId, Question edited, String status, Long userId) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            int current = tx.select(DSL.max(QUESTION_REVISIONS.REVISION)).from(QUESTION_REVISIONS)
                    .where(QUESTION_REVISIONS.QUESTION_ID.eq(questionId)).fetchOptional(0, Integer.class).orElse(0);
            long id = insertRevision(tx, questionId, current + 1, edited.withStatus(null), userId);
            tx.update(QUESTIONS).set(QUESTIONS.STATUS, status).set(QUESTIONS.UPDATED_AT, OffsetDateTime.now())
                    .where(QUESTIONS.ID.eq(questionId)).execute();
            return id;
        });
    }

    public void setStatus(long questionId, String status) {
        dsl.update(QUESTIONS).set(QUESTIONS.STATUS, status).set(QUESTIONS.UPDATED_AT, OffsetDateTime.now())
                .where(QUESTIONS.ID.eq(questionId)).execute();
    }

    public static String toJson(Question q) {
        try {
            return JSON.writeValueAsString(q);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Question fromJson(String json) {
        try {
            return JSON.readValue(json, Question.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored question is not valid JSON", e);
        }
    }

    private static List<StoredQuestion> forModule(DSLContext dsl, long moduleId, boolean askableOnly) {
        if (askableOnly) {
            return ASKABLE_FOR_MODULE.fetch(dsl, moduleId).map(QuestionBank::toStored);
        }
        return select(dsl).where(QUESTIONS.MODULE_ID.eq(moduleId))
                .orderBy(QUESTIONS.POSITION, QUESTIONS.ID).fetch(QuestionBank::toStored);
    }

    /** Each question joined to its highest revision. */
    private static org.jooq.SelectJoinStep<Record> select(DSLContext dsl) {
        var latest = QUESTION_REVISIONS.as("latest");
        return dsl.select(QUESTIONS.asterisk(), QUESTION_REVISIONS.ID, QUESTION_REVISIONS.REVISION, QUESTION_REVISIONS.BODY)
                .from(QUESTIONS)
                .join(QUESTION_REVISIONS).on(QUESTION_REVISIONS.QUESTION_ID.eq(QUESTIONS.ID)
                        .and(QUESTION_REVISIONS.REVISION.eq(
                                DSL.select(DSL.max(latest.REVISION)).from(latest).where(latest.QUESTION_ID.eq(QUESTIONS.ID)))));
    }

    private static StoredQuestion toStored(Record r) {
        long revisionId = r.get(QUESTION_REVISIONS.ID);
        return new StoredQuestion(r.get(QUESTIONS.ID), r.get(QUESTIONS.MODULE_ID), r.get(QUESTIONS.QUESTION_KEY),
                r.get(QUESTIONS.STATUS), r.get(QUESTIONS.POSITION), revisionId,
                r.get(QUESTION_REVISIONS.REVISION), parsed(r.get(QUESTION_REVISIONS.BODY)));
    }

    private static final int PARSED_LIMIT = 20_000;
    private static final java.util.Map<String, Question> PARSED = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * A stored question body, parsed once per process: keyed by the body itself, so the cache can
     * never give one database's question for another's (tests run many databases in one process)
     * and needs no invalidation (an edit is a new revision with its own body; every page still
     * reads which revision is current from the database, so nodes stay coherent).
     */
    public static Question parsed(String body) {
        Question q = PARSED.get(body);
        if (q == null) {
            q = fromJson(body);
            if (PARSED.size() >= PARSED_LIMIT) {
                PARSED.clear();
            }
            PARSED.put(body, q);
        }
        return q;
    }

    private static long insertRevision(DSLContext tx, long questionId, int revision, Question q, Long userId) {
        return tx.insertInto(QUESTION_REVISIONS)
                .set(QUESTION_REVISIONS.QUESTION_ID, questionId)
                .set(QUESTION_REVISIONS.REVISION, revision)
                .set(QUESTION_REVISIONS.TYPE, q.type().name())
                .set(QUESTION_REVISIONS.BODY, toJson(q))
                .set(QUESTION_REVISIONS.CREATED_BY, userId)
                .returning(QUESTION_REVISIONS.ID).fetchSingle(QUESTION_REVISIONS.ID);
    }
}
