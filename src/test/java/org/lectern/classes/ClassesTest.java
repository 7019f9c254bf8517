package org.lectern.classes;

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
class ClassesTest {

    static TestServer server;
    static WebClient instructor;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        instructor = People.firstInstructor(server, "ada@school.test");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void anInstructorCreatesAClassWithAShortJoinCode() {
        long id = People.createClass(instructor, "Japan–Korea Relations");
        WebClient.Page page = instructor.get("/classes/" + id);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html().selectFirst("h1").text()).contains("Japan–Korea Relations").contains("Spring");
        assertThat(People.joinCode(instructor, id)).matches("[A-HJ-NP-Z2-9]{6}");
        assertThat(instructor.get("/").html().select("a[href=/classes/" + id + "]")).isNotEmpty();
    }

    @Test
    void aStudentJoinsWithTheCodeAndSeesTheClass() {
        long id = People.createClass(instructor, "Politics 101");
        String code = People.joinCode(instructor, id);
        WebClient student = People.studentJoining(server, code.toLowerCase(), "Sam Student", "sam@school.test");
        WebClient.Page home = student.get("/");
        assertThat(home.html().select("a[href=/classes/" + id + "]").text()).contains("Politics 101");
        assertThat(student.get("/classes/" + id).status()).isEqualTo(200);
        assertThat(instructor.get("/classes/" + id).html().select("td").eachText()).contains("Sam Student", "sam@school.test");
    }

    @Test
    void aWrongJoinCodeIsExplainedAndNothingIsCreated() {
        WebClient c = server.client();
        WebClient.Page p = c.submit("/join", "/join", Map.of("code", "ZZZZZZ", "name", "Nobody", "email",
                "nobody@school.test", "password", People.PASSWORD));
        assertThat(p.status()).isEqualTo(400);
        assertThat(p.html().select("[role=alert]").text()).contains("No class has the join code");
        WebClient.Page signIn = server.client().submit("/signin", "/signin", Map.of("email", "nobody@school.test",
                "password", People.PASSWORD));
        assertThat(signIn.status()).as("no account was created").isEqualTo(401);
    }

    @Test
    void closingJoiningStopsNewStudentsAndANewCodeRetiresTheOldOne() {
        long id = People.createClass(instructor, "History");
        String oldCode = People.joinCode(instructor, id);
        instructor.submit("/classes/" + id, "/classes/" + id + "/join-code", Map.of());
        String newCode = People.joinCode(instructor, id);
        assertThat(newCode).isNotEqualTo(oldCode);
        WebClient.Page withOld = server.client().submit("/join", "/join", Map.of("code", oldCode, "name", "Late",
                "email", "late@school.test", "password", People.PASSWORD));
        assertThat(withOld.status()).isEqualTo(400);

        instructor.submit("/classes/" + id, "/classes/" + id + "/join-enabled", Map.of("enabled", "false"));
        WebClient.Page closed = server.client().submit("/join", "/join", Map.of("code", newCode, "name", "Late",
                "email", "late@school.test", "password", People.PASSWORD));
        assertThat(closed.status()).isEqualTo(400);
        assertThat(closed.html().select("[role=alert]").text()).contains("closed");
    }

    @Test
    void anInstructorCreatesAStudentWhoMustChangeTheTemporaryPassword() {
        long id = People.createClass(instructor, "Economics");
        WebClient.Page p = instructor.submit("/classes/" + id, "/classes/" + id + "/students",
                Map.of("name", "Kim Lee", "email", "kim@school.test", "section", "B"));
        assertThat(p.status()).isEqualTo(200);
        String temporary = p.html().selectFirst("[role=status] code").text();

        WebClient kim = server.client();
        WebClient.Page signIn = kim.submit("/signin", "/signin", Map.of("email", "kim@school.test", "password", temporary));
        assertThat(signIn.location()).isEqualTo("/account/password");
        WebClient.Page changed = kim.submit("/account/password", "/account/password",
                Map.of("current", temporary, "password", "my own password", "confirm", "my own password"));
        assertThat(changed.status()).isEqualTo(303);
        assertThat(kim.get("/classes/" + id).status()).isEqualTo(200);
    }

    @Test
    void aRemovedStudentLosesAccessButStaysOnTheRosterAsRemoved() {
        long id = People.createClass(instructor, "Geography");
        String code = People.joinCode(instructor, id);
        WebClient student = People.studentJoining(server, code, "Rae Removed", "rae@school.test");
        String studentRow = instructor.get("/classes/" + id).html().select("form[action$=/remove]").attr("action");
        instructor.submit("/classes/" + id, studentRow, Map.of());
        assertThat(student.get("/classes/" + id).status()).isEqualTo(403);
        assertThat(instructor.get("/classes/" + id).html().select("td").eachText()).contains("Rae Removed", "removed");
    }

    @Test
    void aSignedInStudentJoinsASecondClassWithJustTheCode() {
        long first = People.createClass(instructor, "Art");
        long second = People.createClass(instructor, "Music");
        WebClient student = People.studentJoining(server, People.joinCode(instructor, first), "Two Classes", "two@school.test");
        WebClient.Page p = student.submit("/join", "/join", Map.of("code", People.joinCode(instructor, second)));
        assertThat(p.location()).isEqualTo("/classes/" + second);
        assertThat(student.get("/").html().select("ul.cards a").eachText()).hasSize(2);
    }
}
