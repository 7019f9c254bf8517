package org.lectern.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lectern.assignments.Assignment;
import org.lectern.assignments.AssignmentRepository;
import org.lectern.questions.QuestionBank;
import org.lectern.questions.QuestionType;
import org.lectern.testing.DatabaseTest;
import org.lectern.testing.Fixtures;
import org.lectern.testing.People;
import org.lectern.testing.TestServer;
import org.lectern.testing.WebClient;
import org.lectern.testing.XssProbe;

/**
 * What instructors and students write that others read — article text, edited questions,
 * discussion responses and replies — is shown as text on every page that shows it, never run.
 */
@DatabaseTest
class StoredXssInContentTest {

    static final String SLUG = "the-way-forward-to-build-up-the-japan-south-korea-rapprochement";
    static TestServer server;
    static WebClient ada;
    static WebClient sam;
    static WebClient tia;
    static long classId;
    static long uploadedModule;
    static Assignment uploadedAssignment;
    static Assignment seedAssignment;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start();
        ada = People.firstInstructor(server, "ada@school.test");
        classId = People.createClass(ada, "Ada's class");
        String code = People.joinCode(ada, classId);
        sam = People.studentJoining(server, code, "Sam", "sam@school.test");
        tia = People.studentJoining(server, code, "Tia", "tia@school.test");

