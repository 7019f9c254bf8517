package org.lectern.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lectern.testing.DatabaseTest;
import org.lectern.testing.People;
import org.lectern.testing.TestServer;
import org.lectern.testing.WebClient;

@DatabaseTest
class SetupTest {

    @Test
    void anEmptySiteSendsVisitorsToSetupAndTheFirstAccountIsAnAdminInstructor() {
        try (TestServer server = TestServer.start()) {
            WebClient c = server.client();
            assertThat(c.get("/").location()).startsWith("/signin");
            assertThat(c.get("/signin").location()).isEqualTo("/setup");
            WebClient.Page p = c.submit("/setup", "/setup",
                    Map.of("name", "Ada", "email", "ada@school.test", "password", People.PASSWORD));
            assertThat(p.status()).isEqualTo(303);
            WebClient.Page home = c.get("/");
            assertThat(home.status()).isEqualTo(200);
            assertThat(home.html().select("a[href=/admin/instructors]")).isNotEmpty();
        }
    }

    @Test
    void setupAnswersOnlyWhileNoAccountExists() {
        try (TestServer server = TestServer.start()) {
            People.firstInstructor(server, "ada@school.test");
            WebClient c = server.client();
            assertThat(c.get("/setup").status()).isEqualTo(404);
            String token = WebClient.csrfFrom(c.get("/signin"));
            WebClient.Page p = c.postRaw("/setup", Map.of("_csrf", token, "name", "Mallory", "email", "m@x.test",
                    "password", "password123"));
            assertThat(p.status()).isEqualTo(404);
        }
    }

    @Test
    void setupRejectsAShortPasswordAndKeepsWhatWasTyped() {
        try (TestServer server = TestServer.start()) {
            WebClient.Page p = server.client().submit("/setup", "/setup",
                    Map.of("name", "Ada", "email", "ada@school.test", "password", "short"));
            assertThat(p.status()).isEqualTo(400);
            assertThat(p.html().select("[role=alert]").text()).contains("at least 8 characters");
            assertThat(p.html().selectFirst("#email").attr("value")).isEqualTo("ada@school.test");
        }
    }

    @Test
    void anAdminCreatesFurtherInstructorsWhoAreNotAdmins() {
        try (TestServer server = TestServer.start()) {
            WebClient admin = People.firstInstructor(server, "ada@school.test");
            WebClient bob = People.instructorAddedBy(admin, server, "Bob", "bob@school.test");
            assertThat(bob.get("/").status()).isEqualTo(200);
            assertThat(bob.get("/admin/instructors").status()).isEqualTo(403);
        }
    }
}
