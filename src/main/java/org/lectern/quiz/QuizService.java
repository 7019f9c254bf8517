package org.lectern.quiz;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.lectern.shared.SchoolTime;
import org.jooq.exception.DataAccessException;
import org.lectern.accounts.User;
import org.lectern.assignments.StudentTerms;
import org.lectern.db.GroupCommit;
import org.lectern.db.generated.tables.records.AnswersRecord;
import org.lectern.db.generated.tables.records.AssignmentResultsRecord;
import org.lectern.db.generated.tables.records.AttemptsRecord;
import org.lectern.grading.AssignmentResults;
import org.lectern.questions.Question;
import org.lectern.questions.QuestionBank;
import org.lectern.questions.QuestionType;
import org.lectern.reading.ModuleRenderer;
import org.lectern.shared.InvalidInput;
import org.lectern.shared.NotFound;

/**
 * Answering an assignment's questions. The first answer starts attempt 1; later attempts start
 * only on request, within the assignment's attempts (extension included). Every answer is saved
 * when submitted. Answering a question again in the same open attempt with the same response
 * changes nothing (a double-submitted form counts once); a different response replaces the
 * earlier one until the attempt is submitted. Submitting an attempt scores it once; the result is
 * recomputed by {@link AssignmentResults} after every change.
 */
public final class QuizService {

    private final DSLContext dsl;
    private final StudentAssignments access;
    private final GroupCommit answers;
    private final SchoolTime time;

    /** The questions part of a student's page, for one attempt. */
    public record QuizState(List<QuestionView> questions, int attemptNumber, boolean attemptOpen, boolean submitted,
                            int attemptsUsed, int attemptsAllowed, boolean mayStartAnother, boolean acceptsWork,
                            boolean showsAnswers, AssignmentResultsRecord result, long answeredCount) {

        public List<QuestionView> inSection(int section) {
            return questions.stream().filter(q -> q.section() == section).toList();
        }
    }

    /** Form values of a rejected answer, to show again with the error. */
    public record Pending(long questionId, Map<String, String> values, String error) {}

    /** {@code answers} saves answers: at a class's peak many students' answers share one commit. */
    public QuizService(DSLContext dsl, StudentAssignments access, GroupCommit answers, SchoolTime time) {
        this.time = time;
        this.dsl = dsl;
        this.access = access;
        this.answers = answers;
    }

    public QuizState state(User student, StudentAssignments.Opened a, Pending pending) {
        QuizRepository repo = new QuizRepository(dsl);
        OffsetDateTime now = OffsetDateTime.now();
        Shown shown = Shown.of(repo, a, student);
        boolean shows = a.terms().showsAnswers(now);
        List<QuestionView> views = new ArrayList<>();
        int n = 0;
        for (QuestionBank.StoredQuestion sq : askable(a)) {
            views.add(viewOf(repo, a, sq, ++n, shown, pending, shows));
        }
        return shown.state(a, views, now, repo.result(a.id(), student.id()).orElse(null),
                views.stream().filter(QuestionView::answered).count());
    }

    /**
     * The state of one question, as {@link #state} would show it, with the attempt's flags and count but without
     * the other questions' content or the student's result: what the reply to an answer saved in place needs.
     * (The whole state was about 40% of that reply's cost, most of it the other questions.) {@code known} is the
     * question as {@link #answer} just found it, or null to look it up.
     */
    public QuizState stateOf(User student, StudentAssignments.Opened a, long questionId, QuestionBank.StoredQuestion known,
                             Pending pending) {
        QuizRepository repo = new QuizRepository(dsl);
        OffsetDateTime now = OffsetDateTime.now();
        Shown shown = Shown.of(repo, a, student);
        QuestionBank bank = new QuestionBank(dsl);
        List<Long> order = bank.askableIds(a.moduleId(), QuestionType::comprehension);
        int n = order.indexOf(questionId) + 1;
        QuestionBank.StoredQuestion sq = n == 0 ? null
                : known != null && known.id() == questionId ? known
                : bank.findAskable(a.moduleId(), questionId).orElse(null);
        if (sq == null) {
            throw new NotFound("No such question in this reading.");
        }
        QuestionView view = viewOf(repo, a, sq, n, shown, pending, a.terms().showsAnswers(now));
        return shown.state(a, List.of(view), now, null, order.stream().filter(shown.answers()::containsKey).count());
    }

