package org.lectern.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lectern.cli.DemoCommand;
import org.lectern.testing.DatabaseTest;
import org.lectern.testing.People;
import org.lectern.testing.TestServer;
import org.lectern.testing.WebClient;

/** The review pages and exports over HTTP, on the demo class (30 students, five seed modules). */
@DatabaseTest
class InstructorReviewTest {

    static TestServer server;
    static WebClient instructor;
    static long classId;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        classId = DemoCommand.fill(server.server().database().dsl(), OffsetDateTime.now()).classId();
        instructor = server.client();
        WebClient.Page p = instructor.submit("/signin", "/signin",
                Map.of("email", DemoCommand.INSTRUCTOR_EMAIL, "password", DemoCommand.PASSWORD));
        assertThat(p.status()).isEqualTo(303);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theGridHasEveryStudentEveryAssignmentAndClassAverages() {
        Document grid = instructor.get("/classes/" + classId + "/review").html();
        assertThat(grid.select("table.review-grid tbody tr")).hasSize(30);
        assertThat(grid.select("table.review-grid thead th")).hasSize(1 + 5 + 1);
        assertThat(grid.select("tfoot tr.averages td").first().text()).matches(".*\\d+(\\.\\d+)? \\(\\d+%\\).*");
        assertThat(grid.select("td.missing")).as("past-due work not submitted is marked missing").isNotEmpty();
        assertThat(grid.select("td.late")).as("late submissions are marked").isNotEmpty();
    }

    @Test
    void theGridSortsByAColumn() {
        Document grid = instructor.get("/classes/" + classId + "/review?sort=total&dir=desc").html();
        List<Double> totals = grid.select("table.review-grid tbody tr td:last-child").eachText().stream()
                .map(Double::parseDouble).toList();
        assertThat(totals).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void theDrillDownShowsAnswersReadingAndDiscussion() {
        String studentLink = instructor.get("/classes/" + classId + "/review").html()
                .select("table.review-grid tbody th a").first().attr("href");
        Document page = instructor.get(studentLink).html();
        assertThat(page.select("h2")).hasSize(5);
        assertThat(page.text()).contains("Reading:").contains("sections");
    }

    @Test
    void canvasCsvHasTheImportColumnsAndAPointsPossibleRow() throws Exception {
        List<CSVRecord> rows = csv("canvas");
        assertThat(rows.get(0).toList()).startsWith("Student", "ID", "SIS User ID", "SIS Login ID", "Section").hasSize(10);
        assertThat(rows.get(1).get(0)).isEqualTo("    Points Possible");
        assertThat(rows.get(1).get(5)).isEqualTo("15");
        assertThat(rows).hasSize(2 + 30);
        assertThat(rows.get(2).get(3)).endsWith("@demo.lectern");
    }

    @Test
    void moodleCsvIdentifiesStudentsByEmail() throws Exception {
        List<CSVRecord> rows = csv("moodle");
        assertThat(rows.get(0).toList()).startsWith("Full name", "Email address").hasSize(7);
        assertThat(rows).hasSize(1 + 30);
        assertThat(rows.subList(1, 31)).allSatisfy(r -> assertThat(r.get(1)).endsWith("@demo.lectern"));
    }

    @Test
    void longCsvHasOneRowPerStudentAndAssignment() throws Exception {
        List<CSVRecord> rows = csv("long");
        assertThat(rows.get(0).toList()).containsExactly("student", "email", "section", "assignment", "assignment_id", "score",
                "points_possible", "percent", "status", "submitted_at", "late");
        assertThat(rows).hasSize(1 + 30 * 5);
        assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(8))
                .contains("submitted", "missing", "not_started").allMatch(s -> s.matches("submitted|missing|not_started|in_progress"));
        CSVRecord scored = rows.stream().skip(1).filter(r -> !r.get(5).isEmpty()).findFirst().orElseThrow();
        double percent = Double.parseDouble(scored.get(5)) * 100 / Double.parseDouble(scored.get(6));
        assertThat(Double.parseDouble(scored.get(7))).isCloseTo(percent, org.assertj.core.api.Assertions.within(0.06));
    }

    @Test
    void theItemAnalysisShowsEveryQuestionWithNumbersAndAPathToFixFlaggedOnes() {
        long assignment = firstAssignment();
        Document items = instructor.get("/assignments/" + assignment + "/items").html();
        assertThat(items.select("li.item")).isNotEmpty();
        assertThat(items.select(".pct").eachText()).allMatch(t -> t.matches("\\d+% correct"));
        for (var flagged : items.select("li.flagged")) {
            assertThat(flagged.select(".flag a[href$=/edit]")).hasSize(1);
        }
    }

    @Test
    void gradingADiscussionResponseUpdatesTheStudentsScore() {
        long assignment = firstAssignment();
        String page = "/assignments/" + assignment + "/grading/discussion";
        Document grading = instructor.get(page).html();
        String field = grading.select("input[name^=points_]").first().attr("name");
        WebClient.Page saved = instructor.submit(page, page, Map.of(field, "4", "comment_" + field.substring(7), "Well argued."));
        assertThat(saved.status()).isEqualTo(303);
        Document after = instructor.get(page).html();
        assertThat(after.selectFirst("input[name=" + field + "]").val()).isEqualTo("4.00");
        assertThat(after.selectFirst("textarea[name=comment_" + field.substring(7) + "]").text()).isEqualTo("Well argued.");
    }

