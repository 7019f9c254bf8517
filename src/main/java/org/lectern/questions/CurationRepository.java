package org.lectern.questions;

import static org.lectern.db.generated.Tables.QUESTIONS;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** SQL for curation beyond what {@link QuestionBank} offers: new questions, order, counts. */
public final class CurationRepository {

    private final DSLContext dsl;

    public CurationRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The next key for an instructor's question: i-1, i-2, … per module. */
    public String nextAddedKey(long moduleId) {
        int n = dsl.fetchCount(QUESTIONS, QUESTIONS.MODULE_ID.eq(moduleId).and(QUESTIONS.QUESTION_KEY.like("i-%")));
        String key;
        do {
            n++;
            key = "i-" + n;
        } while (dsl.fetchExists(QUESTIONS, QUESTIONS.MODULE_ID.eq(moduleId).and(QUESTIONS.QUESTION_KEY.eq(key))));
        return key;
    }

    public long insert(long moduleId, String key) {
        int last = dsl.select(DSL.max(QUESTIONS.POSITION)).from(QUESTIONS).where(QUESTIONS.MODULE_ID.eq(moduleId))
                .fetchOptional(0, Integer.class).orElse(0);
        return dsl.insertInto(QUESTIONS)
                .set(QUESTIONS.MODULE_ID, moduleId)
                .set(QUESTIONS.QUESTION_KEY, key)
                .set(QUESTIONS.POSITION, last + 1)
                .set(QUESTIONS.STATUS, "added")
                .returning(QUESTIONS.ID).fetchSingle(QUESTIONS.ID);
    }

    /** Records that an instructor has ordered the module's questions (regeneration then keeps the order). */
    public void markOrderSet(long moduleId) {
        dsl.update(org.lectern.db.generated.Tables.MODULES)
                .set(org.lectern.db.generated.Tables.MODULES.QUESTION_ORDER_SET_AT, OffsetDateTime.now())
                .where(org.lectern.db.generated.Tables.MODULES.ID.eq(moduleId)).execute();
    }

    public void setPosition(long questionId, int position) {
        dsl.update(QUESTIONS).set(QUESTIONS.POSITION, position).set(QUESTIONS.UPDATED_AT, OffsetDateTime.now())
                .where(QUESTIONS.ID.eq(questionId)).execute();
    }

    /** Per module: how many questions have each status. */
    public Map<Long, Map<String, Integer>> statusCounts() {
        Map<Long, Map<String, Integer>> out = new HashMap<>();
        dsl.select(QUESTIONS.MODULE_ID, QUESTIONS.STATUS, DSL.count()).from(QUESTIONS)
                .groupBy(QUESTIONS.MODULE_ID, QUESTIONS.STATUS)
                .forEach(r -> out.computeIfAbsent(r.value1(), k -> new HashMap<>()).put(r.value2(), r.value3()));
        return out;
    }

    public List<Long> moduleIds() {
        return dsl.selectDistinct(QUESTIONS.MODULE_ID).from(QUESTIONS).fetch(QUESTIONS.MODULE_ID);
    }
}
