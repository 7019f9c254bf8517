package org.lectern.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lectern.db.generated.Tables.ANSWERS;
import static org.lectern.db.generated.Tables.ASSIGNMENT_RESULTS;
import static org.lectern.db.generated.Tables.ATTEMPTS;
import static org.lectern.db.generated.Tables.DISCUSSION_POSTS;
import static org.lectern.db.generated.Tables.SCORE_CHANGES;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.accounts.AccountService;
import org.lectern.accounts.PasswordHasher;
import org.lectern.accounts.Role;
import org.lectern.accounts.User;
import org.lectern.accounts.UserRepository;
import org.lectern.assignments.Assignment;
import org.lectern.assignments.AssignmentRepository;
import org.lectern.assignments.Extension;
import org.lectern.classes.ClassRepository;
import org.lectern.db.Database;
import org.lectern.importing.ModuleLibrary;
import org.lectern.questions.QuestionBank;
import org.lectern.testing.DatabaseTest;
import org.lectern.testing.TestDatabases;

/** Scores worked out by hand on a small fixture: one module, one student, chosen credits. */
@DatabaseTest
class AssignmentResultsTest {

    static final OffsetDateTime DUE = OffsetDateTime.of(2026, 3, 1, 12, 0, 0, 0, ZoneOffset.UTC);
    static final String SLUG = "are-japan-and-south-korea-poised-for-a-historic-breakthrough";

    @TempDir
    Path content;

    TestDatabases.Fresh fresh;
    Database db;
    DSLContext dsl;
    User student;
    long classId;
    long moduleId;
    List<QuestionBank.StoredQuestion> scored;

    @BeforeEach
    void fixture() throws Exception {
        fresh = TestDatabases.fresh();
        db = Database.open(fresh.settings());
        dsl = db.dsl();
        Path source = Path.of("content", SLUG);
        Files.createDirectories(content.resolve(SLUG));
        for (String f : List.of("module.md", "questions.yaml")) {
            Files.copy(source.resolve(f), content.resolve(SLUG).resolve(f));
        }
        ModuleLibrary library = new ModuleLibrary(dsl, content);
        library.syncToDatabase();
        moduleId = library.modules().idOf(SLUG).orElseThrow();
        scored = library.questions().forModule(moduleId, true).stream()
                .filter(q -> AssignmentResults.SCORED_TYPES.contains(q.question().type())).toList();

        var accounts = new AccountService(dsl, new UserRepository(dsl), new PasswordHasher());
        User instructor = accounts.createFirstInstructor("Ada", "ada@school.test", "password123");
        student = accounts.createUser(dsl, "sam@school.test", "Sam", "password123", Role.student, false, false);
        classId = new ClassRepository(dsl).insert(instructor.id(), "Class", "", "", "ABCDEF").id();
        new ClassRepository(dsl).enrol(classId, student.id(), "");
    }

    @AfterEach
    void close() {
        db.close();
        fresh.close();
    }

    Assignment assign(Assignment.Scoring scoring, Assignment.LatePolicy late, int penalty, String comprehension,
                      String discussion, Set<String> counted) {
        return new AssignmentRepository(dsl).insert(new Assignment(0, classId, moduleId, null, DUE, late, penalty, 3,
                scoring, Assignment.Placement.end, counted, new BigDecimal(comprehension), new BigDecimal(discussion),
                Assignment.ShowAnswers.immediately, 10));
    }

    /** Submits an attempt in which the first {@code right} scored questions earn full credit. */
    void attempt(Assignment a, int number, int right, OffsetDateTime submittedAt) {
        long attemptId = dsl.insertInto(ATTEMPTS).set(ATTEMPTS.ASSIGNMENT_ID, a.id()).set(ATTEMPTS.USER_ID, student.id())
                .set(ATTEMPTS.NUMBER, number).set(ATTEMPTS.SUBMITTED_AT, submittedAt)
                .returning(ATTEMPTS.ID).fetchSingle(ATTEMPTS.ID);
        for (int i = 0; i < scored.size(); i++) {
            QuestionBank.StoredQuestion q = scored.get(i);
            dsl.insertInto(ANSWERS).set(ANSWERS.ATTEMPT_ID, attemptId).set(ANSWERS.QUESTION_ID, q.id())
                    .set(ANSWERS.REVISION_ID, q.revisionId()).set(ANSWERS.RESPONSE, "x")
                    .set(ANSWERS.CORRECT, i < right).set(ANSWERS.CREDIT, i < right ? BigDecimal.ONE : BigDecimal.ZERO)
                    .execute();
        }
        dsl.update(ATTEMPTS).set(ATTEMPTS.SCORE, AssignmentResults.scoreAttempt(dsl, a, attemptId))
                .where(ATTEMPTS.ID.eq(attemptId)).execute();
        AssignmentResults.recompute(dsl, a.id(), student.id(), null, null);
    }