    @Test
    void discussionPointsAboveTheMaximumAreRefusedAndTheFormKept() {
        long assignment = firstAssignment();
        String page = "/assignments/" + assignment + "/grading/discussion";
        String field = instructor.get(page).html().select("input[name^=points_]").first().attr("name");
        WebClient.Page refused = instructor.submit(page, page, Map.of(field, "99"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.html().select("[role=alert]").text()).contains("at most 5");
        assertThat(refused.html().selectFirst("input[name=" + field + "]").val()).isEqualTo("99");
    }

    @Test
    void shortAnswersAreShownBesideTheModelPassageAndCanBeGraded() {
        long assignment = firstAssignment();
        String page = "/assignments/" + assignment + "/grading/short-answers";
        Document grading = instructor.get(page).html();
        if (grading.select("article.short-answer").isEmpty()) {
            return;
        }
        assertThat(grading.select("article.short-answer .model").first().text()).startsWith("Model passage");
        String field = grading.select("input[name^=points_]").first().attr("name");
        assertThat(instructor.submit(page, page, Map.of(field, "1")).status()).isEqualTo(303);
    }

    @Test
    void changingAnAnswerKeyRegradesEveryAnswerWithAnAuditTrail() {
        long assignment = firstAssignment();
        Document items = instructor.get("/assignments/" + assignment + "/items").html();
        var mc = items.select("li.item").stream().filter(li -> li.text().contains("multiple_choice"))
                .filter(li -> !li.select(".distractors").text().contains(": 0")).findFirst().orElseThrow();
        String editPage = mc.selectFirst("a.edit-question").attr("href");
        Document form = instructor.get(editPage).html();
        String[] options = form.selectFirst("[name=options]").wholeText().split("\n");
        String key = form.selectFirst("[name=answer]").val();
        String other = java.util.Arrays.stream(options).filter(o -> !o.equals(key)).findFirst().orElseThrow();
        WebClient.Page saved = instructor.submit(editPage, editPage, Map.of("prompt", form.selectFirst("[name=prompt]").wholeText(),
                "options", String.join("\n", options), "answer", other));
        assertThat(saved.status()).isEqualTo(303);
        assertThat(saved.location()).contains("notice=regraded-");
        Document settings = instructor.get("/assignments/" + assignment + "/edit").html();
        assertThat(settings.select("table.score-changes tbody tr").eachText()).anyMatch(t -> t.contains("answer key changed"));
    }

    @Test
    void runningTheDemoAgainChangesNothing() {
        DemoCommand.Summary again = DemoCommand.fill(server.server().database().dsl(), OffsetDateTime.now());
        assertThat(again.classId()).isEqualTo(classId);
        assertThat(instructor.get("/classes/" + classId + "/review").html().select("table.review-grid tbody tr")).hasSize(30);
        assertThat(csv("long")).hasSize(1 + 30 * 5);
    }

    @Test
    void anotherInstructorAndStudentsAreRefusedEveryInstructorPage() {
        WebClient other = People.instructorAddedBy(instructor, server, "Other", "other@school.test");
        WebClient student = server.client();
        assertThat(student.submit("/signin", "/signin", Map.of("email", "student01@demo.lectern", "password", DemoCommand.PASSWORD))
                .status()).isEqualTo(303);
        long a = firstAssignment();
        String sid = instructor.get("/classes/" + classId + "/review").html().select("table.review-grid tbody th a").first()
                .attr("href").replaceAll(".*/", "");
        List<String> gets = List.of("/classes/" + classId + "/review", "/classes/" + classId + "/students/" + sid,
                "/classes/" + classId + "/grades.csv?format=canvas", "/classes/" + classId + "/assignments/new",
                "/assignments/" + a + "/edit", "/assignments/" + a + "/items", "/assignments/" + a + "/grading/discussion",
                "/assignments/" + a + "/grading/short-answers");
        for (String path : gets) {
            assertThat(other.get(path).status()).as("other instructor GET " + path).isEqualTo(403);
            assertThat(student.get(path).status()).as("student GET " + path).isEqualTo(403);
        }
        for (String path : List.of("/library", "/library/upload", "/library/1", "/library/1/preview", "/library/1/questions",
                "/library/1/export.gift", "/library/1/export-qti.zip")) {
            assertThat(student.get(path).status()).as("student GET " + path).isEqualTo(403);
        }
        List<String> posts = List.of("/classes/" + classId + "/assignments", "/assignments/" + a + "/edit",
                "/assignments/" + a + "/extensions", "/assignments/" + a + "/grading/discussion",
                "/assignments/" + a + "/grading/short-answers", "/classes/" + classId + "/settings",
                "/classes/" + classId + "/roster-import");
        for (String path : posts) {
            assertThat(other.submit("/", path, Map.of("name", "x")).status()).as("other instructor POST " + path).isEqualTo(403);
            assertThat(student.submit("/", path, Map.of("name", "x")).status()).as("student POST " + path).isEqualTo(403);
        }
        for (String path : List.of("/library/upload", "/library/1/questions", "/library/1/questions/1/approve",
                "/library/1/questions/1/reject", "/library/1/questions/1/move", "/library/1/questions/1/edit")) {
            assertThat(student.submit("/", path, Map.of()).status()).as("student POST " + path).isEqualTo(403);
        }
        WebClient anon = server.client();
        assertThat(anon.get("/classes/" + classId + "/grades.csv").status()).isEqualTo(303);
    }

    static long firstAssignment() {
        String href = instructor.get("/classes/" + classId + "/review").html().select("a[href$=/items]").first().attr("href");
        return Long.parseLong(href.replaceAll("\\D", ""));
    }

    static List<CSVRecord> csv(String format) {
        WebClient.Page p = instructor.get("/classes/" + classId + "/grades.csv?format=" + format);
        assertThat(p.status()).isEqualTo(200);
        assertThat(p.header("Content-Type")).startsWith("text/csv");
        try {
            return CSVFormat.RFC4180.parse(new StringReader(p.body())).getRecords();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
