package org.lectern.web;

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
class AuthorisationTest {

    static TestServer server;
    static WebClient ada;
    static WebClient bob;
    static WebClient adaStudent;
    static WebClient bobStudent;
    static long adaClass;
    static long bobClass;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        ada = People.firstInstructor(server, "ada@school.test");
        bob = People.instructorAddedBy(ada, server, "Bob", "bob@school.test");
        adaClass = People.createClass(ada, "Ada's class");
        bobClass = People.createClass(bob, "Bob's class");
        adaStudent = People.studentJoining(server, People.joinCode(ada, adaClass), "Sam", "sam@school.test");
        bobStudent = People.studentJoining(server, People.joinCode(bob, bobClass), "Tia", "tia@school.test");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() {
        WebClient anon = server.client();
        for (String path : new String[] {"/", "/classes/" + adaClass, "/account/password", "/admin/instructors"}) {
            WebClient.Page p = anon.get(path);
            assertThat(p.status()).as(path).isEqualTo(303);
            assertThat(p.location()).as(path).startsWith("/signin?next=");
        }
    }

    @Test
    void aStudentCannotOpenAnotherClass() {
        WebClient.Page p = adaStudent.get("/classes/" + bobClass);
        assertThat(p.status()).isEqualTo(403);
        assertThat(p.body()).doesNotContain("Bob's class");
    }

    @Test
    void anInstructorCannotOpenAnotherInstructorsClass() {
        assertThat(ada.get("/classes/" + bobClass).status()).isEqualTo(403);
        assertThat(bob.get("/classes/" + adaClass).status()).isEqualTo(403);
    }

    @Test
    void anInstructorCannotChangeAnotherInstructorsClass() {
        String before = People.joinCode(bob, bobClass);
        WebClient.Page p = ada.submit("/", "/classes/" + bobClass + "/join-code", Map.of());
        assertThat(p.status()).isEqualTo(403);
        assertThat(People.joinCode(bob, bobClass)).isEqualTo(before);
        assertThat(ada.submit("/", "/classes/" + bobClass + "/students", Map.of("name", "X", "email", "x@x.test")).status())
                .isEqualTo(403);
    }

    @Test
    void studentsCannotUseInstructorActions() {
        assertThat(adaStudent.submit("/", "/classes", Map.of("name", "Mine")).status()).isEqualTo(403);
        assertThat(adaStudent.submit("/", "/classes/" + adaClass + "/join-code", Map.of()).status()).isEqualTo(403);
        assertThat(adaStudent.get("/admin/instructors").status()).isEqualTo(403);
    }

    @Test
    void aStudentSeesOnlyTheirOwnClassesAndNoRoster() {
        WebClient.Page home = adaStudent.get("/");
        assertThat(home.body()).contains("Ada&#39;s class").doesNotContain("Bob&#39;s class");
        WebClient.Page classPage = adaStudent.get("/classes/" + adaClass);
        assertThat(classPage.body()).doesNotContain("sam@school.test").doesNotContain("tia@school.test");
    }

    @Test
    void formsWithoutAValidCsrfTokenAreRefused() {
        WebClient.Page none = ada.postRaw("/classes", Map.of("name", "Sneaky"));
        assertThat(none.status()).isEqualTo(403);
        WebClient.Page wrong = ada.postRaw("/classes", Map.of("name", "Sneaky", "_csrf", "not-the-token"));
        assertThat(wrong.status()).isEqualTo(403);
        assertThat(wrong.html().text()).contains("form has expired");
        assertThat(ada.get("/").body()).doesNotContain("Sneaky");
    }

    @Test
    void theSignInFormItselfNeedsItsCsrfToken() {
        WebClient c = server.client();
        c.get("/signin");
        WebClient.Page p = c.postRaw("/signin", Map.of("email", "ada@school.test", "password", People.PASSWORD));
        assertThat(p.status()).isEqualTo(403);
    }
}
