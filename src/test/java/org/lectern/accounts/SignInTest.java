package org.lectern.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lectern.testing.DatabaseTest;
import org.lectern.testing.People;
import org.lectern.testing.TestServer;
import org.lectern.testing.WebClient;

@DatabaseTest
class SignInTest {

    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        People.firstInstructor(server, "ada@school.test");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void wrongPasswordIsRefusedWithAFriendlyMessage() {
        WebClient c = server.client();
        WebClient.Page p = c.submit("/signin", "/signin", Map.of("email", "ada@school.test", "password", "wrong password"));
        assertThat(p.status()).isEqualTo(401);
        assertThat(p.html().select("[role=alert]").text()).contains("Email or password is not right");
        assertThat(c.cookie("lectern_session")).isNull();
    }

    @Test
    void unknownEmailGetsTheSameAnswerAsAWrongPassword() {
        WebClient.Page p = server.client().submit("/signin", "/signin",
                Map.of("email", "nobody@school.test", "password", "whatever123"));
        assertThat(p.status()).isEqualTo(401);
        assertThat(p.html().select("[role=alert]").text()).contains("Email or password is not right");
    }

    @Test
    void emailIsMatchedWithoutRegardToCaseOrSpaces() {
        WebClient.Page p = server.client().submit("/signin", "/signin",
                Map.of("email", "  ADA@School.test ", "password", People.PASSWORD));
        assertThat(p.status()).isEqualTo(303);
    }

    @Test
    void sessionCookieIsHttpOnlyAndSameSite() {
        WebClient c = server.client();
        WebClient.Page p = c.submit("/signin", "/signin", Map.of("email", "ada@school.test", "password", People.PASSWORD));
        String setCookie = p.headers("Set-Cookie").stream().filter(h -> h.startsWith("lectern_session=")).findFirst().orElseThrow();
        assertThat(setCookie).contains("HttpOnly").contains("SameSite=Lax").contains("Path=/");
    }

    @Test
    void signingInAgainRotatesTheSessionIdAndRetiresTheOldOne() {
        WebClient c = People.signedIn(server, "ada@school.test");
        String first = c.cookie("lectern_session");
        WebClient.Page again = c.submit("/signin", "/signin", Map.of("email", "ada@school.test", "password", People.PASSWORD));
        assertThat(again.status()).isEqualTo(303);
        String second = c.cookie("lectern_session");
        assertThat(second).isNotEqualTo(first);

        WebClient thief = server.client();
        thief.setCookie("lectern_session", first);
        assertThat(thief.get("/").status()).as("old session id no longer works").isEqualTo(303);
        assertThat(c.get("/").status()).isEqualTo(200);
    }

    @Test
    void signOutEndsTheSessionOnTheServer() {
        WebClient c = People.signedIn(server, "ada@school.test");
        String token = c.cookie("lectern_session");
        WebClient.Page out = c.submit("/", "/signout", Map.of());
        assertThat(out.status()).isEqualTo(303);

        WebClient replay = server.client();
        replay.setCookie("lectern_session", token);
        WebClient.Page p = replay.get("/");
        assertThat(p.status()).isEqualTo(303);
        assertThat(p.location()).startsWith("/signin");
    }

    @Test
    void afterSignInPeopleGoBackToThePageTheyAskedFor() {
        WebClient c = server.client();
        assertThat(c.get("/admin/instructors").location()).isEqualTo("/signin?next=%2Fadmin%2Finstructors");
        WebClient.Page p = c.submit("/signin?next=%2Fadmin%2Finstructors", "/signin",
                Map.of("email", "ada@school.test", "password", People.PASSWORD, "next", "/admin/instructors"));
        assertThat(p.location()).isEqualTo("/admin/instructors");
    }

    @Test
    void nextCannotSendPeopleToAnotherSite() {
        WebClient c = server.client();
        WebClient.Page p = c.submit("/signin", "/signin",
                Map.of("email", "ada@school.test", "password", People.PASSWORD, "next", "//evil.example/"));
        assertThat(p.location()).isEqualTo("/");
    }

    @Test
    void passwordsAreStoredAsArgon2idHashes() {
        String hash = new UserRepository(server.server().database().dsl())
                .findByEmail("ada@school.test").flatMap(u -> new UserRepository(server.server().database().dsl()).passwordHash(u.id()))
                .orElseThrow();
        assertThat(hash).startsWith("$argon2id$").doesNotContain(People.PASSWORD);
    }
}
