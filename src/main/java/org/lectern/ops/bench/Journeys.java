package org.lectern.ops.bench;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lectern.reading.StudentRoutes;

/**
 * What simulated students do. {@link #signIn()} happens once per student at the start (as at 9:00);
 * {@link #repeated} runs in a loop for the rest of the run: the home page, the module page
 * ({@link Step.Role#PAGE}), the questions page, one answer per question ({@link Step.Role#SUBMIT},
 * acknowledging {@code "answers"}) and the discussion response (acknowledging
 * {@code "discussion_posts"}). Each acknowledged (student, question) is remembered on the visitor
 * for the {@link DurabilityCheck}s.
 */
public final class Journeys {

    private Journeys() {}

    /** Signing in with email and password; a redirect is success. */
    public static Step signIn() {
        return new Step() {
            public String name() {
                return "sign_in";
            }

            public Role role() {
                return Role.OTHER;
            }

            public Outcome perform(Visitor v) throws Exception {
                Visitor.Response r = v.submit("/signin", "/signin", Map.of("email", v.email(), "password", v.password()));
                return Outcome.of(r.status() == 303);
            }
        };
    }

    /** The steps each student repeats while the run lasts. */
    public static List<Step> repeated() {
        return List.of(page("home", "/"), modulePage(), questionsPage(), answer(), discussionPost());
    }

    /** Visitor fact: the question ids whose answers were acknowledged. */
    static final String ANSWERED = "answered";
    /** Visitor fact: the discussion question ids whose responses were acknowledged. */
    static final String POSTED = "posted";

    private static final Pattern DISCUSSION_FORM = Pattern.compile("action=\"(/assignments/\\d+/discussion/(\\d+))\"");
    private static final String RESPONSE = "Reading this article I noticed how the author builds the argument step by "
            + "step, starting from the history and moving to what could be done next; the evidence in the middle "
            + "sections convinced me most, although I would like to know more about what critics of this view say.";

    static Set<Long> keys(Visitor v, String fact) {
        Set<Long> s = v.fact(fact);
        if (s == null) {
            v.remember(fact, ConcurrentHashMap.<Long>newKeySet());
            s = v.fact(fact);
        }
        return s;
    }

    private static String assignment(Visitor v) {
        return "/assignments/" + v.<Long>fact("assignmentId");
    }

    /** The first section of the assigned module, as a student opens it. */
    static Step modulePage() {
        return new Step() {
            public String name() {
                return "module_page";
            }

            public Role role() {
                return Role.PAGE;
            }

            public Outcome perform(Visitor v) throws Exception {
                return Outcome.of(v.get(assignment(v) + "/read/0").status() == 200);
            }
        };
    }

    /** The questions page; the first visit reads its answer forms (CSRF token, revision ids). */
    static Step questionsPage() {
        return new Step() {
            public String name() {
                return "questions_page";
            }

            public Role role() {
                return Role.OTHER;
            }

            public Outcome perform(Visitor v) throws Exception {
                Visitor.Response r = v.get(assignment(v) + "/questions");
                if (r.status() != 200) {
                    return Outcome.failure();
                }
                if (v.fact("answerForms") == null) {
                    v.remember("answerForms", AnswerForms.of(r.body(), v.<Long>fact("assignmentId")));
                    v.remember("answerCount", new AtomicInteger());
                }
                String token = Visitor.csrfToken(r.body());
                if (token != null) {
                    v.remember("csrf", token);
                }
                return Outcome.success();
            }
        };
    }

    /**
     * One answer to one question of the module through the student's answer form, with the page's
     * CSRF token and revision id, as the page's script sends it (saved in place); a round answers
     * every question once. The answered question coming back, with its result, is the server's
     * acknowledgement that the answer is saved. (A browser without the script gets a redirect and
     * reloads the whole questions page, which the questions_page step measures.)
     */
    static Step answer() {
        return new Step() {
            public String name() {
                return "answer";
            }

            public Role role() {
                return Role.SUBMIT;
            }

            public String acknowledges() {
                return "answers";
            }

            public int times(Visitor v) {
                List<AnswerForms.Form> forms = v.fact("answerForms");
                return forms == null ? 0 : forms.size();
            }

            public Outcome perform(Visitor v) throws Exception {
                List<AnswerForms.Form> forms = v.fact("answerForms");
                int i = v.<AtomicInteger>fact("answerCount").getAndIncrement();
                AnswerForms.Form form = forms.get(i % forms.size());
                Visitor.Response r = v.post(form.action(), v.fact("csrf"), form.filled(i / forms.size()),
                        Map.of(StudentRoutes.PARTIAL_HEADER, StudentRoutes.IN_PLACE));
                if (r.status() == 200 && r.body().contains("id=\"q-" + form.questionId() + "\"")) {
                    keys(v, ANSWERED).add(form.questionId());
                    return Outcome.acknowledged(1);
                }
                return Outcome.failure();
            }
        };
    }

    /** The student's response to the module's first discussion question (a repeat of the same text changes nothing). */
    static Step discussionPost() {
        return new Step() {
            public String name() {
                return "discussion_post";
            }

            public Role role() {
                return Role.OTHER;
            }

            public String acknowledges() {
                return "discussion_posts";
            }

            public Outcome perform(Visitor v) throws Exception {
                String action = v.fact("discussionAction");
                if (action == null) {
                    Visitor.Response page = v.get(assignment(v) + "/discussion");
                    if (page.status() != 200) {
                        return Outcome.failure();
                    }
                    Matcher m = DISCUSSION_FORM.matcher(page.body());
                    if (!m.find()) {
                        return Outcome.success(); // the module has no discussion question
                    }
                    action = m.group(1);
                    v.remember("discussionAction", action);
                    v.remember("discussionQuestion", Long.parseLong(m.group(2)));
                }
                Visitor.Response r = v.post(action, v.fact("csrf"), Map.of("body", RESPONSE));
                if (r.status() == 303) {
                    keys(v, POSTED).add(v.<Long>fact("discussionQuestion"));
                    return Outcome.acknowledged(1);
                }
                return Outcome.failure();
            }
        };
    }

    /** A signed-in GET that must answer 200; a null path means the visitor's class page. */
    static Step page(String name, String path) {
        return new Step() {
            public String name() {
                return name;
            }

            public Role role() {
                return Role.OTHER;
            }

            public Outcome perform(Visitor v) throws Exception {
                String p = path != null ? path : "/classes/" + v.<Long>fact("classId");
                return Outcome.of(v.get(p).status() == 200);
            }
        };
    }
}
