package org.lectern.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lectern.accounts.UserRepository;
import org.lectern.assignments.Assignment;
import org.lectern.questions.QuestionBank;
import org.lectern.questions.QuestionType;
import org.lectern.testing.DatabaseTest;
import org.lectern.testing.Fixtures;
import org.lectern.testing.People;
import org.lectern.testing.TestServer;
import org.lectern.testing.WebClient;

/**
 * The review grid and the long CSV on a class small enough to work out by hand: three students,
 * two assignments, each worth 10 comprehension + 5 discussion = 15 points.
 *
 * <pre>
 * A1 "way forward": due 2 days ago, late penalty 20 %, best of 2 attempts
 *   Ann  attempt 1 all wrong (0.0), attempt 2 all right (1.0), both before the due date
 *        → best 1.0 × 10 = 10, discussion graded 4 → 14.00, on time
 *   Ben  one attempt, all right, submitted after the due date
 *        → 1.0 × 10 = 10, late: × 0.8 = 8.00, no discussion → 8.00, late
 *   Cat  nothing → missing (past due, not submitted), no points
 * A2 "recommitting": due in a week, late work accepted, average of attempts
 *   Ann  nothing → not started
 *   Ben  attempt 1 all wrong (0.0), attempt 2 all right (1.0) → average 0.5 × 10 = 5, discussion 3 → 8.00
 *   Cat  an attempt started, not submitted, a discussion post not yet graded → in progress, no points
 * Totals: Ann 14, Ben 8 + 8 = 16, Cat 0.
 * Class averages over submitted work: A1 (14 + 8) / 2 = 11 → "11 (73%)" (11/15 = 73.3 %), 2 submitted;
 *                                     A2 8 / 1 = 8 → "8 (53%)" (8/15 = 53.3 %), 1 submitted.
 * Long CSV percent, one decimal: 14/15 = 93.3, 8/15 = 53.3.
 * </pre>
 */
@DatabaseTest
class ReviewGridNumbersTest {

    static final String WAY_FORWARD = "the-way-forward-to-build-up-the-japan-south-korea-rapprochement";
    static final String RECOMMITTING = "recommitting-to-japan-south-korea-cooperation-amid-uncertainty";

    static TestServer server;
    static WebClient instructor;
    static long classId;
    static Assignment a1;
    static Assignment a2;

