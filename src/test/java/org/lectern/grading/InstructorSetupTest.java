package org.lectern.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lectern.testing.DatabaseTest;
import org.lectern.testing.People;
import org.lectern.testing.TestServer;
import org.lectern.testing.WebClient;

/** The instructor's path before reviewing: class settings, roster import, library, curation, assignments. */
@DatabaseTest
class InstructorSetupTest {

    static TestServer server;
    static WebClient instructor;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        instructor = People.firstInstructor(server, "ada@school.test");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void classSettingsCanBeChanged() {
        long id = People.createClass(instructor, "Seminar");
        instructor.submit("/classes/" + id, "/classes/" + id + "/settings", Map.of("name", "Seminar II", "term", "Fall", "section", "C"));
        assertThat(instructor.get("/classes/" + id).html().selectFirst("h1").text()).isEqualTo("Seminar II · Fall · C");
    }

    @Test
    void rosterImportKeepsGoodRowsAndReportsBadOnesByLine() {
        long id = People.createClass(instructor, "Roster class");
        String csv = "name,email,section\nAmy Ames,amy@school.test,A\nNo Email,,B\nBad Mail,not-an-email\nBo Bell,bo@school.test\n";
        WebClient.Page p = instructor.submit("/classes/" + id, "/classes/" + id + "/roster-import", Map.of("csv", csv));
        assertThat(p.status()).isEqualTo(400);
        assertThat(p.html().select(".problems li").eachText()).containsExactly("Line 3: needs a name and an email.",
                "Line 4: \"not-an-email\" is not an email address.");
        assertThat(p.html().select(".import-report code")).hasSize(2);
        assertThat(instructor.get("/classes/" + id).html().select("td").eachText()).contains("amy@school.test", "bo@school.test");
    }

    @Test
    void theLibraryListsTheSeedModulesWithTheirFacts() {
        Document lib = instructor.get("/library").html();
        assertThat(lib.select("table.library tbody tr")).hasSize(5);
        assertThat(lib.select("table.library tbody tr").first().select("td")).hasSize(7);
    }

