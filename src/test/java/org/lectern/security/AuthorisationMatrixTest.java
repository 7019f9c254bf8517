package org.lectern.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lectern.db.generated.Tables.DISCUSSION_POSTS;
import static org.lectern.db.generated.Tables.USERS;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lectern.assignments.Assignment;
import org.lectern.questions.QuestionBank;
import org.lectern.questions.QuestionType;
import org.lectern.testing.DatabaseTest;
import org.lectern.testing.Fixtures;
import org.lectern.testing.People;
import org.lectern.testing.TestServer;
import org.lectern.testing.WebClient;
import org.lectern.web.Access;
import org.lectern.web.Routes;

/**
 * Every route the server registered (taken from the server itself, so a new route cannot be left
 * out), requested by five people with concrete ids of one class: anonymous, a student of the class,
 * a student of another class, the class's instructor and another instructor. Each gets what their
 * place allows: anonymous is sent to sign in; a signed-in person without the role gets 403; the
 * other class's people get 403 or 404 and never the class's content; the class's own people are let in.
 */
@DatabaseTest
class AuthorisationMatrixTest {

    static final String SLUG = "the-way-forward-to-build-up-the-japan-south-korea-rapprochement";
    static TestServer server;
    static WebClient ada;      // the class's instructor (and the site's first, so admin)
    static WebClient bob;      // another instructor
    static WebClient sam;      // student of Ada's class
    static WebClient tia;      // student of Bob's class
    static long adaClass;
    static long bobClass;
    static Assignment assignment;
    static long samId;
    static long moduleId;
    static long comprehensionQuestion;
    static long discussionQuestion;
    static long samPost;

    enum Who { ANONYMOUS, STUDENT_OF_CLASS, STUDENT_OF_OTHER_CLASS, CLASS_INSTRUCTOR, OTHER_INSTRUCTOR }

