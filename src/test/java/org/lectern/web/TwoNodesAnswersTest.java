package org.lectern.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lectern.db.generated.Tables.ANSWERS;
import static org.lectern.db.generated.Tables.ATTEMPTS;

import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jooq.DSLContext;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.lectern.ops.bench.AnswerForms;
import org.lectern.ops.bench.BenchAssignment;
import org.lectern.ops.bench.Visitor;
import org.lectern.testing.People;
import org.lectern.testing.TestNodes;

/**
 * A student's first answers sent to two nodes at the same moment both start "attempt 1": one node
 * loses the race on the attempt's unique key, and its answer is written again, into the attempt
 * the other node made. Runs on PostgreSQL (two nodes need a shared database).
 */
class TwoNodesAnswersTest {

    private static final int STUDENTS = 10;

    @Test
    void firstAnswersSentToBothNodesAtOnceLandInOneAttempt() throws Exception {
        try (TestNodes nodes = TestNodes.startOnPostgres(2)) {
            HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
            Visitor ada = new Visitor(http, nodes.baseUrl(0), "ada@school.test", People.PASSWORD);
            assertThat(ada.submit("/setup", "/setup", Map.of("name", "Ada", "email", ada.email(),
                    "password", People.PASSWORD)).status()).isEqualTo(303);
            Visitor.Response created = ada.submit("/", "/classes", Map.of("name", "Race", "term", "T", "section", "A"));
            long classId = Long.parseLong(created.location().substring("/classes/".length()));
            String code = Jsoup.parse(ada.get("/classes/" + classId).body()).selectFirst(".join-code").text();

            List<Visitor[]> students = new ArrayList<>();
            for (int i = 0; i < STUDENTS; i++) {
                String email = "racer-" + i + "@school.test";
                Visitor onA = new Visitor(http, nodes.baseUrl(0), email, People.PASSWORD);
                assertThat(onA.submit("/join", "/join", Map.of("code", code, "name", "Racer " + i, "email", email,
                        "password", People.PASSWORD)).status()).isEqualTo(303);
                Visitor onB = new Visitor(http, nodes.baseUrl(1), email, People.PASSWORD);
                assertThat(onB.submit("/signin", "/signin", Map.of("email", email, "password", People.PASSWORD)).status())
                        .isEqualTo(303);
                students.add(new Visitor[] {onA, onB});
            }
            long assignmentId = BenchAssignment.create(ada, classId, students.get(0)[0]);

            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> replies = new ArrayList<>();
            try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
                for (Visitor[] student : students) {
                    for (int node = 0; node < 2; node++) {
                        Visitor v = student[node];
                        String page = v.get("/assignments/" + assignmentId + "/questions").body();
                        AnswerForms.Form form = AnswerForms.of(page, assignmentId).get(node);
                        String token = Visitor.csrfToken(page);
                        replies.add(pool.submit(() -> {
                            go.await();
                            return v.post(form.action(), token, form.filled(0)).status();
                        }));
                    }
                }
                go.countDown();
                for (Future<Integer> reply : replies) {
                    assertThat(reply.get()).as("every answer acknowledged with a redirect").isEqualTo(303);
                }
            }

            DSLContext db = nodes.node(0).database().dsl();
            assertThat(db.fetchCount(ATTEMPTS, ATTEMPTS.ASSIGNMENT_ID.eq(assignmentId))).as("one attempt per student")
                    .isEqualTo(STUDENTS);
            assertThat(db.fetchCount(ANSWERS.join(ATTEMPTS).on(ATTEMPTS.ID.eq(ANSWERS.ATTEMPT_ID)),
                    ATTEMPTS.ASSIGNMENT_ID.eq(assignmentId))).as("both answers of every student").isEqualTo(2 * STUDENTS);
        }
    }
}