    /** The student's attempts, the one the page shows (the latest) and its answers by question. */
    private record Shown(List<AttemptsRecord> attempts, AttemptsRecord latest, Map<Long, AnswersRecord> answers) {

        static Shown of(QuizRepository repo, StudentAssignments.Opened a, User student) {
            List<AttemptsRecord> attempts = repo.attempts(a.id(), student.id());
            AttemptsRecord latest = attempts.isEmpty() ? null : attempts.get(attempts.size() - 1);
            return new Shown(attempts, latest, latest == null ? Map.of() : repo.answers(latest.getId()));
        }

        QuizState state(StudentAssignments.Opened a, List<QuestionView> views, OffsetDateTime now,
                        AssignmentResultsRecord result, long answeredCount) {
            StudentTerms terms = a.terms();
            boolean open = latest != null && latest.getSubmittedAt() == null;
            boolean submitted = latest != null && !open;
            return new QuizState(views, latest == null ? 1 : latest.getNumber(), open, submitted, attempts.size(),
                    terms.attemptsAllowed(), submitted && terms.mayStartAttempt(attempts.size()) && terms.acceptsWork(now),
                    terms.acceptsWork(now), terms.showsAnswers(now), result, answeredCount);
        }
    }

    /** Question number {@code n} as the student sees it, with their answer in the shown attempt. */
    private QuestionView viewOf(QuizRepository repo, StudentAssignments.Opened a, QuestionBank.StoredQuestion sq, int n,
                                Shown shown, Pending pending, boolean shows) {
        AnswersRecord ans = shown.answers().get(sq.id());
        Question q = sq.question();
        long revisionId = sq.revisionId();
        if (ans != null && ans.getRevisionId() != sq.revisionId()) {
            // Answered an earlier revision: show what the student saw (rare; the usual case needs no query).
            q = repo.revisionOf(sq.id(), ans.getRevisionId()).orElse(q);
            revisionId = ans.getRevisionId();
        }
        Pending p = pending != null && pending.questionId() == sq.id() ? pending : null;
        return view(a, sq, q, revisionId, n, ans, p, shows);
    }

    /** Instructor feedback on the student's work on an assignment (for the progress page). */
    public List<String> feedback(User student, long assignmentId) {
        return new QuizRepository(dsl).feedback(assignmentId, student.id());
    }

    /** Saves one answer (see the class comment for repeats and changes); returns the question answered. */
    public QuestionBank.StoredQuestion answer(User student, StudentAssignments.Opened a, long questionId, long revisionId, int attemptNumber,
                       Map<String, String> fields) {
        OffsetDateTime now = OffsetDateTime.now();
        if (!a.terms().acceptsWork(now)) {
            throw new InvalidInput("This assignment no longer accepts answers: it was due "
                    + time.date(a.terms().dueAt()) + ".");
        }
        // Just this question (an answer is a tenth of a class's requests at a peak: no loading the module's others).
        QuestionBank.StoredQuestion sq = new QuestionBank(dsl).findAskable(a.moduleId(), questionId)
                .filter(q -> q.question().type().comprehension())
                .orElseThrow(() -> new NotFound("No such question in this reading."));
        Question q = (sq.revisionId() == revisionId ? Optional.of(sq.question())
                : new QuizRepository(dsl).revisionOf(questionId, revisionId))
                .orElseThrow(() -> new InvalidInput("That version of the question does not exist. Reload the page."));
        String response = responseFrom(a, sq, q, fields);
        AnswerChecker.Result result = AnswerChecker.check(q, response);
        Integer spent = timeSpent(fields.get("time_spent_ms"));
        // The group commit runs each write in its own savepoint, so a write that lost a race (two
        // requests starting the same attempt) is undone alone and can simply be sent again.
        retrying(() -> answers.run(tx -> {
            saveAnswer(tx, student, a, questionId, revisionId, attemptNumber, response, result, spent);
            return null;
        }));
        return sq;
    }

