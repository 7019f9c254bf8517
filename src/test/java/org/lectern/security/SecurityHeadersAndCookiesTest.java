package org.lectern.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lectern.testing.People;
import org.lectern.testing.TestServer;
import org.lectern.testing.WebClient;

/** Every response carries the security headers; the session cookie is Secure exactly when served over HTTPS. */
class SecurityHeadersAndCookiesTest {

    static TestServer direct;
    static TestServer behindProxy;

    @BeforeAll
    static void start() {
        direct = TestServer.start();
        People.firstInstructor(direct, "ada@school.test");
        behindProxy = TestServer.start(s -> s.withTrustProxy(true));
        People.firstInstructor(behindProxy, "ada@school.test");
    }

    @AfterAll
    static void stop() {
        direct.close();
        behindProxy.close();
    }

    static void assertSecurityHeaders(String what, WebClient.Page p) {
        assertThat(p.header("Content-Security-Policy")).as(what + " CSP")
                .contains("script-src 'self'").contains("style-src 'self'").contains("frame-ancestors 'none'")
                .doesNotContain("unsafe-inline");
        assertThat(p.header("X-Content-Type-Options")).as(what).isEqualTo("nosniff");
        assertThat(p.header("Referrer-Policy")).as(what).isEqualTo("same-origin");
        assertThat(p.header("X-Frame-Options")).as(what).isEqualTo("DENY");
    }

    @Test
    void pagesStaticFilesErrorsAndHealthAllCarryTheSecurityHeaders() {
        WebClient anon = direct.client();
        WebClient ada = People.signedIn(direct, "ada@school.test");
        Map<String, WebClient.Page> pages = Map.of(
                "sign-in page", anon.get("/signin"),
                "home", ada.get("/"),
                "redirect", anon.get("/"),
                "stylesheet", anon.get("/static/lectern.css"),
                "missing static file", anon.get("/static/nope.js"),
                "404 page", ada.get("/no/such/page"),
                "403 page", anon.postRaw("/signin", Map.of("email", "x")),
                "health", anon.get("/health"));
        pages.forEach(SecurityHeadersAndCookiesTest::assertSecurityHeaders);
        assertThat(pages.get("stylesheet").status()).isEqualTo(200);
        assertThat(pages.get("403 page").status()).isEqualTo(403);
    }

    @Test
    void overPlainHttpTheSessionCookieIsHttpOnlyAndSameSiteButNotSecure() {
        String cookie = sessionCookie(direct.client());
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure");
    }

    @Test
    void aForwardedProtoHeaderIsIgnoredUnlessTheProxyIsTrusted() {
        String cookie = sessionCookie(direct.client().withHeader("X-Forwarded-Proto", "https"));
        assertThat(cookie).doesNotContain("Secure");
    }

    @Test
    void behindATrustedHttpsProxyTheSessionCookieIsSecureAndHstsIsSent() {
        WebClient c = behindProxy.client().withHeader("X-Forwarded-Proto", "https");
        // The CSRF cookie is Secure now, so this plain-HTTP test client would not send it back on
        // its own; the browser behind the HTTPS proxy would. Send it as that browser does.
        WebClient.Page form = c.get("/signin");
        String csrfCookie = form.headers("Set-Cookie").stream().filter(h -> h.startsWith("lectern_csrf="))
                .findFirst().orElseThrow();
        assertThat(csrfCookie).contains("Secure");
        c.withHeader("Cookie", csrfCookie.substring(0, csrfCookie.indexOf(';')));
        WebClient.Page p = c.postRaw("/signin", Map.of("_csrf", WebClient.csrfFrom(form), "email", "ada@school.test",
                "password", People.PASSWORD));
        assertThat(p.status()).isEqualTo(303);
        String cookie = p.headers("Set-Cookie").stream().filter(h -> h.startsWith("lectern_session=")).findFirst().orElseThrow();
        assertThat(cookie).contains("Secure").contains("HttpOnly").contains("SameSite=Lax");
        WebClient.Page anyPage = c.get("/signin");
        assertThat(anyPage.header("Strict-Transport-Security")).startsWith("max-age=");
    }

    @Test
    void aTrustedProxyOverPlainHttpDoesNotMarkCookiesSecure() {
        String cookie = sessionCookie(behindProxy.client().withHeader("X-Forwarded-Proto", "http"));
        assertThat(cookie).doesNotContain("Secure");
    }

    private static String sessionCookie(WebClient c) {
        WebClient.Page p = c.submit("/signin", "/signin", Map.of("email", "ada@school.test", "password", People.PASSWORD));
        assertThat(p.status()).isEqualTo(303);
        return p.headers("Set-Cookie").stream().filter(h -> h.startsWith("lectern_session=")).findFirst().orElseThrow();
    }
}