        String md = Files.readString(Path.of("content", SLUG, "module.md"), StandardCharsets.UTF_8);
        String body = md.substring(md.indexOf('\n', md.indexOf("\n---", 4) + 1) + 1).strip();
        WebClient.Page uploaded = ada.upload("/library/upload", "/library/upload", Map.of("title", "", "text", ""), "file",
                "ties.md", "text/markdown", XssProbe.article("article", body).getBytes(StandardCharsets.UTF_8));
        assertThat(uploaded.status()).as(uploaded.html().select("[role=alert]").text()).isEqualTo(303);
        uploadedModule = Long.parseLong(uploaded.location().replaceAll("^/library/(\\d+).*", "$1"));
        uploadedAssignment = assign(uploadedModule);
        seedAssignment = assign(Fixtures.moduleId(server, SLUG));
    }

    static Assignment assign(long moduleId) {
        return new AssignmentRepository(Fixtures.dsl(server)).insert(new Assignment(0, classId, moduleId, null,
                OffsetDateTime.now().plusDays(7), Assignment.LatePolicy.accept, 0, 1, Assignment.Scoring.best,
                Assignment.Placement.end, Set.of(), new BigDecimal("10"), new BigDecimal("5"),
                Assignment.ShowAnswers.immediately, 5));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static final String[] ARTICLE_PAYLOADS = {XssProbe.script("article-title"), XssProbe.script("article-p"),
            XssProbe.image("article-img"), "\"><svg onload=alert('article-li')>", XssProbe.javascriptLink("article-link")};

    @Test
    void articleTextIsInertInTheInstructorsPreviewAndLibraryPages() {
        for (String page : new String[] {"/library/" + uploadedModule, "/library/" + uploadedModule + "/preview",
                "/library/" + uploadedModule + "/questions", "/library"}) {
            WebClient.Page p = ada.get(page);
            assertThat(p.status()).as(page).isEqualTo(200);
            XssProbe.assertInert(p, ARTICLE_PAYLOADS);
        }
        assertThat(ada.get("/library/" + uploadedModule + "/preview").html().text())
                .as("the article's own words are shown, as text").contains("was only the start of the talks");
    }

    @Test
    void articleTextIsInertInEverySectionAStudentReads() {
        int sections = 0;
        for (int s = 0; s < 100; s++) {
            WebClient.Page p = sam.get("/assignments/" + uploadedAssignment.id() + "/read/" + s);
            if (p.status() == 404) {
                break;
            }
            assertThat(p.status()).isEqualTo(200);
            XssProbe.assertInert(p, ARTICLE_PAYLOADS);
            sections++;
        }
        assertThat(sections).isPositive();
        XssProbe.assertInert(sam.get("/assignments/" + uploadedAssignment.id() + "/questions"), ARTICLE_PAYLOADS);
        XssProbe.assertInert(sam.get("/"), ARTICLE_PAYLOADS);
    }

    @Test
    void anEditedQuestionIsInertOnTheStudentsQuestionsPageAndInCuration() {
        long moduleId = Fixtures.moduleId(server, SLUG);
        QuestionBank.StoredQuestion q = new QuestionBank(Fixtures.dsl(server)).forModule(moduleId, true).stream()
                .filter(x -> x.question().type() == QuestionType.multiple_choice).findFirst().orElseThrow();
        String prompt = "Which is right? " + XssProbe.script("q-prompt");
        String option = "\"><svg onload=alert('q-option')>";
        String edit = "/library/" + moduleId + "/questions/" + q.id() + "/edit";
        WebClient.Page saved = ada.submit(edit, edit, Map.of("prompt", prompt,
                "options", option + "\n" + XssProbe.image("q-option2") + "\nA plain option",
                "answer", option, "explanation", XssProbe.javascriptLink("q-explanation")));
        assertThat(saved.status()).as(saved.html().select("[role=alert]").text()).isEqualTo(303);

        WebClient.Page questions = sam.get("/assignments/" + seedAssignment.id() + "/questions");
        XssProbe.assertShownAsText(questions, prompt);
        XssProbe.assertInert(questions, option, XssProbe.image("q-option2"));
        assertThat(questions.html().select("#q-" + q.id() + " input[type=radio]").eachAttr("value"))
                .as("the option is the radio's value, as an attribute value").contains(option);

        // The student answers with the payload option; shown again (with the explanation) it stays inert.
        Map<String, String> answer = Map.of("response", option, "revision",
                questions.html().selectFirst("#q-" + q.id() + " input[name=revision]").attr("value"),
                "attempt", "1", "return", "/assignments/" + seedAssignment.id() + "/questions");
        assertThat(sam.submit("/assignments/" + seedAssignment.id() + "/questions",
                "/assignments/" + seedAssignment.id() + "/questions/" + q.id(), answer).status()).isEqualTo(303);
        XssProbe.assertInert(sam.get("/assignments/" + seedAssignment.id() + "/questions"), option,
                XssProbe.javascriptLink("q-explanation"));
        XssProbe.assertInert(ada.get("/library/" + moduleId + "/questions"), prompt, option);
        XssProbe.assertInert(ada.get(edit), prompt, option);
        XssProbe.assertInert(ada.get("/assignments/" + seedAssignment.id() + "/items"), prompt, option);
    }

    @Test
    void discussionResponsesAndRepliesAreInertForClassmatesAndTheInstructor() {
        long moduleId = Fixtures.moduleId(server, SLUG);
        long topic = new QuestionBank(Fixtures.dsl(server)).forModule(moduleId, true).stream()
                .filter(x -> x.question().type() == QuestionType.discussion).findFirst().orElseThrow().id();
        String discussion = "/assignments/" + seedAssignment.id() + "/discussion";
        String response = "I think that " + XssProbe.script("post") + " is the key point of the whole article here.";
        String other = "My view is different " + XssProbe.image("post2") + " because the history matters a great deal.";
        String reply = "I disagree with you \"><svg onload=alert('reply')> and here is why.";
        assertThat(sam.submit(discussion, discussion + "/" + topic, Map.of("body", response)).status()).isEqualTo(303);
        assertThat(tia.submit(discussion, discussion + "/" + topic, Map.of("body", other)).status()).isEqualTo(303);
        WebClient.Page page = tia.get(discussion);
        String replyAction = page.html().select("form.reply-form").eachAttr("action").stream()
                .filter(a -> a.contains("/posts/")).findFirst().orElseThrow();
        assertThat(tia.submit(discussion, replyAction, Map.of("body", reply)).status()).isEqualTo(303);

        XssProbe.assertShownAsText(sam.get(discussion), response);
        XssProbe.assertInert(sam.get(discussion), other, reply);
        XssProbe.assertInert(tia.get(discussion), response, other, reply);
        WebClient.Page grading = ada.get("/assignments/" + seedAssignment.id() + "/grading/discussion");
        assertThat(grading.status()).isEqualTo(200);
        XssProbe.assertInert(grading, response, other, reply);
        XssProbe.assertInert(ada.get("/classes/" + classId + "/review"), response, other, reply);
    }
}
