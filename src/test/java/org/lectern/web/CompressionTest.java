package org.lectern.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lectern.testing.People;
import org.lectern.testing.TestServer;

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
        String page;
        try (var in = new GZIPInputStream(new ByteArrayInputStream(r.body()))) {
            page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(page).contains("<html").contains("</html>");
        assertThat(r.body().length).isLessThan(page.getBytes(StandardCharsets.UTF_8).length / 2);
    }

    @Test
    void aPageIsSentPlainToAClientThatDoesNotAskForCompression() throws Exception {
        HttpResponse<byte[]> r = get("/library", null);
        assertThat(r.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).contains("<html");
    }

    private static HttpResponse<byte[]> get(String path, String acceptEncoding) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url(path)))
                .header("Cookie", WebSecurity.SESSION_COOKIE + "=" + session);
        if (acceptEncoding != null) {
            b.header("Accept-Encoding", acceptEncoding);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
