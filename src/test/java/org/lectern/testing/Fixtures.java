package org.lectern.testing;

import static org.lectern.db.generated.Tables.QUESTIONS;
import static org.lectern.db.generated.Tables.QUESTION_REVISIONS;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Set;
import org.jooq.DSLContext;
import org.lectern.assignments.Assignment;
import org.lectern.assignments.AssignmentRepository;
import org.lectern.importing.ModuleRepository;
import org.lectern.questions.Question;
import org.lectern.questions.QuestionBank;

/** Data no page creates yet (assignments are built by the instructor feature), straight into the database. */
public final class Fixtures {

    private Fixtures() {}

    public static DSLContext dsl(TestServer server) {
        return server.server().database().dsl();
    }

    public static long moduleId(TestServer server, String slug) {
        return new ModuleRepository(dsl(server)).idOf(slug).orElseThrow();
    }

    /** Assigns a seed module with default terms: due in a week, 1 attempt, best, questions at the end. */
    public static Assignment assign(TestServer server, long classId, String slug) {
        return assign(server, classId, slug, a -> a);
    }

    public static Assignment assign(TestServer server, long classId, String slug,
                                    java.util.function.UnaryOperator<Assignment> customise) {
        Assignment a = new Assignment(0, classId, moduleId(server, slug), null, OffsetDateTime.now().plusDays(7),
                Assignment.LatePolicy.accept, 0, 1, Assignment.Scoring.best, Assignment.Placement.end, Set.of(),
                new BigDecimal("10"), new BigDecimal("5"), Assignment.ShowAnswers.immediately, 5);
        return new AssignmentRepository(dsl(server)).insert(customise.apply(a));
    }

    /** Adds a question as an instructor would (status "added"), returning its id. */
    public static long addQuestion(TestServer server, String slug, String key, Question q) {
        DSLContext dsl = dsl(server);
        long moduleId = moduleId(server, slug);
        long id = dsl.insertInto(QUESTIONS).set(QUESTIONS.MODULE_ID, moduleId).set(QUESTIONS.QUESTION_KEY, key)
                .set(QUESTIONS.POSITION, 1000).set(QUESTIONS.STATUS, "added").returning(QUESTIONS.ID).fetchSingle(QUESTIONS.ID);
        dsl.insertInto(QUESTION_REVISIONS).set(QUESTION_REVISIONS.QUESTION_ID, id).set(QUESTION_REVISIONS.REVISION, 1)
                .set(QUESTION_REVISIONS.TYPE, q.type().name()).set(QUESTION_REVISIONS.BODY, QuestionBank.toJson(q.withId(key)))
                .execute();
        return id;
    }
}
