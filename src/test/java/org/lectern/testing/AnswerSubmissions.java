package org.lectern.testing;

import static org.lectern.db.generated.Tables.ANSWERS;
import static org.lectern.db.generated.Tables.ASSIGNMENT_RESULTS;
import static org.lectern.db.generated.Tables.ATTEMPTS;
import static org.lectern.db.generated.Tables.USERS;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.lectern.db.generated.tables.records.AssignmentResultsRecord;
import org.lectern.grading.AssignmentResults;
import org.lectern.ops.bench.AnswerForms;
import org.lectern.ops.bench.BenchAssignment;
import org.lectern.ops.bench.Visitor;

/**
 * Students answering an assigned module's questions through the real answer form (CSRF token and
 * revision id from their questions page): each redirect back to the questions page acknowledges
 * one saved answer, keyed "email question-id". Rounds alternate the responses, so every write is a
 * real insert or update plus a recomputed result.
 */
public final class AnswerSubmissions implements WriteWorkload {

    static final int STUDENTS = 6;
    private static final Pattern JOIN_CODE = Pattern.compile("class=\"join-code\"[^>]*>([^<]+)<");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Visitor> students = new ArrayList<>();
    private final List<String> tokens = new ArrayList<>();
    private volatile List<AnswerForms.Form> forms;
    private volatile long assignmentId;

    @Override
    public void prepare(String baseUrl) throws Exception {
        Visitor ada = new Visitor(http, baseUrl, "ada@school.test", People.PASSWORD);
        Visitor.Response setup = ada.submit("/setup", "/setup", Map.of("name", "Ada", "email", ada.email(),
                "password", People.PASSWORD));
        if (setup.status() != 303) {
            throw new IllegalStateException("setup answered " + setup.status());
        }
        Visitor.Response created = ada.submit("/", "/classes", Map.of("name", "Crash answers", "term", "T", "section", "A"));
        long classId = Long.parseLong(created.location().substring("/classes/".length()));
        Matcher m = JOIN_CODE.matcher(ada.get("/classes/" + classId).body());
        if (!m.find()) {
            throw new IllegalStateException("no join code");
        }
        String code = m.group(1).strip();
        for (int i = 0; i < STUDENTS; i++) {
            Visitor s = new Visitor(http, baseUrl, "answerer-" + i + "@school.test", People.PASSWORD);
            Visitor.Response joined = s.submit("/join", "/join", Map.of("code", code, "name", "Answerer " + i,
                    "email", s.email(), "password", People.PASSWORD));
            if (joined.status() != 303) {
                throw new IllegalStateException("join answered " + joined.status());
            }
            students.add(s);
        }
        assignmentId = BenchAssignment.create(ada, classId, students.get(0));
        for (Visitor s : students) {
            String page = s.get("/assignments/" + assignmentId + "/questions").body();
            forms = AnswerForms.of(page, assignmentId);
            tokens.add(Visitor.csrfToken(page));
        }
        if (forms.isEmpty()) {
            throw new IllegalStateException("the assigned module has no questions to answer");
        }
    }

    @Override
    public String write(String baseUrl, int n) throws Exception {
        int student = n % STUDENTS;
        int question = (n / STUDENTS) % forms.size();
        int round = n / (STUDENTS * forms.size());
        Visitor s = students.get(student);
        AnswerForms.Form form = forms.get(question);
        Visitor.Response r;
        try {
            r = s.post(form.action(), tokens.get(student), form.filled(round));
        } catch (java.io.IOException e) {
            throw new RuntimeException(e); // refused or reset once the server is killed
        }
        return r.status() == 303 && r.location() != null && r.location().startsWith("/assignments/" + assignmentId + "/questions")
                ? s.email() + " " + form.questionId() : null;
    }

    @Override
    public List<String> missing(DSLContext dsl, Collection<String> acknowledged) {
        Set<String> stored = new HashSet<>();
        dsl.select(USERS.EMAIL, ANSWERS.QUESTION_ID).from(ANSWERS)
                .join(ATTEMPTS).on(ATTEMPTS.ID.eq(ANSWERS.ATTEMPT_ID))
                .join(USERS).on(USERS.ID.eq(ATTEMPTS.USER_ID))
                .where(ATTEMPTS.ASSIGNMENT_ID.eq(assignmentId))
                .forEach(r -> stored.add(r.value1() + " " + r.value2()));
        return acknowledged.stream().distinct().filter(k -> !stored.contains(k)).toList();
    }

