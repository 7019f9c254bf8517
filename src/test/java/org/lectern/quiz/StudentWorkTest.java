package org.lectern.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lectern.assignments.Assignment;
import org.lectern.questions.CurationRepository;
import org.lectern.questions.Question;
import org.lectern.questions.QuestionBank;
import org.lectern.questions.QuestionType;
import org.lectern.questions.Skill;
import org.lectern.testing.DatabaseTest;
import org.lectern.testing.Fixtures;
import org.lectern.testing.People;
import org.lectern.testing.TestServer;
import org.lectern.testing.WebClient;

/** A student's work on an assigned module, over HTTP against the real server and the seed modules. */
@DatabaseTest
class StudentWorkTest {

    static final String SLUG = "the-way-forward-to-build-up-the-japan-south-korea-rapprochement";
    static TestServer server;
    static WebClient teacher;
    static long classId;
    static long otherClassId;
    static WebClient otherTeacher;
    static int students;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        teacher = People.firstInstructor(server, "ada@school.test");
        otherTeacher = People.instructorAddedBy(teacher, server, "Bob", "bob@school.test");
        classId = People.createClass(teacher, "Ada's class");
        otherClassId = People.createClass(otherTeacher, "Bob's class");
        ensureSelectEvidence();
    }

    /**
     * The generator asks for evidence only where one sentence alone backs up a paragraph's point, and this seed
     * may have none: then the module gets one as an instructor's added question would be stored, on a sentence
     * that another of its questions already quotes as evidence.
     */
    static void ensureSelectEvidence() {
        var dsl = Fixtures.dsl(server);
        long moduleId = Fixtures.moduleId(server, SLUG);
        QuestionBank bank = new QuestionBank(dsl);
        List<Question> asked = bank.forModule(moduleId, true).stream().map(QuestionBank.StoredQuestion::question).toList();
        if (asked.stream().anyMatch(q -> q.type() == QuestionType.select_evidence)) {
            return;
        }
        Question source = asked.stream().filter(q -> q.type().comprehension() && q.evidence() != null && q.evidence().size() == 1)
                .findFirst().orElseThrow();
        String sentence = source.evidence().get(0);
        add(new Question(null, QuestionType.select_evidence,
                "Which sentence in the text supports this statement? " + sentence,
                null, sentence, null, null, null, null, List.of(sentence), source.section(), Skill.inference, 2,
                "The sentence says so in the text.", null));
        // the tests answer a true/false question; the seed may have none left after the ranker's choices
        if (asked.stream().noneMatch(q -> q.type() == QuestionType.true_false)) {
            add(new Question(null, QuestionType.true_false, "True or false: " + sentence, null, "true", null, null, null, null,
                    List.of(sentence), source.section(), Skill.recall, 1, "The text says so.", null));
        }
    }

    /** Stores a question in the module as an instructor's added question would be stored. */
    static void add(Question q) {
        var dsl = Fixtures.dsl(server);
        long moduleId = Fixtures.moduleId(server, SLUG);
        CurationRepository repo = new CurationRepository(dsl);
        String key = repo.nextAddedKey(moduleId);
        new QuestionBank(dsl).saveRevision(repo.insert(moduleId, key), q.withId(key), "added", null);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static WebClient newStudent(long inClass, WebClient instructor) {
        students++;
        return People.studentJoining(server, People.joinCode(instructor, inClass), "Student " + students,
                "s" + students + "@school.test");
    }

    static QuestionBank.StoredQuestion question(QuestionType type) {
        return new QuestionBank(Fixtures.dsl(server)).forModule(Fixtures.moduleId(server, SLUG), true).stream()
                .filter(q -> q.question().type() == type).findFirst().orElseThrow();
    }

    static Element questionOn(Document page, long questionId) {
        return page.getElementById("q-" + questionId);
    }

    static WebClient.Page answer(WebClient c, Assignment a, QuestionBank.StoredQuestion q, Map<String, String> fields) {
        return c.submit("/assignments/" + a.id() + "/questions", "/assignments/" + a.id() + "/questions/" + q.id(), form(a, q, fields));
    }

    /** The answer form's fields: the response fields given, the question's revision, the attempt and the return page. */
    static Map<String, String> form(Assignment a, QuestionBank.StoredQuestion q, Map<String, String> fields) {
        Map<String, String> all = new HashMap<>(fields);
        all.put("revision", String.valueOf(q.revisionId()));
        all.put("attempt", all.getOrDefault("attempt", "1"));
        all.put("return", "/assignments/" + a.id() + "/questions");
        return all;
    }

    static Map<String, String> result(Assignment a, long userId) {
        var r = Fixtures.dsl(server).selectFrom(org.lectern.db.generated.Tables.ASSIGNMENT_RESULTS)
                .where(org.lectern.db.generated.Tables.ASSIGNMENT_RESULTS.ASSIGNMENT_ID.eq(a.id())).fetch();
        return r.isEmpty() ? Map.of() : Map.of("status", r.get(0).getStatus());
    }

    @Test
    void homeListsAssignedModulesWithStatusAndAContinueLink() {
        Assignment a = Fixtures.assign(server, classId, SLUG);
        WebClient s = newStudent(classId, teacher);
        Document home = s.get("/").html();
        Element card = home.select(".assignment-card").stream()
                .filter(c -> c.select("a").attr("href").startsWith("/assignments/" + a.id() + "/")).findFirst().orElseThrow();
        assertThat(card.text()).contains("Not started").contains("Score so far");
        assertThat(card.selectFirst("a.button").attr("href")).isEqualTo("/assignments/" + a.id() + "/read/0");
    }

    @Test
    void movingOnSavesSectionProgressAndContinueResumesThere() {
        Assignment a = Fixtures.assign(server, classId, SLUG);
        WebClient s = newStudent(classId, teacher);
        String read0 = "/assignments/" + a.id() + "/read/0";
        WebClient.Page next = s.submit(read0, read0 + "/next", Map.of());
        assertThat(next.location()).isEqualTo("/assignments/" + a.id() + "/read/1");
        s.submit("/assignments/" + a.id() + "/read/1", "/assignments/" + a.id() + "/read/1/next", Map.of());
        WebClient.Page resume = s.get("/assignments/" + a.id());
        assertThat(resume.location()).isEqualTo("/assignments/" + a.id() + "/read/2");
        assertThat(s.get("/").body()).contains("In progress");
    }

    @Test
    void theReadingViewMarksSentencesAndShowsReadingTimeAndProgress() {
        Assignment a = Fixtures.assign(server, classId, SLUG);
        WebClient s = newStudent(classId, teacher);
        Document page = s.get("/assignments/" + a.id() + "/read/1").html();
        assertThat(page.getElementById("s-1-1")).isNotNull();
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(page.getElementById("reading-progress").attr("value")).isEqualTo("2");
        assertThat(page.text()).contains("min read").contains("Section 2 of");
    }

    @Test
    void aRightMultipleChoiceAnswerShowsCorrectTheExplanationAndAnEvidenceLink() {
        Assignment a = Fixtures.assign(server, classId, SLUG);
        WebClient s = newStudent(classId, teacher);
        var q = question(QuestionType.multiple_choice);
        WebClient.Page saved = answer(s, a, q, Map.of("response", q.question().answer()));
        assertThat(saved.status()).isEqualTo(303);
        Element shown = questionOn(s.get("/assignments/" + a.id() + "/questions").html(), q.id());
        assertThat(shown.text()).contains("Correct").contains(q.question().explanation());
        String link = shown.selectFirst("a.evidence-link").attr("href");
        assertThat(link).matches("/assignments/" + a.id() + "/read/\\d+#s-\\d+-\\d+");
        String target = link.substring(link.indexOf('#') + 1);
        Document text = s.get(link.substring(0, link.indexOf('#'))).html();
        // The sentence as written: a glossary term's tooltip (its meaning) is not part of it.
        Element sentence = text.getElementById(target).clone();
        sentence.select(".gloss-tip").remove();
        assertThat(org.lectern.quiz.AnswerChecker.normalise(sentence.text()))
                .isEqualTo(org.lectern.quiz.AnswerChecker.normalise(q.question().evidence().get(0)));
    }

    /** Answers as the page's script does: the same form, asking for the answered question back. */
    static WebClient.Page answerInPlace(WebClient c, Assignment a, QuestionBank.StoredQuestion q, Map<String, String> fields) {
        return answerInPlace(c, a, q, fields, "identity");
    }

    /** As the page's script does, from a browser taking the given content codings. */
    static WebClient.Page answerInPlace(WebClient c, Assignment a, QuestionBank.StoredQuestion q, Map<String, String> fields,
                                        String acceptEncoding) {
        Map<String, String> all = form(a, q, fields);
        all.put("_csrf", WebClient.csrfFrom(c.get("/assignments/" + a.id() + "/questions")));
        String body = all.entrySet().stream().map(e -> java.net.URLEncoder.encode(e.getKey(), java.nio.charset.StandardCharsets.UTF_8)
                + "=" + java.net.URLEncoder.encode(e.getValue(), java.nio.charset.StandardCharsets.UTF_8))
                .collect(java.util.stream.Collectors.joining("&"));
        return c.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(c.url("/assignments/" + a.id() + "/questions/" + q.id())))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header(org.lectern.reading.StudentRoutes.PARTIAL_HEADER, org.lectern.reading.StudentRoutes.IN_PLACE)
                .header("Accept-Encoding", acceptEncoding)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)));
    }

    @Test
    void anAnswerSavedInPlaceComesBackUncompressedEvenToABrowserTakingGzip() {
        Assignment a = Fixtures.assign(server, classId, SLUG);
        WebClient s = newStudent(classId, teacher);
        var q = question(QuestionType.multiple_choice);
        WebClient.Page saved = answerInPlace(s, a, q, Map.of("response", q.question().answer()), "gzip, deflate, br");
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.response().headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(questionOn(saved.html(), q.id()).text()).contains("Correct");
    }

    @Test
    void anAnswerSavedInPlaceComesBackAsTheAnsweredQuestionAloneWithTheCount() {
        Assignment a = Fixtures.assign(server, classId, SLUG);
        WebClient s = newStudent(classId, teacher);
        var q = question(QuestionType.multiple_choice);
        WebClient.Page saved = answerInPlace(s, a, q, Map.of("response", q.question().answer()));
        assertThat(saved.status()).isEqualTo(200);
        Document reply = saved.html();
        assertThat(reply.select(".question")).hasSize(1);
        assertThat(questionOn(reply, q.id()).text()).contains("Correct").contains(q.question().explanation());
        assertThat(reply.getElementById("answered-count").text()).isEqualTo("1");
        // the first answer opened the attempt: the reply brings its submit button for the page
        assertThat(reply.select("#attempt-actions form.submit-attempt")).hasSize(1);
        // what the script replaces on the page carries the same ids
        Document page = s.get("/assignments/" + a.id() + "/questions").html();
        assertThat(page.getElementById("answered-count").text()).isEqualTo("1");
        assertThat(questionOn(page, q.id()).text()).isEqualTo(questionOn(reply, q.id()).text());
    }

    @Test
    void twoStudentsWhoAnsweredAQuestionAlikeEachGetTheirOwnFormTokenAndOnlyTheirOwnAnswer() {
        Assignment a = Fixtures.assign(server, classId, SLUG);
        var q = question(QuestionType.multiple_choice);
        String wrong = q.question().options().stream().filter(o -> !o.equals(q.question().answer())).findFirst().orElseThrow();
        WebClient first = newStudent(classId, teacher);
        WebClient second = newStudent(classId, teacher);
        WebClient third = newStudent(classId, teacher);
        answerInPlace(first, a, q, Map.of("response", wrong));
        answerInPlace(second, a, q, Map.of("response", wrong));
        answerInPlace(third, a, q, Map.of("response", q.question().answer()));
        String path = "/assignments/" + a.id() + "/questions";
        Document one = first.get(path).html();
        Document two = second.get(path).html();
        Document three = third.get(path).html();
        String tokenOne = questionOn(one, q.id()).selectFirst("input[name=_csrf]").val();
        String tokenTwo = questionOn(two, q.id()).selectFirst("input[name=_csrf]").val();
        assertThat(tokenOne).isNotBlank().isNotEqualTo(tokenTwo);
        assertThat(tokenOne).isEqualTo(WebClient.csrfFrom(first.get(path)));
        assertThat(questionOn(one, q.id()).selectFirst("input[checked]").val()).isEqualTo(wrong);
        assertThat(questionOn(three, q.id()).selectFirst("input[checked]").val()).isEqualTo(q.question().answer());
        // the form works with the token it carries: the second student changes their answer from the page's own form
        assertThat(answerInPlace(second, a, q, Map.of("response", q.question().answer())).status()).isEqualTo(200);
    }

    @Test
    void theTimeThePageMeasuredIsStoredWithTheAnswerAndAChangedAnswerAddsToIt() {
        Assignment a = Fixtures.assign(server, classId, SLUG);
        WebClient s = newStudent(classId, teacher);
        var q = question(QuestionType.true_false);
        var answers = org.lectern.db.generated.Tables.ANSWERS;
        answerInPlace(s, a, q, Map.of("response", "true", "time_spent_ms", "42000"));
        answerInPlace(s, a, q, Map.of("response", "false", "time_spent_ms", "3000"));
        Integer stored = Fixtures.dsl(server).select(answers.TIME_SPENT_MS).from(answers)
                .join(org.lectern.db.generated.Tables.ATTEMPTS).on(org.lectern.db.generated.Tables.ATTEMPTS.ID.eq(answers.ATTEMPT_ID))
                .where(answers.QUESTION_ID.eq(q.id())).and(org.lectern.db.generated.Tables.ATTEMPTS.ASSIGNMENT_ID.eq(a.id()))
                .fetchOne(answers.TIME_SPENT_MS);
        assertThat(stored).isEqualTo(45000);
    }

    @Test
    void anAnswerChangedWithoutAMeasuredTimeIsSavedAndKeepsNoTime() {
        Assignment a = Fixtures.assign(server, classId, SLUG);
        WebClient s = newStudent(classId, teacher);
        var q = question(QuestionType.true_false);
        assertThat(answerInPlace(s, a, q, Map.of("response", "true")).status()).isEqualTo(200);
        WebClient.Page changed = answerInPlace(s, a, q, Map.of("response", "false"));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(questionOn(changed.html(), q.id()).selectFirst("input[value=false]").hasAttr("checked")).isTrue();
    }

    @Test
    void aTimeThatIsNotAPlausibleDurationIsIgnored() {
        assertThat(QuizService.timeSpent("-5")).isNull();
        assertThat(QuizService.timeSpent("soon")).isNull();
        assertThat(QuizService.timeSpent(String.valueOf(QuizService.MAX_TIME_SPENT_MS + 1))).isNull();
        assertThat(QuizService.timeSpent("")).isNull();
        assertThat(QuizService.timeSpent(" 1500 ")).isEqualTo(1500);
    }

    @Test
    void aRejectedAnswerInPlaceComesBackWithTheErrorAndWhatWasChosen() {
        Assignment a = Fixtures.assign(server, classId, SLUG);
        WebClient s = newStudent(classId, teacher);
        var q = question(QuestionType.matching);
        WebClient.Page p = answerInPlace(s, a, q, Map.of("match-0", q.question().pairs().get(0).right()));
        assertThat(p.status()).isEqualTo(400);
        Element shown = questionOn(p.html(), q.id());
        assertThat(shown.text()).contains("Choose a match for every item.");
        assertThat(shown.selectFirst("select[name=match-0] option[selected]").attr("value"))
                .isEqualTo(q.question().pairs().get(0).right());
        assertThat(p.html().getElementById("answered-count").text()).isEqualTo("0");
    }

    @Test
    void aDoubleSubmittedAnswerIsStoredOnce() {
        Assignment a = Fixtures.assign(server, classId, SLUG);
        WebClient s = newStudent(classId, teacher);
        var q = question(QuestionType.true_false);
        answer(s, a, q, Map.of("response", "true"));
        answer(s, a, q, Map.of("response", "true"));
        // this assignment's answers only (other tests answer the same question in their own assignments)
        int answers = Fixtures.dsl(server).fetchCount(Fixtures.dsl(server).selectOne().from(org.lectern.db.generated.Tables.ANSWERS)
                .join(org.lectern.db.generated.Tables.ATTEMPTS).on(org.lectern.db.generated.Tables.ATTEMPTS.ID.eq(org.lectern.db.generated.Tables.ANSWERS.ATTEMPT_ID))
                .where(org.lectern.db.generated.Tables.ANSWERS.QUESTION_ID.eq(q.id()))
                .and(org.lectern.db.generated.Tables.ATTEMPTS.ASSIGNMENT_ID.eq(a.id())));
        int attempts = Fixtures.dsl(server).fetchCount(org.lectern.db.generated.Tables.ATTEMPTS,
                org.lectern.db.generated.Tables.ATTEMPTS.ASSIGNMENT_ID.eq(a.id()));
        assertThat(answers).isEqualTo(1);
        assertThat(attempts).isEqualTo(1);
    }

    @Test
    void badInputGetsAClearErrorAndKeepsWhatWasTyped() {
        Assignment a = Fixtures.assign(server, classId, SLUG);
        WebClient s = newStudent(classId, teacher);
        var q = question(QuestionType.matching);
        WebClient.Page p = answer(s, a, q, Map.of("match-0", q.question().pairs().get(0).right()));
        assertThat(p.status()).isEqualTo(400);
        Element shown = questionOn(p.html(), q.id());
        assertThat(shown.text()).contains("Choose a match for every item.");
        assertThat(shown.selectFirst("select[name=match-0] option[selected]").attr("value"))
                .isEqualTo(q.question().pairs().get(0).right());
    }

    @Test
    void everyQuestionTypeIsAnswerableAndSubmittingScoresTheAttempt() {
        Assignment a = Fixtures.assign(server, classId, SLUG);
        WebClient s = newStudent(classId, teacher);
        Document page = s.get("/assignments/" + a.id() + "/questions").html();
        for (QuestionType t : List.of(QuestionType.multiple_choice, QuestionType.true_false, QuestionType.cloze,
                QuestionType.matching, QuestionType.short_answer, QuestionType.select_evidence)) {
            var q = question(t);
            Element form = questionOn(page, q.id());
            assertThat(form).as(t.name()).isNotNull();
            Map<String, String> fields = new HashMap<>();
            switch (t) {
                case multiple_choice -> fields.put("response", q.question().answer());
                case true_false -> fields.put("response", q.question().answer());
                case cloze -> fields.put("response", q.question().answer().toLowerCase());
                case short_answer -> fields.put("response", "Because of the reasons the article gives.");
                case matching -> {
                    for (int i = 0; i < q.question().pairs().size(); i++) {
                        fields.put("match-" + i, q.question().pairs().get(i).right());
                    }
                }
                case select_evidence -> {
                    String want = AnswerChecker.normalise(q.question().evidence().get(0));
                    String ref = form.select("input[type=radio]").stream()
                            .filter(r -> AnswerChecker.normalise(form.selectFirst("label[for=" + r.id() + "]").text()).equals(want))
                            .findFirst().orElseThrow().attr("value");
                    fields.put("response", ref);
                }
                default -> { }
            }
            assertThat(answer(s, a, q, fields).status()).as(t.name()).isEqualTo(303);
        }
        Document after = s.get("/assignments/" + a.id() + "/questions").html();
        for (QuestionType t : List.of(QuestionType.multiple_choice, QuestionType.true_false, QuestionType.cloze,
                QuestionType.matching, QuestionType.select_evidence)) {
            assertThat(questionOn(after, question(t).id()).text()).as(t.name()).contains("Correct");
        }
        assertThat(questionOn(after, question(QuestionType.short_answer).id()).text()).contains("Your instructor will grade");
        WebClient.Page submitted = s.submit("/assignments/" + a.id() + "/questions",
                "/assignments/" + a.id() + "/attempts/1/submit", Map.of());
        assertThat(submitted.status()).isEqualTo(303);
        s.submit("/assignments/" + a.id() + "/questions", "/assignments/" + a.id() + "/attempts/1/submit", Map.of());
        Document done = s.get("/assignments/" + a.id() + "/questions").html();
        assertThat(done.text()).contains("This attempt is submitted").contains("Score so far");
        assertThat(s.get("/").html().text()).contains("Submitted");
        assertThat(answer(s, a, question(QuestionType.true_false), Map.of("response", "false")).status()).isEqualTo(400);
    }

    @Test
    void withAnswersHiddenTheStudentSeesSavedButNotRightOrWrong() {
        Assignment a = Fixtures.assign(server, classId, SLUG, x -> new Assignment(0, x.classId(), x.moduleId(), null,
                x.dueAt(), x.latePolicy(), 0, 1, x.scoring(), x.placement(), Set.of(), x.comprehensionPoints(),
                x.discussionPoints(), Assignment.ShowAnswers.never, 5));
        WebClient s = newStudent(classId, teacher);
        var q = question(QuestionType.true_false);
        answer(s, a, q, Map.of("response", q.question().answer()));
        Element shown = questionOn(s.get("/assignments/" + a.id() + "/questions").html(), q.id());
        assertThat(shown.text()).contains("Answer saved").doesNotContain("Correct").doesNotContain(q.question().explanation());
    }

    @Test
    void lateWorkIsRefusedWhenThePolicySaysSo() {
        Assignment a = Fixtures.assign(server, classId, SLUG, x -> new Assignment(0, x.classId(), x.moduleId(), null,
                java.time.OffsetDateTime.now().minusDays(1), Assignment.LatePolicy.refuse, 0, 1, x.scoring(),
                x.placement(), Set.of(), x.comprehensionPoints(), x.discussionPoints(), x.showAnswers(), 5));
        WebClient s = newStudent(classId, teacher);
        WebClient.Page p = answer(s, a, question(QuestionType.true_false), Map.of("response", "true"));
        assertThat(p.status()).isEqualTo(400);
        assertThat(p.body()).contains("no longer accepts answers");
        assertThat(s.get("/").html().text()).contains("Late");
    }

    @Test
    void questionsAppearAfterTheirSectionWhenTheAssignmentSaysSo() {
        Assignment a = Fixtures.assign(server, classId, SLUG, x -> new Assignment(0, x.classId(), x.moduleId(), null,
                x.dueAt(), x.latePolicy(), 0, 1, x.scoring(), Assignment.Placement.sections, Set.of(),
                x.comprehensionPoints(), x.discussionPoints(), x.showAnswers(), 5));
        WebClient s = newStudent(classId, teacher);
        int withQuestions = 0;
        for (int i = 0; i < 8; i++) {
            WebClient.Page p = s.get("/assignments/" + a.id() + "/read/" + i);
            if (p.status() != 200) {
                break;
            }
            withQuestions += p.html().select(".question").size();
        }
        assertThat(withQuestions).isGreaterThan(5);
    }

    @Test
    void attemptsFollowThePolicyAndTheBestCounts() {
        Assignment a = Fixtures.assign(server, classId, SLUG, x -> new Assignment(0, x.classId(), x.moduleId(), null,
                x.dueAt(), x.latePolicy(), 0, 2, Assignment.Scoring.best, x.placement(), Set.of("true_false"),
                x.comprehensionPoints(), x.discussionPoints(), x.showAnswers(), 5));
        WebClient s = newStudent(classId, teacher);
        var tfs = new QuestionBank(Fixtures.dsl(server)).forModule(a.moduleId(), true).stream()
                .filter(q -> q.question().type() == QuestionType.true_false).toList();
        for (var q : tfs) {
            answer(s, a, q, Map.of("response", q.question().answer()));
        }
        String qs = "/assignments/" + a.id() + "/questions";
        s.submit(qs, "/assignments/" + a.id() + "/attempts/1/submit", Map.of());
        assertThat(s.submit(qs, "/assignments/" + a.id() + "/attempts", Map.of("number", "2")).status()).isEqualTo(303);
        for (var q : tfs) {
            answer(s, a, q, Map.of("response", q.question().answer().equals("true") ? "false" : "true", "attempt", "2"));
        }
        s.submit(qs, "/assignments/" + a.id() + "/attempts/2/submit", Map.of());
        Document done = s.get(qs).html();
        assertThat(done.selectFirst(".score").text()).contains("100%");
        assertThat(done.select("form[action$=/attempts]")).isEmpty();
        assertThat(s.submit(qs, "/assignments/" + a.id() + "/attempts", Map.of("number", "3")).status()).isEqualTo(400);
    }

    @Test
    void highlightsAndNotesPersistWhenTheModuleIsReopened() {
        Assignment a = Fixtures.assign(server, classId, SLUG);
        WebClient s = newStudent(classId, teacher);
        String read = "/assignments/" + a.id() + "/read/1";
        s.submit(read, "/modules/" + a.moduleId() + "/highlights", Map.of("sentence", "1.2", "action", "add", "return", read));
        s.submit(read, "/modules/" + a.moduleId() + "/notes", Map.of("body", "Remember the tariff point.", "return", read));
        Document again = s.get(read).html();
        assertThat(again.getElementById("s-1-2").hasClass("hl")).isTrue();
        assertThat(again.getElementById("note-body").text()).isEqualTo("Remember the tariff point.");
        s.submit(read, "/modules/" + a.moduleId() + "/highlights", Map.of("sentence", "1.2", "action", "remove", "return", read));
        assertThat(s.get(read).html().getElementById("s-1-2").hasClass("hl")).isFalse();
    }

    @Test
    void studentsReadingTheSameSectionEachGetTheirOwnFormTokensNoteAndHighlights() {
        Assignment a = Fixtures.assign(server, classId, SLUG);
        WebClient noter = newStudent(classId, teacher);
        WebClient first = newStudent(classId, teacher);
        WebClient second = newStudent(classId, teacher);
        String read = "/assignments/" + a.id() + "/read/1";
        noter.submit(read, "/modules/" + a.moduleId() + "/highlights", Map.of("sentence", "1.2", "action", "add", "return", read));
        noter.submit(read, "/modules/" + a.moduleId() + "/notes", Map.of("body", "Only mine: the tariff point.", "return", read));
        Document one = first.get(read).html();
        Document two = second.get(read).html();
        assertThat(one.getElementById("note-body").text()).isEmpty();
        assertThat(one.select(".highlight-list")).isEmpty();
        assertThat(one.body().text()).doesNotContain("Only mine");
        List<String> tokensOne = one.select("main input[name=_csrf]").eachAttr("value");
        List<String> tokensTwo = two.select("main input[name=_csrf]").eachAttr("value");
        assertThat(tokensOne).hasSizeGreaterThanOrEqualTo(3).containsOnly(WebClient.csrfFrom(first.get(read)));
        assertThat(tokensTwo).containsOnly(WebClient.csrfFrom(second.get(read))).doesNotContainAnyElementsOf(tokensOne);
        Document mine = noter.get(read).html();
        assertThat(mine.getElementById("note-body").text()).isEqualTo("Only mine: the tariff point.");
        assertThat(mine.select(".highlight-list a").eachAttr("href")).containsExactly("#s-1-2");
        // the form works with the token the shared part carries
        String notesToken = two.selectFirst("#notes input[name=_csrf]").val();
        assertThat(second.postRaw("/modules/" + a.moduleId() + "/notes", Map.of("body", "Mine now.", "return", read, "_csrf", notesToken))
                .status()).isEqualTo(303);
        assertThat(first.get(read).html().getElementById("note-body").text()).isEmpty();
    }

    @Test
    void everyHighlightIsMarkedAndListedInTheOrderMadeBesideTheNote() {
        Assignment a = Fixtures.assign(server, classId, SLUG);
        WebClient s = newStudent(classId, teacher);
        String read = "/assignments/" + a.id() + "/read/1";
        for (String ref : List.of("1.3", "1.1", "1.2")) {
            s.submit(read, "/modules/" + a.moduleId() + "/highlights", Map.of("sentence", ref, "action", "add", "return", read));
        }
        s.submit(read, "/modules/" + a.moduleId() + "/notes", Map.of("body", "Three sentences marked.", "return", read));
        Document page = s.get(read).html();
        assertThat(page.select(".prose .sentence.hl").eachAttr("id")).containsExactly("s-1-1", "s-1-2", "s-1-3");
        assertThat(page.select(".highlight-list a").eachAttr("href")).containsExactly("#s-1-3", "#s-1-1", "#s-1-2");
        assertThat(page.getElementById("note-body").text()).isEqualTo("Three sentences marked.");
    }

    @Test
    void discussionShowsClassmatesOnlyAfterPostingAndAllowsReplies() {
        Assignment a = Fixtures.assign(server, classId, SLUG);
        WebClient first = newStudent(classId, teacher);
        WebClient second = newStudent(classId, teacher);
        var q = question(QuestionType.discussion);
        String page = "/assignments/" + a.id() + "/discussion";
        WebClient.Page tooShort = first.submit(page, page + "/" + q.id(), Map.of("body", "Too short."));
        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(tooShort.body()).contains("at least 5 words").contains("Too short.");
        assertThat(tooShort.html().select("[role=alert]")).as("the refusal is shown once, beside the response").hasSize(1);
        String body = "Both authors agree that cooperation matters for regional stability.";
        first.submit(page, page + "/" + q.id(), Map.of("body", body));
        first.submit(page, page + "/" + q.id(), Map.of("body", body));
        assertThat(second.get(page).body()).doesNotContain(body);
        second.submit(page, page + "/" + q.id(), Map.of("body", "I think the summary makes the stronger case overall."));
        Document seen = second.get(page).html();
        assertThat(seen.select(".post:not(.mine) .post-body").eachText()).containsExactly(body);
        long postId = Long.parseLong(seen.selectFirst(".post:not(.mine)").id().substring(2));
        second.submit(page, page + "/posts/" + postId + "/replies", Map.of("body", "Good point about stability."));
        assertThat(first.get(page).html().select(".mine .replies").text()).contains("Good point about stability.");
    }

    @Test
    void aStudentCannotOpenAnotherClassesAssignmentOrItsDiscussion() {
        Assignment mine = Fixtures.assign(server, classId, SLUG);
        Assignment theirs = Fixtures.assign(server, otherClassId, SLUG);
        WebClient s = newStudent(classId, teacher);
        assertThat(s.get("/assignments/" + theirs.id() + "/read/0").status()).isEqualTo(403);
        assertThat(s.get("/assignments/" + theirs.id() + "/discussion").status()).isEqualTo(403);
        assertThat(s.get("/assignments/" + theirs.id() + "/questions").status()).isEqualTo(403);
        var q = question(QuestionType.true_false);
        assertThat(answer(s, theirs, q, Map.of("response", "true")).status()).isEqualTo(403);
        assertThat(s.get("/").body()).doesNotContain("/assignments/" + theirs.id() + "/");
        assertThat(s.get("/assignments/" + mine.id() + "/read/0").status()).isEqualTo(200);
    }

    @Test
    void aStudentSeesOnlyTheirOwnAnswers() {
        Assignment a = Fixtures.assign(server, classId, SLUG);
        WebClient one = newStudent(classId, teacher);
        WebClient two = newStudent(classId, teacher);
        var q = question(QuestionType.short_answer);
        answer(one, a, q, Map.of("response", "A private explanation only I wrote."));
        assertThat(two.get("/assignments/" + a.id() + "/questions").body()).doesNotContain("A private explanation only I wrote.");
        assertThat(two.get("/progress").body()).doesNotContain("A private explanation only I wrote.");
    }

    @Test
    void highlightsAreRefusedOnModulesNotAssignedToTheStudent() {
        Fixtures.assign(server, otherClassId, "redefining-republic-of-korea-japan-relations-for-a-new-era");
        WebClient s = newStudent(classId, teacher);
        long other = Fixtures.moduleId(server, "redefining-republic-of-korea-japan-relations-for-a-new-era");
        Assignment mine = Fixtures.assign(server, classId, SLUG);
        String read = "/assignments/" + mine.id() + "/read/0";
        assertThat(s.submit(read, "/modules/" + other + "/highlights", Map.of("sentence", "0.1", "return", read)).status())
                .isEqualTo(403);
        assertThat(s.submit(read, "/modules/" + other + "/notes", Map.of("body", "x", "return", read)).status())
                .isEqualTo(403);
    }

    @Test
    void theProgressPageShowsReadingScoreAndStatusPerModule() {
        Assignment a = Fixtures.assign(server, classId, SLUG);
        WebClient s = newStudent(classId, teacher);
        var q = question(QuestionType.true_false);
        answer(s, a, q, Map.of("response", q.question().answer()));
        Document p = s.get("/progress").html();
        Element card = p.getElementById("pr-" + a.id()).parent();
        assertThat(card.text()).contains("sections read").contains("In progress").contains("Attempts used");
    }
}
