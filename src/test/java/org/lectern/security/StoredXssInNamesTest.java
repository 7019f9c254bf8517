package org.lectern.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lectern.testing.DatabaseTest;
import org.lectern.testing.People;
import org.lectern.testing.TestServer;
import org.lectern.testing.WebClient;
import org.lectern.testing.XssProbe;

/** Names people type (their own, an instructor's, a class's) are shown as text everywhere, never run. */
@DatabaseTest
class StoredXssInNamesTest {

    static final String INSTRUCTOR_NAME = XssProbe.script("instructor");
    static final String CLASS_NAME = XssProbe.image("class");
    static final String STUDENT_NAME = "\"><svg onload=alert('student')>";
    static final String SECTION = XssProbe.script("section");

    static TestServer server;
    static WebClient ada;
    static WebClient mallory;
    static WebClient student;
    static long classId;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        ada = People.firstInstructor(server, "ada@school.test");
        mallory = People.instructorAddedBy(ada, server, INSTRUCTOR_NAME, "mallory@school.test");
        WebClient.Page created = mallory.submit("/", "/classes", Map.of("name", CLASS_NAME, "term", SECTION, "section", SECTION));
        assertThat(created.status()).isEqualTo(303);
        classId = Long.parseLong(created.location().substring("/classes/".length()));
        student = People.studentJoining(server, People.joinCode(mallory, classId), STUDENT_NAME, "sam@school.test");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void anInstructorsNameIsInertOnTheAdminPage() {
        XssProbe.assertShownAsText(ada.get("/admin/instructors"), INSTRUCTOR_NAME);
    }

    @Test
    void aClassNameIsInertOnTheInstructorsHomeAndClassPage() {
        XssProbe.assertShownAsText(mallory.get("/"), CLASS_NAME);
        XssProbe.assertShownAsText(mallory.get("/classes/" + classId), CLASS_NAME);
    }

    @Test
    void aStudentsNameIsInertOnTheRoster() {
        XssProbe.assertShownAsText(mallory.get("/classes/" + classId), STUDENT_NAME);
    }

    @Test
    void theStudentSeesTheClassNameAndOwnNameAsText() {
        XssProbe.assertShownAsText(student.get("/"), CLASS_NAME);
        XssProbe.assertInert(student.get("/classes/" + classId), CLASS_NAME, STUDENT_NAME, INSTRUCTOR_NAME, SECTION);
    }

    @Test
    void theLayoutShowsTheSignedInNameAsText() {
        XssProbe.assertInert(mallory.get("/"), INSTRUCTOR_NAME);
        assertThat(mallory.get("/").body()).doesNotContain("<script>alert");
    }
}