    private static void saveAnswer(DSLContext tx, User student, StudentAssignments.Opened a, long questionId, long revisionId,
                                   int attemptNumber, String response, AnswerChecker.Result result, Integer spent) {
        QuizRepository repo = new QuizRepository(tx);
        // One query for the attempts and this question's answer in each: every statement of an answer
        // is a round trip in the group commit's single writer.
        List<QuizRepository.AttemptWithAnswer> seen = repo.attemptsWithAnswer(a.id(), student.id(), questionId);
        List<AttemptsRecord> before = seen.stream().map(QuizRepository.AttemptWithAnswer::attempt).toList();
        AttemptsRecord attempt = openAttempt(repo, before, a, student, attemptNumber);
        Optional<AnswersRecord> existing = seen.stream().filter(s -> s.attempt().getId().equals(attempt.getId()))
                .map(QuizRepository.AttemptWithAnswer::answer).flatMap(Optional::stream).findFirst();
        if (existing.isPresent()) {
            AnswersRecord old = existing.get();
            if (old.getResponse().equals(response) && old.getRevisionId() == revisionId) {
                return;
            }
            // a changed answer adds the time spent changing it
            Integer earlier = old.getTimeSpentMs();
            Integer total = spent == null ? earlier
                    : Integer.valueOf((int) Math.min(MAX_TIME_SPENT_MS, (long) spent + (earlier == null ? 0 : earlier)));
            repo.replaceAnswer(old.getId(), revisionId, response, result, total);
        } else {
            repo.insertAnswer(attempt.getId(), questionId, revisionId, response, result, spent);
        }
        // Results count submitted attempts only: an answer changes them just when it started the attempt.
        if (before.isEmpty()) {
            AssignmentResults.recompute(tx, a.id(), student.id(), null, null);
        }
    }

