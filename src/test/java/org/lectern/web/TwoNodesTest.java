package org.lectern.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lectern.testing.People;
import org.lectern.testing.TestNodes;
import org.lectern.testing.WebClient;

/**
 * Two nodes on one PostgreSQL database behave as one site: whatever one node learns (sessions,
 * CSRF tokens, failed sign-ins, classes) the other knows. Runs on PostgreSQL whichever database
 * the rest of the build uses, since H2's embedded file serves one process.
 */
class TwoNodesTest {

    static TestNodes nodes;
    static long classId;
    static String joinCode;

    @BeforeAll
    static void start() throws Exception {
        nodes = TestNodes.startOnPostgres(2); // concurrently, on an empty database: migrations race
        WebClient ada = nodes.client(0);
        WebClient.Page setup = ada.submit("/setup", "/setup", Map.of("name", "Ada", "email", "ada@school.test",
                "password", People.PASSWORD));
        assertThat(setup.status()).isEqualTo(303);
        classId = People.createClass(ada, "Period 1");
        joinCode = People.joinCode(ada, classId);
        assertThat(ada.submit("/admin/instructors", "/admin/instructors", Map.of("name", "Bea",
                "email", "bea@school.test", "password", People.PASSWORD)).status()).isEqualTo(200);
    }

    @AfterAll
    static void stop() {
        if (nodes != null) {
            nodes.close();
        }
    }

    @Test
    void bothNodesStartedTogetherOnAnEmptyDatabaseAndServe() {
        for (int i = 0; i < 2; i++) {
            WebClient.Page health = nodes.client(i).get("/health");
            assertThat(health.status()).isEqualTo(200);
            assertThat(health.body()).contains("\"database\":\"ok\"");
        }
    }

    @Test
    void aSessionMadeOnOneNodeWorksOnTheOther() {
        WebClient onA = signIn(0, "ada@school.test");
        WebClient onB = onA.sameBrowserOn(nodes.baseUrl(1));
        WebClient.Page home = onB.get("/");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.html().text()).contains("Period 1");
    }

    @Test
    void aFormFromOneNodeIsAcceptedByTheOther() {
        WebClient onA = signIn(0, "ada@school.test");
        String token = WebClient.csrfFrom(onA.get("/"));
        WebClient onB = onA.sameBrowserOn(nodes.baseUrl(1));
        WebClient.Page created = onB.postRaw("/classes", Map.of("_csrf", token, "name", "Made across nodes",
                "term", "Fall", "section", "B"));
        assertThat(created.status()).isEqualTo(303);
        assertThat(onA.get(created.location()).html().text()).contains("Made across nodes");
    }

    @Test
    void anAnonymousFormFromOneNodeIsAcceptedByTheOther() {
        WebClient onA = nodes.client(0);
        String token = WebClient.csrfFrom(onA.get("/join"));
        WebClient onB = onA.sameBrowserOn(nodes.baseUrl(1));
        WebClient.Page joined = onB.postRaw("/join", Map.of("_csrf", token, "code", joinCode, "name", "Nia",
                "email", "nia@school.test", "password", People.PASSWORD));
        assertThat(joined.status()).isEqualTo(303);
        assertThat(onA.get("/").status()).as("signed in on A by B's answer").isEqualTo(200);
    }

    @Test
    void failedSignInsAreCountedAcrossNodes() {
        for (int i = 0; i < 5; i++) {
            WebClient c = nodes.client(i % 2);
            assertThat(c.submit("/signin", "/signin", Map.of("email", "bea@school.test", "password", "guess " + i))
                    .status()).isEqualTo(401);
        }
        for (int node = 0; node < 2; node++) {
            WebClient c = nodes.client(node);
            assertThat(c.submit("/signin", "/signin", Map.of("email", "BEA@school.test", "password", People.PASSWORD))
                    .status()).as("node " + node).isEqualTo(429);
        }
    }

    @Test
    void signingOutOnOneNodeEndsTheSessionOnTheOther() {
        WebClient onA = signIn(1, "nia2@school.test", true);
        WebClient onB = onA.sameBrowserOn(nodes.baseUrl(0));
        assertThat(onB.get("/").status()).isEqualTo(200);
        assertThat(onA.submit("/", "/signout", Map.of()).status()).isEqualTo(303);
        assertThat(onB.get("/").status()).isEqualTo(303);
    }

    private static WebClient signIn(int node, String email) {
        return signIn(node, email, false);
    }

    private static WebClient signIn(int node, String email, boolean joinFirst) {
        WebClient c = nodes.client(node);
        if (joinFirst) {
            assertThat(c.submit("/join", "/join", Map.of("code", joinCode, "name", "Student", "email", email,
                    "password", People.PASSWORD)).status()).isEqualTo(303);
            return c;
        }
        assertThat(c.submit("/signin", "/signin", Map.of("email", email, "password", People.PASSWORD)).status())
                .isEqualTo(303);
        return c;
    }
}