    @BeforeAll
    static void smallClass() {
        server = TestServer.start();
        instructor = People.firstInstructor(server, "ada@school.test");
        classId = People.createClass(instructor, "Hand-checked");
        String code = People.joinCode(instructor, classId);
        People.studentJoining(server, code, "Ann Archer", "ann@school.test");
        People.studentJoining(server, code, "Ben Brook", "ben@school.test");
        People.studentJoining(server, code, "Cat Cole", "cat@school.test");
        OffsetDateTime now = OffsetDateTime.now();
        OffsetDateTime due1 = now.minusDays(2);
        a1 = Fixtures.assign(server, classId, WAY_FORWARD, a -> new Assignment(0, a.classId(), a.moduleId(), now.minusDays(10),
                due1, Assignment.LatePolicy.penalty, 20, 2, Assignment.Scoring.best, a.placement(), Set.of(),
                BigDecimal.TEN, BigDecimal.valueOf(5), a.showAnswers(), 5));
        a2 = Fixtures.assign(server, classId, RECOMMITTING, a -> new Assignment(0, a.classId(), a.moduleId(), null,
                now.plusDays(7), Assignment.LatePolicy.accept, 0, 2, Assignment.Scoring.average, a.placement(), Set.of(),
                BigDecimal.TEN, BigDecimal.valueOf(5), a.showAnswers(), 5));

        var dsl = Fixtures.dsl(server);
        WorkRepository work = new WorkRepository(dsl);
        long ann = user("ann@school.test");
        long ben = user("ben@school.test");
        long cat = user("cat@school.test");

        attempt(a1, ann, 1, due1.minusDays(3), due1.minusDays(3), false);
        attempt(a1, ann, 2, due1.minusDays(1), due1.minusDays(1), true);
        long annPost = work.post(a1.id(), discussion(a1).id(), ann, "Both texts stress trust built by regular meetings.", due1.minusDays(1));
        attempt(a1, ben, 1, due1.plusHours(1), due1.plusHours(5), true);

        attempt(a2, ben, 1, now.minusDays(1), now.minusDays(1), false);
        attempt(a2, ben, 2, now.minusHours(5), now.minusHours(4), true);
        long benPost = work.post(a2.id(), discussion(a2).id(), ben, "The second author sees trade as the stronger bond.", now.minusHours(4));
        work.attempt(a2.id(), cat, 1, now.minusHours(2), null);
        work.post(a2.id(), discussion(a2).id(), cat, "I think history still matters more than the articles admit.", now.minusHours(1));
        for (long[] pair : new long[][] {{a1.id(), ann}, {a1.id(), ben}, {a2.id(), ben}, {a2.id(), cat}}) {
            dsl.transaction(cfg -> AssignmentResults.rescoreAndRecompute(cfg.dsl(), pair[0], pair[1], null, null));
        }
        // The instructor grades the two discussion posts through the grading page.
        grade(a1, annPost, "4");
        grade(a2, benPost, "3");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static long user(String email) {
        return new UserRepository(Fixtures.dsl(server)).findByEmail(email).orElseThrow().id();
    }

    static QuestionBank.StoredQuestion discussion(Assignment a) {
        return new QuestionBank(Fixtures.dsl(server)).forModule(a.moduleId(), true).stream()
                .filter(q -> q.question().type() == QuestionType.discussion).findFirst().orElseThrow();
    }

    /** An attempt answering every counted question, all right (credit 1) or all wrong (credit 0). */
    static void attempt(Assignment a, long userId, int number, OffsetDateTime started, OffsetDateTime submitted, boolean right) {
        WorkRepository work = new WorkRepository(Fixtures.dsl(server));
        long attempt = work.attempt(a.id(), userId, number, started, submitted);
        for (QuestionBank.StoredQuestion q : new QuestionBank(Fixtures.dsl(server)).forModule(a.moduleId(), true)) {
            if (AssignmentResults.SCORED_TYPES.contains(q.question().type())) {
                work.answer(attempt, q.id(), q.revisionId(), right && q.question().answer() != null ? q.question().answer() : "my answer", right,
                        right ? BigDecimal.ONE : BigDecimal.ZERO, started.plusMinutes(1), 10_000);
            }
        }
    }

    static void grade(Assignment a, long postId, String points) {
        String page = "/assignments/" + a.id() + "/grading/discussion";
        assertThat(instructor.submit(page, page, Map.of("points_" + postId, points, "comment_" + postId, "Thank you.")).status())
                .isEqualTo(303);
    }

    static Document grid(String query) {
        return instructor.get("/classes/" + classId + "/review" + query).html();
    }

    /** The index of an assignment's column (found by its settings link in the heading). */
    static int column(Document grid, Assignment a) {
        List<Element> heads = grid.select("table.review-grid thead th");
        for (int i = 0; i < heads.size(); i++) {
            if (!heads.get(i).select("a[href=/assignments/" + a.id() + "/edit]").isEmpty()) {
                return i;
            }
        }
        throw new AssertionError("no column for assignment " + a.id());
    }

    /** The grid cell of a student (by name) and assignment. */
    static Element cell(Document grid, String student, Assignment a) {
        for (Element row : grid.select("table.review-grid tbody tr")) {
            if (row.selectFirst("th").text().equals(student)) {
                return row.child(column(grid, a));
            }
        }
        throw new AssertionError("no row for " + student);
    }

    @Test
    void eachCellShowsTheHandComputedPointsAndStatus() {
        Document g = grid("");
        assertThat(cell(g, "Ann Archer", a1).text()).isEqualTo("14 submitted");
        assertThat(cell(g, "Ben Brook", a1).text()).isEqualTo("8 submitted late");
        assertThat(cell(g, "Cat Cole", a1).text()).isEqualTo("— missing");
        assertThat(cell(g, "Ann Archer", a2).text()).isEqualTo("— not started");
        assertThat(cell(g, "Ben Brook", a2).text()).isEqualTo("8 submitted");
        assertThat(cell(g, "Cat Cole", a2).text()).isEqualTo("— in progress");
    }

    @Test
    void lateAndMissingWorkIsMarkedOnlyWhereItIs() {
        Document g = grid("");
        assertThat(g.select("table.review-grid td.late")).containsExactly(cell(g, "Ben Brook", a1));
        assertThat(g.select("table.review-grid td.missing")).containsExactly(cell(g, "Cat Cole", a1));
    }

    @Test
    void totalsAndClassAveragesMatchTheHandComputedValues() {
        Document g = grid("");
        assertThat(g.select("table.review-grid tbody tr").eachText()).containsExactly(
                "Ann Archer 14 submitted — not started 14",
                "Ben Brook 8 submitted late 8 submitted 16",
                "Cat Cole — missing — in progress 0");
        List<String> averages = g.select("tfoot tr.averages td").eachText();
        // The footer row starts with its heading cell; its td cells line up with the assignment columns.
        assertThat(averages.get(column(g, a1) - 1)).isEqualTo("11 (73%) 2 submitted");
        assertThat(averages.get(column(g, a2) - 1)).isEqualTo("8 (53%) 1 submitted");
    }

    @Test
    void sortingByTotalOrdersRowsAndTheSortedHeadingSaysSo() {
        Document g = grid("?sort=total&dir=desc");
        assertThat(g.select("table.review-grid tbody th").eachText()).containsExactly("Ben Brook", "Ann Archer", "Cat Cole");
        Element total = g.select("table.review-grid thead th").last();
        assertThat(total.attr("aria-sort")).isEqualTo("descending");
        assertThat(g.select("table.review-grid thead th[aria-sort]")).as("only the sorted column").hasSize(1);
        assertThat(g.selectFirst("caption [role=status]").text()).isEqualTo("Sorted by total, highest first.");
        Document byName = grid("");
        assertThat(byName.select("table.review-grid thead th").first().attr("aria-sort")).isEqualTo("ascending");
        assertThat(byName.select("table.review-grid thead th a").first().hasAttr("aria-sort")).as("on the header, not the link").isFalse();
    }

    @Test
    void theLongCsvHasTheHandComputedRowForEachStudentAndAssignment() throws Exception {
        WebClient.Page p = instructor.get("/classes/" + classId + "/grades.csv?format=long");
        List<CSVRecord> rows = CSVFormat.RFC4180.parse(new StringReader(p.body())).getRecords();
        // student, assignment id -> score, points_possible, percent, status, late
        Map<String, List<String>> expected = Map.of(
                "Ann Archer/" + a1.id(), List.of("14", "15", "93.3", "submitted", "false"),
                "Ann Archer/" + a2.id(), List.of("", "15", "", "not_started", "false"),
                "Ben Brook/" + a1.id(), List.of("8", "15", "53.3", "submitted", "true"),
                "Ben Brook/" + a2.id(), List.of("8", "15", "53.3", "submitted", "false"),
                "Cat Cole/" + a1.id(), List.of("", "15", "", "missing", "false"),
                "Cat Cole/" + a2.id(), List.of("", "15", "", "in_progress", "false"));
        assertThat(rows).hasSize(1 + 6);
        for (CSVRecord r : rows.subList(1, rows.size())) {
            assertThat(List.of(r.get(5), r.get(6), r.get(7), r.get(8), r.get(10))).as(r.get(0) + " " + r.get(3))
                    .isEqualTo(expected.get(r.get(0) + "/" + r.get(4)));
        }
        assertThat(rows.stream().skip(1).filter(r -> r.get(0).equals("Ben Brook") && r.get(4).equals(String.valueOf(a1.id())))
                .findFirst().orElseThrow().get(9)).as("submitted_at of the late attempt").isNotEmpty();
    }
}