    Record result(Assignment a) {
        return dsl.selectFrom(ASSIGNMENT_RESULTS).where(ASSIGNMENT_RESULTS.ASSIGNMENT_ID.eq(a.id()))
                .and(ASSIGNMENT_RESULTS.USER_ID.eq(student.id())).fetchSingle();
    }

    BigDecimal points(String expected) {
        return new BigDecimal(expected);
    }

    @Test
    void theFixtureHasEnoughScoredQuestions() {
        assertThat(scored.size()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void bestAttemptCounts() {
        int n = scored.size();
        Assignment a = assign(Assignment.Scoring.best, Assignment.LatePolicy.accept, 0, "10", "0", Set.of());
        attempt(a, 1, n / 2, DUE.minusDays(2));
        attempt(a, 2, n, DUE.minusDays(1));
        attempt(a, 3, 1, DUE.minusHours(1));
        assertThat(result(a).get(ASSIGNMENT_RESULTS.POINTS)).isEqualByComparingTo(points("10.00"));
        assertThat(result(a).get(ASSIGNMENT_RESULTS.STATUS)).isEqualTo("submitted");
        assertThat(result(a).get(ASSIGNMENT_RESULTS.ATTEMPTS_USED)).isEqualTo(3);
    }

    @Test
    void lastAttemptCounts() {
        int n = scored.size();
        Assignment a = assign(Assignment.Scoring.last, Assignment.LatePolicy.accept, 0, "10", "0", Set.of());
        attempt(a, 1, n, DUE.minusDays(2));
        attempt(a, 2, 1, DUE.minusDays(1));
        BigDecimal expected = BigDecimal.ONE.divide(BigDecimal.valueOf(n), 4, java.math.RoundingMode.HALF_UP)
                .multiply(BigDecimal.TEN).setScale(2, java.math.RoundingMode.HALF_UP);
        assertThat(result(a).get(ASSIGNMENT_RESULTS.POINTS)).isEqualByComparingTo(expected);
    }

    @Test
    void averageOfAttemptsCounts() {
        int n = scored.size();
        Assignment a = assign(Assignment.Scoring.average, Assignment.LatePolicy.accept, 0, "10", "0", Set.of());
        attempt(a, 1, n, DUE.minusDays(2));
        attempt(a, 2, 0, DUE.minusDays(1));
        assertThat(result(a).get(ASSIGNMENT_RESULTS.COMPREHENSION_SCORE)).isEqualByComparingTo(points("0.5"));
        assertThat(result(a).get(ASSIGNMENT_RESULTS.POINTS)).isEqualByComparingTo(points("5.00"));
    }

    @Test
    void aLateSubmissionLosesThePenaltyPercentOfComprehensionPoints() {
        int n = scored.size();
        Assignment a = assign(Assignment.Scoring.best, Assignment.LatePolicy.penalty, 20, "10", "0", Set.of());
        attempt(a, 1, n, DUE.plusHours(3));
        assertThat(result(a).get(ASSIGNMENT_RESULTS.LATE)).isTrue();
        assertThat(result(a).get(ASSIGNMENT_RESULTS.POINTS)).isEqualByComparingTo(points("8.00"));
    }

    @Test
    void anExtensionMakesTheSameSubmissionOnTime() {
        int n = scored.size();
        Assignment a = assign(Assignment.Scoring.best, Assignment.LatePolicy.penalty, 20, "10", "0", Set.of());
        new AssignmentRepository(dsl).saveExtension(new Extension(a.id(), student.id(), DUE.plusDays(2), 0));
        attempt(a, 1, n, DUE.plusHours(3));
        assertThat(result(a).get(ASSIGNMENT_RESULTS.LATE)).isFalse();
        assertThat(result(a).get(ASSIGNMENT_RESULTS.POINTS)).isEqualByComparingTo(points("10.00"));
    }

    @Test
    void onlyCountedTypesAreScored() {
        String type = scored.get(0).question().type().name();
        long ofType = scored.stream().filter(q -> q.question().type().name().equals(type)).count();
        Assignment a = assign(Assignment.Scoring.best, Assignment.LatePolicy.accept, 0, "10", "0", Set.of(type));
        attempt(a, 1, 1, DUE.minusDays(1)); // only the first scored question is right, and it is of the counted type
        BigDecimal expected = BigDecimal.TEN.divide(BigDecimal.valueOf(ofType), 4, java.math.RoundingMode.HALF_UP);
        assertThat(result(a).get(ASSIGNMENT_RESULTS.POINTS)).isCloseTo(expected, org.assertj.core.data.Offset.offset(new BigDecimal("0.01")));
    }

    @Test
    void gradedDiscussionAddsPointsUpToTheDiscussionMaximum() {
        int n = scored.size();
        Assignment a = assign(Assignment.Scoring.best, Assignment.LatePolicy.accept, 0, "10", "5", Set.of());
        attempt(a, 1, n, DUE.minusDays(1));
        long question = new QuestionBank(dsl).forModule(moduleId, true).get(0).id();
        for (String pts : List.of("3", "4")) {
            dsl.insertInto(DISCUSSION_POSTS).set(DISCUSSION_POSTS.ASSIGNMENT_ID, a.id()).set(DISCUSSION_POSTS.QUESTION_ID, question)
                    .set(DISCUSSION_POSTS.USER_ID, student.id()).set(DISCUSSION_POSTS.BODY, "My view…")
                    .set(DISCUSSION_POSTS.POINTS, new BigDecimal(pts)).execute();
        }
        AssignmentResults.recompute(dsl, a.id(), student.id(), null, null);
        assertThat(result(a).get(ASSIGNMENT_RESULTS.DISCUSSION_POINTS)).isEqualByComparingTo(points("5"));
        assertThat(result(a).get(ASSIGNMENT_RESULTS.POINTS)).isEqualByComparingTo(points("15.00"));
        assertThat(result(a).get(ASSIGNMENT_RESULTS.POINTS_POSSIBLE)).isEqualByComparingTo(points("15"));
    }

    @Test
    void aChangeOfPointsAfterTheFactIsAudited() {
        int n = scored.size();
        Assignment a = assign(Assignment.Scoring.best, Assignment.LatePolicy.accept, 0, "10", "0", Set.of());
        attempt(a, 1, n, DUE.minusDays(1));
        // The key changes: the first question's answers are now wrong.
        dsl.update(ANSWERS).set(ANSWERS.CREDIT, BigDecimal.ZERO).where(ANSWERS.QUESTION_ID.eq(scored.get(0).id())).execute();
        AssignmentResults.rescoreAndRecompute(dsl, a.id(), student.id(), "answer key changed", null);

        BigDecimal expected = BigDecimal.valueOf(n - 1).divide(BigDecimal.valueOf(n), 4, java.math.RoundingMode.HALF_UP)
                .multiply(BigDecimal.TEN).setScale(2, java.math.RoundingMode.HALF_UP);
        assertThat(result(a).get(ASSIGNMENT_RESULTS.POINTS)).isEqualByComparingTo(expected);
        var audit = dsl.selectFrom(SCORE_CHANGES).where(SCORE_CHANGES.ASSIGNMENT_ID.eq(a.id())).fetchSingle();
        assertThat(audit.getOldPoints()).isEqualByComparingTo(points("10.00"));
        assertThat(audit.getNewPoints()).isEqualByComparingTo(expected);
        assertThat(audit.getReason()).isEqualTo("answer key changed");
    }

    @Test
    void withoutWorkTheStudentHasNotStartedAndNoPoints() {
        Assignment a = assign(Assignment.Scoring.best, Assignment.LatePolicy.accept, 0, "10", "0", Set.of());
        AssignmentResults.recompute(dsl, a.id(), student.id(), null, null);
        assertThat(result(a).get(ASSIGNMENT_RESULTS.STATUS)).isEqualTo("not_started");
        assertThat(result(a).get(ASSIGNMENT_RESULTS.POINTS)).isNull();
    }
}