    /** Submits the attempt: scored once; submitting it again changes nothing. */
    public void submitAttempt(User student, StudentAssignments.Opened a, int attemptNumber) {
        if (!a.terms().acceptsWork(OffsetDateTime.now())) {
            throw new InvalidInput("This assignment no longer accepts work.");
        }
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            QuizRepository repo = new QuizRepository(tx);
            AttemptsRecord attempt = repo.attempts(a.id(), student.id()).stream()
                    .filter(r -> r.getNumber() == attemptNumber).findFirst()
                    .orElseThrow(() -> new InvalidInput("Answer at least one question before submitting."));
            if (!repo.submitAttempt(attempt.getId(), OffsetDateTime.now())) {
                return;
            }
            BigDecimal score = AssignmentResults.scoreAttempt(tx, a.assignment(), attempt.getId());
            repo.setScore(attempt.getId(), score);
            AssignmentResults.recompute(tx, a.id(), student.id(), null, null);
        });
    }

    /** Starts another attempt when the last one is submitted and attempts remain; a repeat changes nothing. */
    public void startAttempt(User student, StudentAssignments.Opened a, int attemptNumber) {
        if (!a.terms().acceptsWork(OffsetDateTime.now())) {
            throw new InvalidInput("This assignment no longer accepts work.");
        }
        retrying(() -> dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            QuizRepository repo = new QuizRepository(tx);
            List<AttemptsRecord> attempts = repo.attempts(a.id(), student.id());
            if (attempts.size() >= attemptNumber) {
                return;
            }
            if (attempts.stream().anyMatch(r -> r.getSubmittedAt() == null)) {
                return;
            }
            if (!a.terms().mayStartAttempt(attempts.size())) {
                throw new InvalidInput("You have used all your attempts.");
            }
            repo.insertAttempt(a.id(), student.id(), attempts.size() + 1);
            AssignmentResults.recompute(tx, a.id(), student.id(), null, null);
        }));
    }

    private static AttemptsRecord openAttempt(QuizRepository repo, List<AttemptsRecord> attempts, StudentAssignments.Opened a,
                                              User student, int number) {
        for (AttemptsRecord r : attempts) {
            if (r.getNumber() == number) {
                if (r.getSubmittedAt() != null) {
                    throw new InvalidInput("Attempt " + number + " has been submitted, so its answers can no longer change.");
                }
                return r;
            }
        }
        if (attempts.isEmpty() && number == 1 && a.terms().mayStartAttempt(0)) {
            repo.insertAttempt(a.id(), student.id(), 1);
            return repo.attempts(a.id(), student.id()).get(0);
        }
        throw new InvalidInput("That attempt is not open. Reload the page.");
    }

    /**
     * Runs {@code work} again when it lost a race with another request or node: a duplicate key
     * (two requests starting the same attempt) or a deadlock or serialization failure (two nodes'
     * group commits each holding a row the other wants; the database aborts one of them).
     */
    private static void retrying(Runnable work) {
        for (int tries = 1; ; tries++) {
            try {
                work.run();
                return;
            } catch (DataAccessException e) {
                if (tries >= RACE_TRIES || !lostRace(e)) {
                    throw e;
                }
            }
        }
    }

    private static final int RACE_TRIES = 3;

    private static boolean lostRace(DataAccessException e) {
        String state = e.sqlState();
        return "23505".equals(state) || "40001".equals(state) || "40P01".equals(state)
                || e instanceof org.jooq.exception.IntegrityConstraintViolationException
                || e.getCause() instanceof java.sql.SQLIntegrityConstraintViolationException;
    }

    /** The module's askable comprehension questions (discussion has its own page). */
    List<QuestionBank.StoredQuestion> askable(StudentAssignments.Opened a) {
        return new QuestionBank(dsl).forModule(a.moduleId(), true).stream()
                .filter(q -> q.question().type().comprehension()).toList();
    }

    /** The response string the checker grades, from the form fields of one question. */
    /** Longer than any sitting: a page left open overnight is not time spent on a question. */
    static final int MAX_TIME_SPENT_MS = 3 * 60 * 60 * 1000;

    /**
     * The time the student spent on the question, as the page's script measured it (from first
     * touching the question to saving it); absent without the script, and ignored when not a
     * plausible duration.
     */
    static Integer timeSpent(String field) {
        if (field == null || field.isBlank()) return null;
        try {
            long ms = Long.parseLong(field.strip());
            return ms > 0 && ms <= MAX_TIME_SPENT_MS ? (int) ms : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    String responseFrom(StudentAssignments.Opened a, QuestionBank.StoredQuestion sq, Question q, Map<String, String> f) {
        String r = f.getOrDefault("response", "").strip();
        switch (q.type()) {
            case multiple_choice, main_idea -> {
                if (!q.options().contains(r)) {
                    throw new InvalidInput("Choose one of the options.");
                }
                return r;
            }
            case true_false -> {
                if (!r.equals("true") && !r.equals("false")) {
                    throw new InvalidInput("Choose true or false.");
                }
                return r;
            }
            case cloze -> {
                if (r.isEmpty() || r.length() > 200) {
                    throw new InvalidInput("Type the missing word or words (up to 200 characters).");
                }
                return r;
            }
            case short_answer -> {
                if (r.isEmpty() || r.length() > 5000) {
                    throw new InvalidInput("Write your answer (up to 5000 characters).");
                }
                return r;
            }
            case select_evidence -> {
                return a.module().sentence(r).map(ModuleRenderer.SentenceText::text)
                        .orElseThrow(() -> new InvalidInput("Choose a sentence from the text."));
            }
            case matching -> {
                List<String> lefts = q.pairs().stream().map(Question.Pair::left).toList();
                Set<String> rights = new HashSet<>(q.pairs().stream().map(Question.Pair::right).toList());
                Map<String, String> chosen = new java.util.LinkedHashMap<>();
                for (int i = 0; i < lefts.size(); i++) {
                    String c = f.getOrDefault("match-" + i, "").strip();
                    if (!rights.contains(c)) {
                        throw new InvalidInput("Choose a match for every item.");
                    }
                    chosen.put(lefts.get(i), c);
                }
                return AnswerChecker.matchingResponse(chosen);
            }
            case ordering -> {
                List<String> shown = shuffled(sq.key(), q.items());
                String[] order = new String[shown.size()];
                for (int i = 0; i < shown.size(); i++) {
                    int pos;
                    try {
                        pos = Integer.parseInt(f.getOrDefault("order-" + i, "").strip());
                    } catch (NumberFormatException e) {
                        pos = -1;
                    }
                    if (pos < 1 || pos > shown.size() || order[pos - 1] != null) {
                        throw new InvalidInput("Give each item a different position from 1 to " + shown.size() + ".");
                    }
                    order[pos - 1] = shown.get(i);
                }
                return AnswerChecker.orderingResponse(List.of(order));
            }
            default -> throw new InvalidInput("This question is answered on the discussion page.");
        }
    }

    private QuestionView view(StudentAssignments.Opened a, QuestionBank.StoredQuestion sq, Question q, long revisionId,
                              int number, AnswersRecord ans, Pending pending, boolean shows) {
        ModuleRenderer.Rendered m = a.module();
        Optional<ModuleRenderer.SentenceText> evidence = q.evidence().isEmpty() ? Optional.empty() : m.locate(q.evidence().get(0));
        int section = evidence.map(ModuleRenderer.SentenceText::section).orElseGet(() -> {
            int named = m.sectionNamed(q.section());
            return named >= 0 ? named : m.sections().size() - 1;
        });
        List<String> lefts = q.pairs().stream().map(Question.Pair::left).toList();
        List<String> rights = new ArrayList<>(new TreeSet<>(q.pairs().stream().map(Question.Pair::right).toList()));
        List<String> items = shuffled(sq.key(), q.items());
        List<Integer> positions = new ArrayList<>();
        for (int i = 1; i <= items.size(); i++) {
            positions.add(i);
        }
        List<ModuleRenderer.SentenceText> sentences = q.type() == QuestionType.select_evidence
                ? m.section(section).sentences() : List.of();
        Map<String, String> values = pending != null ? pending.values() : ans == null ? Map.of()
                : valuesOf(q, ans.getResponse(), items, lefts, text -> m.locate(text).map(ModuleRenderer.SentenceText::ref).orElse(""));
        boolean answered = ans != null;
        boolean showResult = answered && shows && ans.getCredit() != null;
        Integer percent = ans != null && ans.getCredit() != null
                ? ans.getCredit().multiply(BigDecimal.valueOf(100)).setScale(0, java.math.RoundingMode.HALF_UP).intValue() : null;
        String evidenceUrl = evidence.map(s -> "/assignments/" + a.id() + "/read/" + s.section() + "#" + s.id()).orElse(null);
        return new QuestionView(sq.id(), revisionId, number, q.type().name(), q.prompt(), q.options(), lefts, rights, items,
                positions, sentences, values, answered, showResult, ans == null ? null : ans.getCorrect(), percent,
                answered && ans.getCredit() == null, answered && shows ? q.explanation() : null,
                answered && shows ? evidenceUrl : null, ans == null ? null : ans.getFeedback(),
                pending == null ? null : pending.error(), section);
    }

    private static Map<String, String> valuesOf(Question q, String response, List<String> items, List<String> lefts,
                                                Function<String, String> refOf) {
        Map<String, String> v = new HashMap<>();
        switch (q.type()) {
            case matching -> {
                Map<String, String> chosen = AnswerChecker.parseMatching(response);
                for (int i = 0; i < lefts.size(); i++) {
                    v.put("match-" + i, chosen.getOrDefault(lefts.get(i), ""));
                }
            }
            case ordering -> {
                List<String> order = AnswerChecker.parseOrdering(response);
                for (int i = 0; i < items.size(); i++) {
                    int at = order.indexOf(items.get(i));
                    v.put("order-" + i, at < 0 ? "" : String.valueOf(at + 1));
                }
            }
            case select_evidence -> v.put("response", refOf.apply(response));
            default -> v.put("response", response);
        }
        return v;
    }

    /** The order items are shown in: fixed per question, never the answer order when it can be avoided. */
    static List<String> shuffled(String key, List<String> items) {
        List<String> out = new ArrayList<>(items);
        Collections.shuffle(out, new Random(key.hashCode()));
        if (out.size() > 1 && out.equals(items)) {
            Collections.rotate(out, 1);
        }
        return out;
    }
}
