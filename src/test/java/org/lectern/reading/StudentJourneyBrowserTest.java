package org.lectern.reading;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lectern.assignments.Assignment;
import org.lectern.questions.Question;
import org.lectern.questions.QuestionBank;
import org.lectern.questions.QuestionType;
import org.lectern.questions.Skill;
import org.lectern.testing.BrowserSession;
import org.lectern.testing.Fixtures;
import org.lectern.testing.People;
import org.lectern.testing.TestServer;
import org.lectern.testing.WebClient;

/**
 * The whole student path in a real browser: join with a code, read, answer every question type,
 * post to the discussion, close the browser, come back, resume, and see the score. Main pages are
 * checked with axe-core and photographed at desktop and phone width.
 */
@Tag("browser")
class StudentJourneyBrowserTest {

    static final String SLUG = "the-way-forward-to-build-up-the-japan-south-korea-rapprochement";
    static TestServer server;
    static String code;
    static Assignment assignment;
    static String lastRead;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        WebClient teacher = People.firstInstructor(server, "ada@school.test");
        long classId = People.createClass(teacher, "Ada's class");
        code = People.joinCode(teacher, classId);
        // The seed module has no ordering or main-idea question: an instructor adds one of each.
        Fixtures.addQuestion(server, SLUG, "added-order", Question.of(QuestionType.ordering,
                "Put these steps of a summit in order.", Skill.values()[0], 1, "", List.of(), "Agenda, then talks, then statement.")
                .withItems(List.of("Set the agenda", "Hold the talks", "Issue a joint statement")));
        Fixtures.addQuestion(server, SLUG, "added-main", Question.of(QuestionType.main_idea,
                "Which statement best sums up the article?", Skill.values()[0], 1, "", List.of(), "It argues for cooperation.")
                .withOptions(List.of("Cooperation between the two countries should deepen.", "Trade is irrelevant."),
                        "Cooperation between the two countries should deepen."));
        assignment = Fixtures.assign(server, classId, SLUG);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aStudentJoinsReadsAnswersEveryTypeDiscussesResumesAndSeesTheScore() {
        List<String> violations = new ArrayList<>();
        List<String> sideways = new ArrayList<>();
        try (BrowserSession b = BrowserSession.open(server)) {
            Page p = b.go("/join?code=" + code);
            p.getByLabel("Join code").fill(code);
            p.getByLabel("Your name").fill("Mina Student");
            p.getByLabel("Email").fill("mina@school.test");
            p.locator("#password").fill(People.PASSWORD);
            p.locator("main button[type=submit]").click();
            p.waitForURL("**/");
            b.audit("home", violations, sideways);
            p.locator(".assignment-card a.button").first().click();
            p.waitForURL("**/read/0");
            b.audit("reading", violations, sideways);

            // a glossary-free seed still has a section list and a progress bar; move on twice
            p.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Next section")).click();
            p.waitForURL("**/read/1");
            // highlight a sentence by clicking it (JavaScript path)
            p.locator("#highlight-mode").click();
            p.locator("#s-1-1").click();
            p.waitForURL("**/read/1#s-1-1");
            assertThat(p.locator("#s-1-1").getAttribute("class")).contains("hl");
            p.getByLabel("Your private notes on this reading").fill("Check the trade figures.");
            p.getByText("Save notes").click();
            p.waitForURL("**/read/1#notes");

            b.go("/assignments/" + assignment.id() + "/questions");
            b.audit("questions", violations, sideways);
            // answers are saved in place: the page is never reloaded (a reload would forget this mark)
            p.evaluate("window.stayedOnPage = true");
            int answered = 0;
            for (QuestionBank.StoredQuestion q : new QuestionBank(Fixtures.dsl(server))
                    .forModule(assignment.moduleId(), true)) {
                if (q.question().type() == QuestionType.discussion) {
                    continue;
                }
                Locator box = p.locator("#q-" + q.id());
                Question qq = q.question();
                switch (qq.type()) {
                    case multiple_choice, main_idea -> box.getByLabel(qq.answer(), new Locator.GetByLabelOptions().setExact(true)).check();
                    case true_false -> box.getByLabel(qq.answer().equals("true") ? "True" : "False").check();
                    case cloze -> box.getByLabel("Missing word or words").fill(qq.answer());
                    case short_answer -> box.getByLabel("Your answer").fill("Because of a long conservative record.");
                    case matching -> {
                        for (int i = 0; i < qq.pairs().size(); i++) {
                            box.locator("select[name=match-" + i + "]").selectOption(qq.pairs().get(i).right());
                        }
                    }
                    case ordering -> {
                        for (int i = 0; i < qq.items().size(); i++) {
                            String item = box.locator("label[for=q" + q.id() + "-p" + i + "]").textContent().strip();
                            box.locator("select[name=order-" + i + "]").selectOption(String.valueOf(qq.items().indexOf(item) + 1));
                        }
                    }
                    case select_evidence -> {
                        String want = org.lectern.quiz.AnswerChecker.normalise(qq.evidence().get(0));
                        Locator labels = box.locator("ol.sentence-choices label");
                        for (int i = 0; i < labels.count(); i++) {
                            if (org.lectern.quiz.AnswerChecker.normalise(labels.nth(i).textContent()).equals(want)) {
                                labels.nth(i).click();
                                break;
                            }
                        }
                    }
                    default -> { }
                }
                box.locator("button[type=submit]").click();
                p.waitForLoadState();
                if (qq.type() != QuestionType.short_answer) {
                    assertThat(p.locator("#q-" + q.id() + " .result").textContent()).as(qq.type() + " " + q.key())
                            .contains("Correct");
                }
                // the count beside the attempt follows (Playwright's assertion waits for the reply)
                com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(p.locator("#answered-count"))
                        .hasText(String.valueOf(++answered));
            }
            assertThat(p.evaluate("window.stayedOnPage === true")).as("answered without reloading the page").isEqualTo(true);
            // the page measured the time spent on each question for the instructor's review
            assertThat(Fixtures.dsl(server).fetchCount(org.lectern.db.generated.Tables.ANSWERS,
                    org.lectern.db.generated.Tables.ANSWERS.TIME_SPENT_MS.gt(0))).isEqualTo(answered);
            b.audit("questions answered", violations, sideways);
            // the evidence link leads to the sentence in the text
            Locator link = p.locator("a.evidence-link").first();
            link.click();
            p.waitForLoadState();
            assertThat(p.url()).contains("#s-");
            lastRead = b.path();

            b.go("/assignments/" + assignment.id() + "/discussion");
            Locator area = p.locator("textarea[name=body]").first();
            area.fill("Both authors agree that closer ties help regional stability, but they weigh the risks differently.");
            p.locator("form button[type=submit]:has-text('Post response')").first().click();
            p.waitForLoadState();
            assertThat(p.locator(".post.mine").first().textContent()).contains("closer ties");
            b.audit("discussion", violations, sideways);
        }

        // Close the browser; a new one signs in and resumes where the student left off.
        try (BrowserSession b = BrowserSession.open(server)) {
            Page p = b.go("/signin");
            p.getByLabel("Email").fill("mina@school.test");
            p.getByLabel("Password").fill(People.PASSWORD);
            p.locator("main button[type=submit]").click();
            p.waitForURL("**/");
            assertThat(p.locator(".assignment-card").first().textContent()).contains("In progress");
            p.locator(".assignment-card a.button").first().click();
            p.waitForLoadState();
            assertThat(b.path()).as("resumes at the section last read").isEqualTo(lastRead);
            b.go("/assignments/" + assignment.id() + "/read/1");
            assertThat(p.locator("#s-1-1").getAttribute("class")).contains("hl");
            assertThat(p.getByLabel("Your private notes on this reading").inputValue()).isEqualTo("Check the trade figures.");

            b.go("/assignments/" + assignment.id() + "/questions");
            assertThat(p.locator(".result").count()).isGreaterThan(10);
            p.locator("button:has-text('Submit attempt')").click();
            p.waitForLoadState();
            assertThat(p.locator(".score").textContent()).contains("%");
            b.go("/progress");
            b.audit("progress", violations, sideways);
            assertThat(p.locator("main").textContent()).contains("Submitted");
        }
        assertThat(violations).as("axe-core violations").isEmpty();
        assertThat(sideways).as("pages that scroll sideways at 375 px").isEmpty();
    }
}