    @Test
    void pastedTextIsImportedWithQuestionsOrAClearError() {
        WebClient.Page empty = instructor.submit("/library/upload", "/library/upload", Map.of("text", ""));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.html().select("[role=alert]").text()).contains("paste");
    }

    @Test
    void previewShowsTheModuleAsStudentsReadIt() {
        String href = instructor.get("/library").html().select("table.library tbody a").first().attr("href");
        Document preview = instructor.get(href + "/preview").html();
        assertThat(preview.select("article .prose")).isNotEmpty();
    }

    @Test
    void curationShowsEvidenceHighlightedAndApproveRejectMoveWork() {
        String module = instructor.get("/library").html().select("table.library tbody a").first().attr("href");
        String page = module + "/questions";
        Document d = instructor.get(page).html();
        assertThat(d.select(".curation-text mark a")).isNotEmpty();
        List<Element> items = d.select("ol.question-list > li");
        String first = items.get(0).id();
        String second = items.get(1).id();
        String qid = first.substring(2);
        assertThat(instructor.submit(page, module + "/questions/" + qid + "/move", Map.of("direction", "down")).status()).isEqualTo(303);
        List<String> order = instructor.get(page).html().select("ol.question-list > li").eachAttr("id");
        assertThat(order.subList(0, 2)).containsExactly(second, first);
        instructor.submit(page, module + "/questions/" + qid + "/reject", Map.of());
        assertThat(instructor.get(page).html().selectFirst("#" + first).className()).contains("status-rejected");
        instructor.submit(page, module + "/questions/" + qid + "/approve", Map.of());
        assertThat(instructor.get(page).html().selectFirst("#" + first).className()).contains("status-approved");
    }

    @Test
    void editingAQuestionMakesANewRevisionAndAddingOneWorks() {
        // Any module with a multiple-choice question past the first two will do.
        String module = null;
        Element mc = null;
        for (String href : instructor.get("/library").html().select("table.library tbody td:first-child a").eachAttr("href")) {
            mc = instructor.get(href + "/questions").html().select("ol.question-list > li").stream().skip(2)
                    .filter(li -> li.text().contains("multiple_choice")).findFirst().orElse(null);
            if (mc != null) {
                module = href;
                break;
            }
        }
        assertThat(mc).as("a multiple-choice question in some module").isNotNull();
        String page = module + "/questions";
        String edit = module + "/questions/" + mc.id().substring(2) + "/edit";
        Document form = instructor.get(edit).html();
        Map<String, String> fields = new HashMap<>();
        for (String f : List.of("prompt", "options", "answer", "explanation")) {
            Element e = form.selectFirst("[name=" + f + "]");
            fields.put(f, e.tagName().equals("textarea") ? e.wholeText() : e.val());
        }
        fields.put("prompt", "Edited: " + fields.get("prompt"));
        assertThat(instructor.submit(edit, edit, fields).status()).isEqualTo(303);
        Element after = instructor.get(page).html().selectFirst("#" + mc.id());
        assertThat(after.text()).contains("Edited:").contains("revision 2").contains("edited");

        fields.put("answer", "not one of the options");
        WebClient.Page bad = instructor.submit(edit, edit, fields);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.html().selectFirst("[name=answer]").val()).isEqualTo("not one of the options");

        WebClient.Page added = instructor.submit(page, page, Map.of("type", "true_false", "prompt", "The article is about trade.",
                "answer", "false"));
        assertThat(added.status()).isEqualTo(303);
        assertThat(instructor.get(page).html().select("ol.question-list > li").last().text())
                .contains("The article is about trade.").contains("added");
    }

    @Test
    void assigningValidatesAndKeepsTheFormOnError() {
        long id = People.createClass(instructor, "Assign class");
        String newPage = "/classes/" + id + "/assignments/new";
        String moduleId = instructor.get(newPage).html().selectFirst("input[name=module]").val();
        WebClient.Page bad = instructor.submit(newPage, "/classes/" + id + "/assignments",
                Map.of("module", moduleId, "opens_at", "2027-03-10T09:00", "due_at", "2027-03-01T17:00", "attempts_allowed", "2"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.html().select("[role=alert]").text()).contains("due date must be after");
        assertThat(bad.html().selectFirst("#attempts_allowed").val()).isEqualTo("2");
        WebClient.Page ok = instructor.submit(newPage, "/classes/" + id + "/assignments",
                Map.of("module", moduleId, "due_at", "2027-03-01T17:00", "attempts_allowed", "2", "scoring", "average",
                        "discussion_points", "5"));
        assertThat(ok.status()).isEqualTo(303);
        Document review = instructor.get("/classes/" + id + "/review").html();
        assertThat(review.select("table.review-grid thead th")).hasSize(3);
        String edit = review.selectFirst("a[href$=/edit]").attr("href");
        Document form = instructor.get(edit).html();
        assertThat(form.selectFirst("#scoring option[selected]").val()).isEqualTo("average");
        assertThat(form.selectFirst("#due_at").val()).isEqualTo("2027-03-01T17:00");
    }

    @Test
    void anExtensionIsGrantedToOneStudent() {
        long id = People.createClass(instructor, "Extension class");
        People.studentJoining(server, People.joinCode(instructor, id), "Eve Ext", "eve@school.test");
        String newPage = "/classes/" + id + "/assignments/new";
        String moduleId = instructor.get(newPage).html().selectFirst("input[name=module]").val();
        instructor.submit(newPage, "/classes/" + id + "/assignments", Map.of("module", moduleId, "due_at", "2027-03-01T17:00"));
        String edit = instructor.get("/classes/" + id + "/review").html().selectFirst("a[href$=/edit]").attr("href");
        String student = instructor.get(edit).html().selectFirst("#ext-student option").val();
        String action = edit.replace("/edit", "/extensions");
        assertThat(instructor.submit(edit, action, Map.of("student", student, "due_at", "2027-03-08T17:00", "extra_attempts", "1"))
                .status()).isEqualTo(303);
        assertThat(instructor.get(edit).html().select("#extensions ~ table td, section table td").eachText())
                .contains("Eve Ext", "2027-03-08T17:00", "1");
        assertThat(instructor.submit(edit, action, Map.of("student", student)).status()).isEqualTo(400);
    }

    @Test
    void questionExportsDownload() {
        String module = instructor.get("/library").html().select("table.library tbody a").first().attr("href");
        WebClient.Page gift = instructor.get(module + "/export.gift");
        assertThat(gift.status()).isEqualTo(200);
        assertThat(gift.body()).contains("::").contains("{");
        WebClient.Page qti = instructor.get(module + "/export-qti.zip");
        assertThat(qti.status()).isEqualTo(200);
        assertThat(qti.header("Content-Type")).isEqualTo("application/zip");
    }
}
