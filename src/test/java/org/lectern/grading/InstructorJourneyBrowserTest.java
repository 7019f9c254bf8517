package org.lectern.grading;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lectern.questions.QuestionBank;
import org.lectern.questions.QuestionType;
import org.lectern.testing.BrowserSession;
import org.lectern.testing.Fixtures;
import org.lectern.testing.People;
import org.lectern.testing.TestServer;

/**
 * The instructor's path in a real browser: create a class, assign a module with a due date,
 * attempts and scoring; a student (another browser) joins with the code, answers questions and
 * posts to the discussion; the instructor reviews, grades the response and downloads the grade
 * CSV. The instructor's main pages are checked with axe-core, at 375 px, and photographed.
 */
@Tag("browser")
class InstructorJourneyBrowserTest {

    static final String SLUG = "the-way-forward-to-build-up-the-japan-south-korea-rapprochement";
    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        People.firstInstructor(server, "ada@school.test");
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void anInstructorAssignsReviewsGradesAndExportsWhatAStudentDid() throws Exception {
        List<String> violations = new ArrayList<>();
        List<String> sideways = new ArrayList<>();
        long moduleId = Fixtures.moduleId(server, SLUG);
        try (BrowserSession teacher = BrowserSession.open(server)) {
            Page t = teacher.go("/signin");
            t.getByLabel("Email").fill("ada@school.test");
            t.getByLabel("Password").fill(People.PASSWORD);
            t.locator("main button[type=submit]").click();
            t.waitForURL("**/");

            t.getByLabel("Class name").fill("Seminar on neighbours");
            t.getByText("Create class").click();
            t.waitForURL("**/classes/*");
            String classPath = teacher.path();
            String code = t.locator(".join-code").textContent().strip();

            teacher.go("/library");
            teacher.audit("instructor-library", violations, sideways);
            teacher.go("/library/" + moduleId + "/questions");
            teacher.audit("instructor-curation", violations, sideways);

            teacher.go(classPath + "/assignments/new");
            teacher.audit("instructor-assignment-form", violations, sideways);
            t.locator("#module-" + moduleId).check();
            t.getByLabel("Due").fill("2030-06-01T17:00");
            t.locator("#attempts_allowed").fill("2");
            t.locator("#scoring").selectOption("average");
            t.getByLabel("Points for comprehension").fill("10");
            t.getByLabel("Points for discussion").fill("5");
            t.locator("main button[type=submit]").click();
            t.waitForURL("**/review**");

            // The student, in another browser, joins with the code and does some of the work.
            try (BrowserSession student = BrowserSession.open(server)) {
                Page s = student.go("/join?code=" + code);
                s.getByLabel("Join code").fill(code);
                s.getByLabel("Your name").fill("Sam Student");
                s.getByLabel("Email").fill("sam@school.test");
                s.locator("#password").fill(People.PASSWORD);
                s.locator("main button[type=submit]").click();
                s.waitForURL("**/");
                String assignmentPath = s.locator(".assignment-card a.button").first().getAttribute("href")
                        .replaceAll("/read/\\d+$", "");
                student.go(assignmentPath + "/questions");
                int answered = 0;
                for (QuestionBank.StoredQuestion q : new QuestionBank(Fixtures.dsl(server)).forModule(moduleId, true)) {
                    Locator box = s.locator("#q-" + q.id());
                    if (q.question().type() == QuestionType.true_false) {
                        box.getByLabel(q.question().answer().equals("true") ? "True" : "False").check();
                    } else if (q.question().type() == QuestionType.multiple_choice) {
                        box.getByLabel(q.question().answer(), new Locator.GetByLabelOptions().setExact(true)).check();
                    } else {
                        continue;
                    }
                    box.locator("button[type=submit]").click();
                    s.waitForLoadState();
                    if (++answered == 3) {
                        break;
                    }
                }
                assertThat(answered).isEqualTo(3);
                s.locator("button:has-text('Submit attempt')").click();
                s.waitForLoadState();
                student.go(assignmentPath + "/discussion");
                s.locator("textarea[name=body]").first()
                        .fill("Both authors see regular summits as the surest way to keep the relationship steady. The first stresses "
                                + "trade and investment, while the second puts more weight on public opinion and history, which I find the "
                                + "more convincing of the two arguments.");
                s.locator("form button[type=submit]:has-text('Post response')").first().click();
                s.waitForLoadState();
                assertThat(s.locator(".post.mine").count()).as(student.path() + " " + s.locator("[role=alert]").allTextContents())
                        .isPositive();
                assertThat(s.locator(".post.mine").first().textContent()).contains("regular summits");
            }

            teacher.go(classPath + "/review");
            teacher.audit("instructor-review-grid", violations, sideways);
            assertThat(t.locator("table.review-grid tbody tr").count()).isEqualTo(1);
            assertThat(t.locator("table.review-grid tbody tr td").first().textContent()).contains("submitted");
            // Sorting by keyboard: focus the Total heading's link and press Enter.
            t.locator("table.review-grid thead th:last-child a").focus();
            t.keyboard().press("Enter");
            t.waitForURL("**sort=total**");
            assertThat(t.locator("table.review-grid thead th:last-child").getAttribute("aria-sort")).isEqualTo("descending");

            t.locator("table.review-grid tbody th a").first().click();
            t.waitForURL("**/students/*");
            teacher.audit("instructor-drill-down", violations, sideways);
            assertThat(t.locator("main").textContent()).contains("regular summits");

            teacher.go(classPath + "/review");
            t.locator("a[href$='/grading/discussion']").first().click();
            t.waitForURL("**/grading/discussion");
            teacher.audit("instructor-discussion-grading", violations, sideways);
            t.getByLabel("Points for Sam Student").fill("4");
            t.getByLabel("Comment for Sam Student").fill("Good use of the evidence.");
            t.getByText("Save all grades").click();
            t.waitForLoadState();
            assertThat(t.url()).as(String.valueOf(t.locator("[role=alert]").allTextContents())).contains("graded=1");
            assertThat(t.getByLabel("Points for Sam Student").inputValue()).isEqualTo("4.00");

            teacher.go(classPath + "/review");
            Download download = t.waitForDownload(() -> t.getByText("Grades CSV, one row per score").click());
            String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
            List<CSVRecord> rows = CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
            assertThat(rows).hasSize(2);
            CSVRecord sam = rows.get(1);
            assertThat(rows.get(0).get(0)).isEqualTo("student");
            assertThat(sam.get(0)).isEqualTo("Sam Student");
            assertThat(sam.get(1)).isEqualTo("sam@school.test");
            assertThat(sam.get(8)).isEqualTo("submitted");
            assertThat(sam.get(6)).isEqualTo("15");
            double score = Double.parseDouble(sam.get(5));
            assertThat(score).as("4 discussion points plus some comprehension credit").isGreaterThan(4).isLessThan(15);
            assertThat(sam.get(10)).isEqualTo("false");
        }
        assertThat(violations).as("axe-core violations").isEmpty();
        assertThat(sideways).as("pages that scroll sideways at 375 px").isEmpty();
    }
}