    @BeforeAll
    static void start() {
        server = TestServer.start();
        ada = People.firstInstructor(server, "ada@school.test");
        bob = People.instructorAddedBy(ada, server, "Bob", "bob@school.test");
        adaClass = People.createClass(ada, "Ada's private class");
        bobClass = People.createClass(bob, "Bob's class");
        sam = People.studentJoining(server, People.joinCode(ada, adaClass), "Sam", "sam@school.test");
        tia = People.studentJoining(server, People.joinCode(bob, bobClass), "Tia", "tia@school.test");
        assignment = Fixtures.assign(server, adaClass, SLUG);
        moduleId = Fixtures.moduleId(server, SLUG);
        var questions = new QuestionBank(Fixtures.dsl(server)).forModule(moduleId, true);
        comprehensionQuestion = questions.stream().filter(q -> q.question().type().comprehension()).findFirst().orElseThrow().id();
        discussionQuestion = questions.stream().filter(q -> q.question().type() == QuestionType.discussion).findFirst().orElseThrow().id();
        samId = Fixtures.dsl(server).select(USERS.ID).from(USERS).where(USERS.EMAIL.eq("sam@school.test")).fetchSingle(USERS.ID);
        WebClient.Page posted = sam.submit("/assignments/" + assignment.id() + "/discussion",
                "/assignments/" + assignment.id() + "/discussion/" + discussionQuestion,
                Map.of("body", "My response to the question has more than five words in it for sure."));
        assertThat(posted.status()).isEqualTo(303);
        samPost = Fixtures.dsl(server).select(DISCUSSION_POSTS.ID).from(DISCUSSION_POSTS)
                .where(DISCUSSION_POSTS.USER_ID.eq(samId)).fetchSingle(DISCUSSION_POSTS.ID);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** The routes every request of the matrix is made to, from the running server's own registry. */
    static List<Routes.Registered> routes() {
        return server.server().routes();
    }

    @Test
    void theRegistryHoldsEveryRouteOfTheApp() {
        assertThat(routes()).hasSizeGreaterThanOrEqualTo(60);
        assertThat(routes()).contains(new Routes.Registered("POST", "/assignments/{id}/questions/{question}", Access.STUDENT),
                new Routes.Registered("GET", "/classes/{id}/grades.csv", Access.INSTRUCTOR));
    }

    @Test
    void anonymousVisitorsOfEveryProtectedRouteAreSentToSignIn() {
        List<String> wrong = new ArrayList<>();
        WebClient anonymous = server.client();
        String token = WebClient.csrfFrom(anonymous.get("/signin")); // a form on the sign-in page gives one
        for (Routes.Registered r : protectedRoutes()) {
            WebClient.Page p = request(anonymous, r, token);
            if (p.status() != 303 || p.location() == null || !p.location().startsWith("/signin")) {
                wrong.add(r + " -> " + p.status() + " " + p.location());
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void signedInPeopleWithoutTheRouteRoleGet403() {
        List<String> wrong = new ArrayList<>();
        for (Routes.Registered r : protectedRoutes()) {
            for (Who who : Who.values()) {
                if (who == Who.ANONYMOUS || roleAllows(r.access(), who)) {
                    continue;
                }
                WebClient.Page p = request(client(who), r, csrf(who));
                if (p.status() != 403) {
                    wrong.add(who + " " + r + " -> " + p.status());
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void peopleOfAnotherClassGet403Or404AndNoneOfTheClasssContent() {
        List<String> wrong = new ArrayList<>();
        for (Routes.Registered r : protectedRoutes()) {
            if (!classScoped(r)) {
                continue;
            }
            for (Who who : List.of(Who.STUDENT_OF_OTHER_CLASS, Who.OTHER_INSTRUCTOR)) {
                if (!roleAllows(r.access(), who)) {
                    continue; // covered by the 403 for the role
                }
                WebClient.Page p = request(client(who), r, csrf(who));
                if ((p.status() != 403 && p.status() != 404) || p.body().contains("Ada's private class")
                        || p.body().contains("Sam")) {
                    wrong.add(who + " " + r + " -> " + p.status());
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void theClasssOwnPeopleAreLetInToEveryPageOfTheirRole() {
        List<String> wrong = new ArrayList<>();
        for (Routes.Registered r : protectedRoutes()) {
            if (!r.method().equals("GET")) {
                continue;
            }
            for (Who who : List.of(Who.STUDENT_OF_CLASS, Who.CLASS_INSTRUCTOR)) {
                if (!roleAllows(r.access(), who)) {
                    continue;
                }
                WebClient.Page p = request(client(who), r, null);
                // A page (200) or, for the assignment's entry point, a redirect to where to continue.
                boolean ok = p.status() == 200 || p.status() == 303 && !p.location().startsWith("/signin");
                if (!ok) {
                    wrong.add(who + " " + r + " -> " + p.status());
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void theClasssOwnPeopleArePastTheAuthorisationOfEveryFormOfTheirRole() {
        List<String> wrong = new ArrayList<>();
        for (Routes.Registered r : protectedRoutes()) {
            if (!r.method().equals("POST") || DESTRUCTIVE.contains(r.path())) {
                continue;
            }
            for (Who who : List.of(Who.STUDENT_OF_CLASS, Who.CLASS_INSTRUCTOR)) {
                if (!roleAllows(r.access(), who)) {
                    continue;
                }
                // An empty form: refused as incomplete (400) or done (303), never 403/404/sign-in.
                WebClient.Page p = request(client(who), r, csrf(who));
                boolean ok = p.status() == 400 || p.status() == 200
                        || p.status() == 303 && !p.location().startsWith("/signin");
                if (!ok) {
                    wrong.add(who + " " + r + " -> " + p.status());
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyFormIsRefusedWithoutItsCsrfTokenEvenFromSomeoneAllowedToUseIt() {
        List<String> wrong = new ArrayList<>();
        long classesBefore = classCount();
        for (Routes.Registered r : routes()) {
            if (!r.method().equals("POST")) {
                continue;
            }
            WebClient c = allowed(r.access());
            Map<String, String> fields = Map.of("name", "Forged", "term", "T", "section", "S", "body", "forged words here",
                    "response", "forged", "email", "forged@school.test", "password", "forged password 123");
            WebClient.Page none = c.postRaw(concrete(r.path()), fields);
            if (none.status() != 403 || !none.body().contains("did not come from Lectern")) {
                wrong.add("no token: " + r + " -> " + none.status());
            }
            Map<String, String> forged = new LinkedHashMap<>(fields);
            forged.put("_csrf", csrf(Who.STUDENT_OF_OTHER_CLASS)); // a real token, of someone else's session
            WebClient.Page other = c.postRaw(concrete(r.path()), forged);
            if (other.status() != 403) {
                wrong.add("another's token: " + r + " -> " + other.status());
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(classCount()).as("no forged class was created").isEqualTo(classesBefore);
    }

    static long classCount() {
        return Fixtures.dsl(server).fetchCount(org.lectern.db.generated.Tables.CLASSES);
    }

    /** Someone whose role the route allows (anonymous for open forms). */
    static WebClient allowed(Access access) {
        return switch (access) {
            case ANYONE -> server.client();
            case SIGNED_IN, INSTRUCTOR, ADMIN -> ada;
            case STUDENT -> sam;
        };
    }

    /** Forms whose empty submission would change what the rest of the matrix relies on. */
    static final Set<String> DESTRUCTIVE = Set.of("/classes/{id}/students/{student}/remove", "/signout",
            "/classes/{id}/join-enabled", "/classes/{id}/join-code");

    static List<Routes.Registered> protectedRoutes() {
        return routes().stream().filter(r -> r.access() != Access.ANYONE).toList();
    }

    /** Routes about one class's things (its page, assignments, students); library pages are site-wide. */
    static boolean classScoped(Routes.Registered r) {
        return r.path().startsWith("/classes/{id}") || r.path().startsWith("/assignments/")
                || r.path().startsWith("/modules/");
    }

    static boolean roleAllows(Access access, Who who) {
        return switch (access) {
            case ANYONE -> true;
            case SIGNED_IN -> who != Who.ANONYMOUS;
            case STUDENT -> who == Who.STUDENT_OF_CLASS || who == Who.STUDENT_OF_OTHER_CLASS;
            case INSTRUCTOR -> who == Who.CLASS_INSTRUCTOR || who == Who.OTHER_INSTRUCTOR;
            case ADMIN -> who == Who.CLASS_INSTRUCTOR; // the first instructor is the site's admin
        };
    }

    static WebClient client(Who who) {
        return switch (who) {
            case ANONYMOUS -> server.client();
            case STUDENT_OF_CLASS -> sam;
            case STUDENT_OF_OTHER_CLASS -> tia;
            case CLASS_INSTRUCTOR -> ada;
            case OTHER_INSTRUCTOR -> bob;
        };
    }

    static final Map<Who, String> TOKENS = new LinkedHashMap<>();

    static synchronized String csrf(Who who) {
        return TOKENS.computeIfAbsent(who, w -> WebClient.csrfFrom(client(w).get("/account/password")));
    }

    private static final Pattern PARAM = Pattern.compile("\\{(\\w+)}");

    /** The route's path with Ada's class's concrete ids. */
    static String concrete(String path) {
        Matcher m = PARAM.matcher(path);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = switch (m.group(1)) {
                case "id" -> path.startsWith("/classes/") ? String.valueOf(adaClass)
                        : path.startsWith("/assignments/") ? String.valueOf(assignment.id())
                        : path.startsWith("/modules/") ? String.valueOf(moduleId)
                        : fail(path);
                case "moduleId" -> String.valueOf(moduleId);
                case "sid", "student" -> String.valueOf(samId);
                case "section" -> "0";
                case "number" -> "1";
                case "question" -> path.contains("/discussion/") ? String.valueOf(discussionQuestion)
                        : String.valueOf(comprehensionQuestion);
                case "qid" -> String.valueOf(comprehensionQuestion);
                case "post" -> String.valueOf(samPost);
                case "name" -> "lectern.css";
                default -> fail(path);
            };
            m.appendReplacement(out, value);
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String fail(String path) {
        throw new AssertionError("the matrix has no concrete value for a parameter of " + path
                + ": add it to AuthorisationMatrixTest.concrete");
    }

    static WebClient.Page request(WebClient c, Routes.Registered r, String token) {
        String path = concrete(r.path());
        if (r.method().equals("GET")) {
            return c.get(path);
        }
        return c.postRaw(path, token == null ? Map.of() : Map.of("_csrf", token));
    }
}
