package org.lectern.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lectern.testing.TestServer;
import org.lectern.testing.WebClient;

/** A request body over the limit gets a clear 413 page, for form posts and multipart uploads alike. */
class RequestLimitsTest {

    static final int LIMIT = 64 * 1024;
    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(s -> s.withMaxRequestBytes(LIMIT));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void anOversizeFormPostGetsAFriendly413Page() {
        WebClient c = server.client();
        String token = WebClient.csrfFrom(c.get("/join"));
        WebClient.Page p = c.postRaw("/signin", Map.of("_csrf", token, "email", "a@b.test", "password",
                "x".repeat(LIMIT * 2)));
        assertThat(p.status()).isEqualTo(413);
        assertThat(p.html().selectFirst("h1").text()).isEqualTo("Too large");
        assertThat(p.body()).contains("too large").doesNotContain("Exception");
        assertThat(p.header("Content-Security-Policy")).isNotNull();
    }

    @Test
    void anOversizeMultipartUploadGetsAFriendly413Page() {
        WebClient c = server.client();
        String token = WebClient.csrfFrom(c.get("/join"));
        String boundary = "----lecternboundary";
        String body = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n"
                + "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"article.html\"\r\n"
                + "Content-Type: text/html\r\n\r\n" + "<p>words</p>".repeat(LIMIT / 4) + "\r\n"
                + "--" + boundary + "--\r\n";
        WebClient.Page p = c.send(HttpRequest.newBuilder(URI.create(c.url("/join")))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
        assertThat(p.status()).isEqualTo(413);
        assertThat(p.html().selectFirst("h1").text()).isEqualTo("Too large");
    }

    @Test
    void aFormJustUnderTheLimitIsHandledNormally() {
        WebClient c = server.client();
        String token = WebClient.csrfFrom(c.get("/join"));
        WebClient.Page p = c.postRaw("/signin", Map.of("_csrf", token, "email", "a@b.test", "password",
                "x".repeat(LIMIT / 2)));
        assertThat(p.status()).isIn(401, 303);
    }
}