    @Override
    public List<String> inconsistencies(DSLContext dsl) {
        List<String> out = new ArrayList<>();
        dsl.select(ANSWERS.ID).from(ANSWERS)
                .whereNotExists(dsl.selectOne().from(ATTEMPTS).where(ATTEMPTS.ID.eq(ANSWERS.ATTEMPT_ID)))
                .fetch(ANSWERS.ID).forEach(id -> out.add("answer " + id + " without its attempt"));
        dsl.select(ANSWERS.ATTEMPT_ID, ANSWERS.QUESTION_ID).from(ANSWERS).groupBy(ANSWERS.ATTEMPT_ID, ANSWERS.QUESTION_ID)
                .having(DSL.count().gt(1))
                .forEach(r -> out.add("question " + r.value2() + " answered twice in attempt " + r.value1()));
        dsl.select(ATTEMPTS.USER_ID, ATTEMPTS.NUMBER).from(ATTEMPTS).where(ATTEMPTS.ASSIGNMENT_ID.eq(assignmentId))
                .groupBy(ATTEMPTS.USER_ID, ATTEMPTS.NUMBER).having(DSL.count().gt(1))
                .forEach(r -> out.add("attempt " + r.value2() + " of user " + r.value1() + " stored twice"));
        dsl.select(ATTEMPTS.ID).from(ATTEMPTS).where(ATTEMPTS.ASSIGNMENT_ID.eq(assignmentId))
                .andNotExists(dsl.selectOne().from(ANSWERS).where(ANSWERS.ATTEMPT_ID.eq(ATTEMPTS.ID)))
                .fetch(ATTEMPTS.ID).forEach(id -> out.add("attempt " + id + " started by an answer but without it"));
        out.addAll(resultsDifferingFromRecomputed(dsl));
        return out;
    }

    /**
     * Recomputes every answering student's standing from their attempts (in a transaction that is
     * rolled back) and reports where the stored {@code assignment_results} row differs.
     */
    private List<String> resultsDifferingFromRecomputed(DSLContext dsl) {
        List<Long> users = dsl.selectDistinct(ATTEMPTS.USER_ID).from(ATTEMPTS)
                .where(ATTEMPTS.ASSIGNMENT_ID.eq(assignmentId)).fetch(ATTEMPTS.USER_ID);
        List<String> out = new ArrayList<>();
        for (long user : users) {
            AssignmentResultsRecord stored = result(dsl, user);
            if (stored == null) {
                out.add("user " + user + " has attempts but no result");
                continue;
            }
            try {
                dsl.transaction(cfg -> {
                    AssignmentResults.recompute(cfg.dsl(), assignmentId, user, null, null);
                    AssignmentResultsRecord fresh = result(cfg.dsl(), user);
                    if (!same(stored, fresh)) {
                        out.add("user " + user + ": stored " + describe(stored) + ", recomputed " + describe(fresh));
                    }
                    throw new RollBack();
                });
            } catch (RuntimeException e) {
                if (!(e instanceof RollBack) && !(e.getCause() instanceof RollBack)) {
                    throw e;
                }
            }
        }
        return out;
    }

    private static final class RollBack extends RuntimeException {}

    private AssignmentResultsRecord result(DSLContext dsl, long user) {
        return dsl.selectFrom(ASSIGNMENT_RESULTS).where(ASSIGNMENT_RESULTS.ASSIGNMENT_ID.eq(assignmentId))
                .and(ASSIGNMENT_RESULTS.USER_ID.eq(user)).fetchOne();
    }

    private static boolean same(AssignmentResultsRecord a, AssignmentResultsRecord b) {
        return b != null && describe(a).equals(describe(b));
    }

    private static String describe(AssignmentResultsRecord r) {
        return r == null ? "none" : r.getStatus() + " score=" + num(r.getComprehensionScore()) + " points="
                + num(r.getPoints()) + "/" + num(r.getPointsPossible()) + " attempts=" + r.getAttemptsUsed();
    }

    private static String num(java.math.BigDecimal d) {
        return d == null ? "null" : d.stripTrailingZeros().toPlainString();
    }

    @Override
    public boolean usableAfterRestart(String baseUrl, String key) throws Exception {
        String email = key.substring(0, key.indexOf(' '));
        long questionId = Long.parseLong(key.substring(key.indexOf(' ') + 1));
        Visitor s = new Visitor(http, baseUrl, email, People.PASSWORD);
        Visitor.Response in = s.submit("/signin", "/signin", Map.of("email", email, "password", People.PASSWORD));
        if (in.status() != 303) {
            return false;
        }
        String page = s.get("/assignments/" + assignmentId + "/questions").body();
        // The student's page shows the saved answer (the form offers to change it).
        int at = page.indexOf("id=\"q-" + questionId + "\"");
        if (at < 0) {
            return false;
        }
        int next = page.indexOf("id=\"q-", at + 1);
        String question = page.substring(at, next < 0 ? page.length() : next);
        return question.contains("Change answer");
    }

}
