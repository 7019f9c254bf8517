package org.lectern.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lectern.testing.DatabaseTest;
import org.lectern.testing.People;
import org.lectern.testing.TestServer;
import org.lectern.testing.WebClient;

/** When the database goes away mid-flight, people get a friendly 500 page: no stack trace, no SQL. */
@DatabaseTest
class ServerErrorPageTest {

    @Test
    void aDatabaseFailureShowsAFriendlyPageWithoutInternals() {
        try (TestServer server = TestServer.start()) {
            WebClient ada = People.firstInstructor(server, "ada@school.test");
            assertThat(ada.get("/").status()).isEqualTo(200);

            server.server().database().close(); // the database becomes unreachable

            WebClient.Page p = ada.get("/");
            assertThat(p.status()).isEqualTo(500);
            assertThat(p.html().selectFirst("h1").text()).isEqualTo("Something went wrong");
            ErrorPageChecks.assertNoInternals(p);
            SecurityHeadersAndCookiesTest.assertSecurityHeaders("500 page", p);

            WebClient.Page health = server.client().get("/health");
            assertThat(health.status()).isEqualTo(503);
            ErrorPageChecks.assertNoInternals(health);
        }
    }
}
