package org.lectern.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lectern.testing.People;
import org.lectern.testing.TestServer;
import org.lectern.testing.WebClient;

/**
 * Adding articles to the library over HTTP with a multipart form, as the upload page sends it:
 * supported files and pasted text become modules with questions; bad files get a clear error and
 * create nothing; a double-submitted upload creates one module.
 */
class LibraryUploadTest {

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

    /** A seed module's body (front matter dropped) under a new title, so the upload is a new article. */
    static String articleBody(String slug) throws Exception {
        String md = Files.readString(Path.of("content", slug, "module.md"), StandardCharsets.UTF_8);
        int end = md.indexOf("\n---", 4);
        return md.substring(md.indexOf('\n', end + 1) + 1).strip();
    }

    static WebClient.Page upload(String fileName, String type, byte[] content) {
        return instructor.upload("/library/upload", "/library/upload", Map.of("title", "", "text", ""), "file", fileName, type,
                content);
    }

    static List<String> libraryTitles() {
        return instructor.get("/library").html().select("table.library tbody td:first-child").eachText();
    }

    /** Follows the redirect to the new module's page and checks it shows the article and its questions. */
    static Document addedModule(WebClient.Page posted, String title) {
        assertThat(posted.status()).as(posted.html().select("[role=alert]").text()).isEqualTo(303);
        assertThat(posted.location()).matches("/library/\\d+\\?notice=added");
        Document module = instructor.get(posted.location()).html();
        assertThat(module.text()).contains(title).contains("questions generated");
        String questions = posted.location().replaceAll("\\?.*", "") + "/questions";
        assertThat(instructor.get(questions).html().select("ol.question-list > li")).as("generated questions").hasSizeGreaterThan(5);
        return module;
    }

    @Test
    void aTextFileBecomesAModuleWithQuestions() throws Exception {
        String text = "Neighbours at a Crossroads\n\n"
                + articleBody("redefining-republic-of-korea-japan-relations-for-a-new-era").replaceAll("(?m)^#+\\s*", "") + "\n";
        addedModule(upload("crossroads.txt", "text/plain", text.getBytes(StandardCharsets.UTF_8)), "Neighbours at a Crossroads");
        assertThat(libraryTitles()).contains("Neighbours at a Crossroads");
    }

    @Test
    void aMarkdownFileBecomesAModuleWithQuestions() throws Exception {
        String md = "# A Partnership Tested\n\n" + articleBody("are-japan-and-south-korea-poised-for-a-historic-breakthrough") + "\n";
        addedModule(upload("partnership.md", "text/markdown", md.getBytes(StandardCharsets.UTF_8)), "A Partnership Tested");
        assertThat(libraryTitles()).contains("A Partnership Tested");
    }

    @Test
    void anHtmlPageBecomesAModuleWithQuestions() throws Exception {
        byte[] html = Files.readAllBytes(Path.of("src/test/resources/html/news-article-sidebar.html"));
        Document module = addedModule(upload("ferries.html", "text/html", html), "Ferry Operators Face New Safety Rules");
        assertThat(module.text()).doesNotContain("The Coastline Courier |");
    }

    @Test
    void pastedTextIsImportedUnderItsTitle() throws Exception {
        String text = articleBody("recommitting-to-japan-south-korea-cooperation-amid-uncertainty").replaceAll("(?m)^#+\\s*", "");
        WebClient.Page posted = instructor.upload("/library/upload", "/library/upload",
                Map.of("title", "Pasted: Tokyo and Seoul After the Elections", "text", text), "file", "", "application/octet-stream",
                new byte[0]);
        addedModule(posted, "Pasted: Tokyo and Seoul After the Elections");
    }

    @Test
    void anEmptyFileIsRefusedAndNothingIsCreated() {
        List<String> before = libraryTitles();
        WebClient.Page p = upload("empty.txt", "text/plain", new byte[0]);
        assertThat(p.status()).isEqualTo(400);
        assertThat(p.html().select("[role=alert]").text()).contains("\"empty.txt\" is empty");
        assertThat(libraryTitles()).isEqualTo(before);
    }

    @Test
    void aBinaryFileIsRefusedAndNothingIsCreated() {
        List<String> before = libraryTitles();
        byte[] binary = new byte[4096];
        new Random(7).nextBytes(binary);
        WebClient.Page p = upload("photo.txt", "text/plain", binary);
        assertThat(p.status()).isEqualTo(400);
        assertThat(p.html().select("[role=alert]").text()).contains("could not be imported").contains("binary");
        assertThat(libraryTitles()).isEqualTo(before);
    }

    @Test
    void anUnsupportedExtensionIsRefusedWithTheSupportedOnesNamed() {
        List<String> before = libraryTitles();
        WebClient.Page p = upload("essay.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "PK not really a docx".getBytes(StandardCharsets.UTF_8));
        assertThat(p.status()).isEqualTo(400);
        assertThat(p.html().select("[role=alert]").text()).contains(".txt, .md, .html and .pdf").contains("essay.docx");
        assertThat(libraryTitles()).isEqualTo(before);
    }

    @Test
    void aFileOverTwentyMegabytesIsRefusedAndNothingIsCreated() {
        List<String> before = libraryTitles();
        byte[] big = "The committee met again. ".repeat(21 * 1024 * 1024 / 25 + 1).getBytes(StandardCharsets.UTF_8);
        assertThat(big.length).isGreaterThan(21 * 1024 * 1024);
        WebClient.Page p = upload("huge.txt", "text/plain", big);
        assertThat(p.status()).isEqualTo(400);
        assertThat(p.html().select("[role=alert]").text()).contains("larger than 20 MB");
        assertThat(libraryTitles()).isEqualTo(before);
    }

    @Test
    void submittingTheSameUploadTwiceCreatesOneModule() throws Exception {
        String text = "Ferries, Ports and Cooperation\n\n"
                + articleBody("the-way-forward-to-build-up-the-japan-south-korea-rapprochement-summary").replaceAll("(?m)^#+\\s*", "")
                + "\n";
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        WebClient.Page first = upload("ports.txt", "text/plain", bytes);
        WebClient.Page second = upload("ports.txt", "text/plain", bytes);
        assertThat(first.status()).isEqualTo(303);
        assertThat(second.status()).isEqualTo(303);
        assertThat(second.location()).as("the second submission leads to the same module").isEqualTo(first.location());
        assertThat(libraryTitles()).filteredOn("Ferries, Ports and Cooperation"::equals).hasSize(1);
    }
}
