package org.lectern.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lectern.testing.People;
import org.lectern.testing.TestServer;
import org.lectern.testing.WebClient;

/** Pages go out gzipped to a browser that asks (every browser does), and plain to a client that does not. */
class CompressionTest {

    static TestServer server;
    static String session;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        server = TestServer.start();
        session = People.firstInstructor(server, "ada@school.test").cookie(WebSecurity.SESSION_COOKIE);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aPageIsGzippedWhenTheBrowserAcceptsGzip() throws Exception {
        HttpResponse<byte[]> r = get("/library", "gzip, deflate, br");
        assertThat(r.headers().firstValue("Content-Encoding")).hasValue("gzip");
        String page = gunzip(r.body());
        assertThat(page).contains("<html").contains("</html>");
        assertThat(r.body().length).isLessThan(page.getBytes(StandardCharsets.UTF_8).length / 2);
    }

    @Test
    void aReadingPageGzippedIsTheSamePageAsSentPlain() throws Exception {
        WebClient ada = People.signedIn(server, "ada@school.test");
        long classId = People.createClass(ada, "Compression class");
        WebClient sam = People.studentJoining(server, People.joinCode(ada, classId), "Sam Student", "sam@school.test");
        String newPage = "/classes/" + classId + "/assignments/new";
        String moduleId = ada.get(newPage).html().selectFirst("input[name=module]").val();
        assertThat(ada.submit(newPage, "/classes/" + classId + "/assignments", Map.of("module", moduleId)).status()).isEqualTo(303);
        String reading = sam.get("/").html().selectFirst("a[href~=^/assignments/\\d+/read/]").attr("href");
        String studentSession = sam.cookie(WebSecurity.SESSION_COOKIE);
        sam.get(reading); // the first visit records the student's place; the two below see the same state

        HttpResponse<byte[]> zipped = get(reading, "gzip", studentSession);
        HttpResponse<byte[]> plain = get(reading, null, studentSession);
        assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(gunzip(zipped.body())).isEqualTo(new String(plain.body(), StandardCharsets.UTF_8)).contains("class=\"sentence\"");
    }

    @Test
    void aPageIsSentPlainToAClientThatRefusesGzip() throws Exception {
        HttpResponse<byte[]> r = get("/library", "gzip;q=0, identity");
        assertThat(r.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).contains("<html");
    }

    @Test
    void aPageIsSentPlainToAClientThatDoesNotAskForCompression() throws Exception {
        HttpResponse<byte[]> r = get("/library", null);
        assertThat(r.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).contains("<html");
    }

    private static String gunzip(byte[] body) throws Exception {
        try (var in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static HttpResponse<byte[]> get(String path, String acceptEncoding) throws Exception {
        return get(path, acceptEncoding, session);
    }

    private static HttpResponse<byte[]> get(String path, String acceptEncoding, String sessionId) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url(path)))
                .header("Cookie", WebSecurity.SESSION_COOKIE + "=" + sessionId);
        if (acceptEncoding != null) {
            b.header("Accept-Encoding", acceptEncoding);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
