package org.lectern.assignments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lectern.testing.DatabaseTest;
import org.lectern.testing.People;
import org.lectern.testing.TestServer;
import org.lectern.testing.WebClient;

/**
 * Due dates are entered and shown in the school's time zone, whatever the server's zone and
 * whichever database (PostgreSQL returns times in UTC, H2 in the offset they were written with).
 */
@DatabaseTest
class SchoolTimeZoneTest {

    /** Far from UTC (13 hours in March), so a time shown in the wrong zone falls on another day. */
    static final ZoneId SCHOOL = ZoneId.of("Pacific/Auckland");

    static TestServer server;
    static WebClient instructor;
    static WebClient student;
    static long classId;

    @BeforeAll
    static void assignWithADueDate() {
        server = TestServer.start(s -> s.withZone(SCHOOL));
        instructor = People.firstInstructor(server, "ines@school.test");
        classId = People.createClass(instructor, "Period 2");
        student = People.studentJoining(server, People.joinCode(instructor, classId), "Sol Student", "sol@school.test");
        String newPage = "/classes/" + classId + "/assignments/new";
        String moduleId = instructor.get(newPage).html().selectFirst("input[name=module]").val();
        assertThat(instructor.submit(newPage, "/classes/" + classId + "/assignments",
                Map.of("module", moduleId, "due_at", "2027-03-01T17:00")).status()).isEqualTo(303);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theStudentsHomePageShowsTheDueDateAsTheInstructorEnteredIt() {
        assertThat(student.get("/").html().text()).contains("Mon 1 Mar 2027, 17:00");
    }

    @Test
    void theReadingPageShowsTheDueDateAsTheInstructorEnteredIt() {
        String reading = student.get("/").html().selectFirst("a[href~=^/assignments/\\d+/read/]").attr("href");
        assertThat(student.get(reading).html().selectFirst("time").text()).isEqualTo("Mon 1 Mar 2027, 17:00");
    }

    @Test
    void theEditFormGivesTheDueDateBackInTheSchoolsZone() {
        String edit = instructor.get("/classes/" + classId + "/review").html().selectFirst("a[href$=/edit]").attr("href");
        assertThat(instructor.get(edit).html().selectFirst("#due_at").val()).isEqualTo("2027-03-01T17:00");
    }
}
