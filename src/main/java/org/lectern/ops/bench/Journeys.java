package org.lectern.ops.bench;

import java.util.List;
import java.util.Map;

/**
 * What simulated students do. {@link #signIn()} happens once per student at the start (as at 9:00);
 * {@link #repeated} runs in a loop for the rest of the run. To measure the student pages, add
 * their steps here: a {@link Step.Role#PAGE} step for the module page ({@code GET /assignments/{id}}),
 * a {@link Step.Role#SUBMIT} step posting each answer (acknowledging {@code "answers"}, checked by
 * a {@link DurabilityCheck} of that kind in {@link LoadBenchmark#checks}), and a discussion post.
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
        return List.of(page("home", "/"), page("class_page", null));
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
