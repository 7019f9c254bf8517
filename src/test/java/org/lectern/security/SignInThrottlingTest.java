package org.lectern.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lectern.accounts.SignInThrottle;
import org.lectern.testing.DatabaseTest;
import org.lectern.testing.People;
import org.lectern.testing.TestServer;
import org.lectern.testing.WebClient;

/** Repeated failed sign-ins are throttled per email and per client address, in the database. */
@DatabaseTest
class SignInThrottlingTest {

    static TestServer server;

    @BeforeAll
    static void start() {
        // Per-address limit lowered so the address rule can be shown without hundreds of requests.
        server = TestServer.start(s -> s.withTrustProxy(true)
                .withSignInLimits(new SignInThrottle.Limits(5, 12, Duration.ofMinutes(15))));
        WebClient ada = People.firstInstructor(server, "ada@school.test");
        People.instructorAddedBy(ada, server, "Bea", "bea@school.test");
        People.instructorAddedBy(ada, server, "Cy", "cy@school.test");
        People.instructorAddedBy(ada, server, "Di", "di@school.test");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static WebClient from(String address) {
        return server.client().withHeader("X-Forwarded-For", address);
    }

    private static WebClient.Page signIn(WebClient c, String email, String password) {
        return c.submit("/signin", "/signin", Map.of("email", email, "password", password));
    }

    @Test
    void fiveFailuresForOneEmailLockItOutWithA429AndRetryAfter() {
        WebClient c = from("10.0.0.1");
        for (int i = 0; i < 5; i++) {
            assertThat(signIn(c, "bea@school.test", "wrong password " + i).status()).isEqualTo(401);
        }
        WebClient.Page locked = signIn(c, "bea@school.test", "wrong password again");
        assertThat(locked.status()).isEqualTo(429);
        long retryAfter = Long.parseLong(locked.header("Retry-After"));
        assertThat(retryAfter).isBetween(60L, 15 * 60L);
        assertThat(locked.html().select("[role=alert]").text()).contains("Too many unsuccessful sign-in attempts")
                .contains("15 minutes");
        assertThat(locked.html().select("form[action=/signin]")).as("the form stays on the page").isNotEmpty();
    }

    @Test
    void whileLockedEvenTheRightPasswordIsRefusedSoGuessesLearnNothing() {
        WebClient c = from("10.0.0.2");
        for (int i = 0; i < 5; i++) {
            signIn(c, "cy@school.test", "wrong password " + i);
        }
        WebClient.Page p = signIn(c, "CY@school.test ", People.PASSWORD);
        assertThat(p.status()).as("email normalised before counting").isEqualTo(429);
        assertThat(c.cookie("lectern_session")).isNull();
    }

    @Test
    void aSuccessfulSignInClearsTheEmailsCount() {
        WebClient c = from("10.0.0.3");
        for (int i = 0; i < 4; i++) {
            assertThat(signIn(c, "di@school.test", "wrong password " + i).status()).isEqualTo(401);
        }
        assertThat(signIn(c, "di@school.test", People.PASSWORD).status()).isEqualTo(303);
        WebClient d = from("10.0.0.3");
        for (int i = 0; i < 4; i++) {
            assertThat(signIn(d, "di@school.test", "wrong password " + i).status()).as("count started again").isEqualTo(401);
        }
        assertThat(signIn(d, "di@school.test", People.PASSWORD).status()).isEqualTo(303);
    }

    @Test
    void oneAddressTryingManyEmailsIsThrottledToo() {
        WebClient c = from("10.0.0.4");
        for (int i = 0; i < 12; i++) {
            assertThat(signIn(c, "nobody" + i + "@school.test", "wrong password").status()).isEqualTo(401);
        }
        assertThat(signIn(c, "someone.new@school.test", "wrong password").status()).isEqualTo(429);
        assertThat(signIn(from("10.0.0.5"), "someone.new@school.test", "wrong password").status())
                .as("another address is unaffected").isEqualTo(401);
    }

    @Test
    void otherPeopleCanStillSignInWhileOneEmailIsLocked() {
        WebClient c = from("10.0.0.6");
        for (int i = 0; i < 6; i++) {
            signIn(c, "ghost@school.test", "wrong password " + i);
        }
        assertThat(signIn(from("10.0.0.6"), "ada@school.test", People.PASSWORD).status()).isEqualTo(303);
    }
}
