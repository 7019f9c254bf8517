package org.lectern.ops.bench;

import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The people of a benchmark, made over HTTP exactly as real ones are: the instructor (set-up on a
 * fresh site, else sign-in), one class, and {@code n} students joining it with its code.
 */
public record Cohort(String baseUrl, Visitor instructor, long classId, String joinCode, List<Visitor> students) {

    public static final String STUDENT_PASSWORD = "bench student password";
    private static final Pattern JOIN_CODE = Pattern.compile("class=\"join-code\"[^>]*>([^<]+)<");

    /**
     * Creates the cohort; each student's join (a new account and enrolment, acknowledged with a
     * redirect) is timed into {@code joins}.
     */
    static Cohort create(HttpClient http, String baseUrl, int students, String instructorEmail, String instructorPassword,
                         String runId, StepStats joins) throws Exception {
        Visitor instructor = new Visitor(http, baseUrl, instructorEmail, instructorPassword);
        Visitor.Response signin = instructor.get("/signin");
        Visitor.Response in;
        if (signin.status() == 303 && "/setup".equals(signin.location())) {
            in = instructor.submit("/setup", "/setup", Map.of("name", "Benchmark Instructor", "email", instructorEmail,
                    "password", instructorPassword));
        } else {
            in = instructor.submit("/signin", "/signin", Map.of("email", instructorEmail, "password", instructorPassword));
        }
        if (in.status() != 303) {
            throw new IllegalStateException("the instructor " + instructorEmail + " could not sign in (status "
                    + in.status() + "): pass --instructor-email and --instructor-password of an instructor on that site");
        }
        Visitor.Response created = instructor.submit("/", "/classes", Map.of("name", "Benchmark " + runId,
                "term", "Benchmark", "section", "A"));
        if (created.status() != 303 || created.location() == null || !created.location().startsWith("/classes/")) {
            throw new IllegalStateException("could not create the benchmark class (status " + created.status() + ")");
        }
        long classId = Long.parseLong(created.location().substring("/classes/".length()));
        Matcher m = JOIN_CODE.matcher(instructor.get("/classes/" + classId).body());
        if (!m.find()) {
            throw new IllegalStateException("no join code on the class page");
        }
        String code = m.group(1).strip();

        List<Visitor> joined = Collections.synchronizedList(new ArrayList<>());
        // Password hashing is CPU-bound: as many joins at once as there are cores, times two.
        Semaphore permits = new Semaphore(Math.max(2, Runtime.getRuntime().availableProcessors() * 2));
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> all = new ArrayList<>();
            for (int i = 0; i < students; i++) {
                String email = "bench-" + runId + "-" + i + "@lectern.invalid";
                int n = i;
                all.add(pool.submit(() -> {
                    Visitor s = new Visitor(http, baseUrl, email, STUDENT_PASSWORD);
                    permits.acquire();
                    try {
                        long t0 = System.nanoTime();
                        boolean ok;
                        try {
                            Visitor.Response r = s.submit("/join", "/join", Map.of("code", code,
                                    "name", "Student " + n, "email", email, "password", STUDENT_PASSWORD));
                            ok = r.status() == 303;
                        } catch (Exception e) {
                            ok = false;
                        }
                        joins.record(System.nanoTime() - t0, ok, ok ? 1 : 0);
                        if (ok) {
                            s.remember("classId", classId);
                            joined.add(s);
                        }
                    } finally {
                        permits.release();
                    }
                    return null;
                }));
            }
            for (Future<?> f : all) {
                f.get();
            }
        }
        return new Cohort(baseUrl, instructor, classId, code, List.copyOf(joined));
    }
}
