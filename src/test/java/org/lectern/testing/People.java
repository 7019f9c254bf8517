package org.lectern.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

/** The usual cast, set up through the web pages exactly as people would. */
public final class People {

    public static final String PASSWORD = "correct horse battery";

    private People() {}

    /** Creates the first (admin) instructor through /setup; the client is signed in. */
    public static WebClient firstInstructor(TestServer server, String email) {
        WebClient c = server.client();
        WebClient.Page p = c.submit("/setup", "/setup", Map.of("name", "Ada Instructor", "email", email, "password", PASSWORD));
        assertThat(p.status()).as("setup").isEqualTo(303);
        return c;
    }

    /** An admin adds another instructor; returns that instructor's signed-in client. */
    public static WebClient instructorAddedBy(WebClient admin, TestServer server, String name, String email) {
        WebClient.Page p = admin.submit("/admin/instructors", "/admin/instructors",
                Map.of("name", name, "email", email, "password", PASSWORD));
        assertThat(p.status()).as("create instructor").isEqualTo(200);
        return signedIn(server, email);
    }

    public static WebClient signedIn(TestServer server, String email) {
        WebClient c = server.client();
        WebClient.Page p = c.submit("/signin", "/signin", Map.of("email", email, "password", PASSWORD));
        assertThat(p.status()).as("sign in " + email).isEqualTo(303);
        return c;
    }

    /** Creates a class and returns its id. */
    public static long createClass(WebClient instructor, String name) {
        WebClient.Page p = instructor.submit("/", "/classes", Map.of("name", name, "term", "Spring", "section", "A"));
        assertThat(p.status()).as("create class").isEqualTo(303);
        return Long.parseLong(p.location().substring("/classes/".length()));
    }

    public static String joinCode(WebClient instructor, long classId) {
        return instructor.get("/classes/" + classId).html().selectFirst(".join-code").text();
    }

    /** A new student signs up with the join code; returns their signed-in client. */
    public static WebClient studentJoining(TestServer server, String code, String name, String email) {
        WebClient c = server.client();
        WebClient.Page p = c.submit("/join", "/join", Map.of("code", code, "name", name, "email", email, "password", PASSWORD));
        assertThat(p.status()).as("join with " + code).isEqualTo(303);
        return c;
    }
}
