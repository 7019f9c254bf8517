package org.lectern.cli;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import org.jooq.DSLContext;
import org.lectern.accounts.AccountService;
import org.lectern.accounts.PasswordHasher;
import org.lectern.accounts.Role;
import org.lectern.accounts.User;
import org.lectern.accounts.UserRepository;
import org.lectern.assignments.Assignment;
import org.lectern.assignments.AssignmentRepository;
import org.lectern.classes.ClassRepository;
import org.lectern.classes.SchoolClass;
import org.lectern.db.Database;
import org.lectern.grading.AssignmentResults;
import org.lectern.grading.ReviewRepository;
import org.lectern.grading.WorkRepository;
import org.lectern.importing.ModuleLibrary;
import org.lectern.importing.ModuleRepository;
import org.lectern.questions.Question;
import org.lectern.questions.QuestionBank;
import org.lectern.questions.QuestionType;
import org.lectern.quiz.AnswerChecker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Fills the database with a demo class so the review pages have data at once: instructor
 * instructor@demo.lectern, class DEMO01, an assignment per module, 30 students with varied,
 * deterministic progress, answers, discussion posts (some graded). Running it again changes nothing.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Create a demo class (join code DEMO01) with 30 students' work on the seed modules.")
public final class DemoCommand implements Callable<Integer> {

    public static final String INSTRUCTOR_EMAIL = "instructor@demo.lectern";
    public static final String PASSWORD = "demo-lectern";
    public static final String JOIN_CODE = "DEMO01";
    public static final int STUDENTS = 30;

    private static final String[] FIRST = {"Aiko", "Ben", "Chloe", "Dev", "Elena", "Farid", "Grace", "Hiro", "Isla", "Jon",
            "Kemi", "Liam", "Mina", "Noah", "Olga", "Priya", "Quinn", "Rosa", "Sami", "Tariq", "Uma", "Victor", "Wen",
            "Ximena", "Yusuf", "Zoe", "Arjun", "Bea", "Caleb", "Dana"};
    private static final String[] LAST = {"Abe", "Brown", "Chen", "Diaz", "Evans", "Fischer", "Garcia", "Hughes", "Ito",
            "Jensen", "Kim", "Lopez", "Moreau", "Nakamura", "Okafor", "Park", "Quist", "Rossi", "Singh", "Tanaka", "Ueda",
            "Vargas", "Wong", "Xu", "Yilmaz", "Zhang", "Ahmed", "Bauer", "Costa", "Dubois"};
    private static final String[] POSTS = {
            "Both texts agree that cooperation depends on leaders at the top, but the second one puts more weight on what "
                    + "citizens think. I found the point about public opinion convincing because the article gives survey numbers.",
            "I think the first author is more optimistic. The evidence about regular summits suggests the relationship is "
                    + "becoming institutional, while the other text warns that history issues can reverse progress quickly.",
            "The comparison shows a difference in emphasis: security threats on one side, economic ties on the other. "
                    + "My view is that the security argument is stronger, because both governments changed policy after new threats.",
            "Neither text fully explains why earlier agreements failed. The passages quoted suggest domestic politics matter "
                    + "most, and I would want to know more about how each government sells the deal at home."};

    @Mixin
    DatabaseOptions database;

    @Option(names = "--seeds", defaultValue = "${env:LECTERN_SEEDS:-seeds}", description = "Seed articles. Default: ${DEFAULT-VALUE}")
    Path seeds;

    @Option(names = "--content", defaultValue = "${env:LECTERN_CONTENT:-content}",
            description = "Generated and curated modules. Default: ${DEFAULT-VALUE}")
    Path content;

    @Override
    public Integer call() throws IOException {
        try (Database db = Database.open(database.settings())) {
            ModuleLibrary library = new ModuleLibrary(db.dsl(), content);
            library.prepareContent(seeds);
            library.syncToDatabase();
            Summary s = fill(db.dsl(), OffsetDateTime.now(ZoneOffset.UTC));
            System.out.printf("Demo class %s ready: %d students, %d assignments.%n", JOIN_CODE, s.students(), s.assignments());
            System.out.printf("Sign in as %s with password %s (students: student01@demo.lectern … with the same password).%n",
                    INSTRUCTOR_EMAIL, PASSWORD);
        }
        return 0;
    }

    public record Summary(long classId, int students, int assignments) {}

    /** Creates whatever of the demo is missing; deterministic for a given database. */
    public static Summary fill(DSLContext dsl, OffsetDateTime now) {
        AccountService accounts = new AccountService(dsl, new UserRepository(dsl), new PasswordHasher());
        UserRepository users = new UserRepository(dsl);
        boolean firstUser = !users.anyExists();
        User instructor = users.findByEmail(INSTRUCTOR_EMAIL).orElseGet(() ->
                accounts.createUser(dsl, INSTRUCTOR_EMAIL, "Demo Instructor", PASSWORD, Role.instructor, firstUser, false));
        ClassRepository classes = new ClassRepository(dsl);
        SchoolClass c = classes.findByJoinCode(JOIN_CODE).orElseGet(() ->
                classes.insert(instructor.id(), "Demo class: reading seminar", "Demo term", "A", JOIN_CODE));

        List<User> students = new ArrayList<>();
        for (int i = 0; i < STUDENTS; i++) {
            String email = String.format("student%02d@demo.lectern", i + 1);
            String name = FIRST[i] + " " + LAST[(i * 7) % LAST.length];
            User u = users.findByEmail(email).orElseGet(() ->
                    accounts.createUser(dsl, email, name, PASSWORD, Role.student, false, false));
            classes.enrol(c.id(), u.id(), i % 2 == 0 ? "A" : "B");
            students.add(u);
        }

        AssignmentRepository assignments = new AssignmentRepository(dsl);
        List<ModuleRepository.ModuleSummary> modules = new ModuleRepository(dsl).list();
        int[] dueOffsetDays = {-21, -10, -3, 4, 11};
        for (int i = 0; i < modules.size(); i++) {
            long moduleId = modules.get(i).id();
            if (assignments.forClass(c.id()).stream().anyMatch(a -> a.moduleId() == moduleId)) {
                continue;
            }
            int offset = dueOffsetDays[Math.min(i, dueOffsetDays.length - 1)] + 7 * Math.max(0, i - dueOffsetDays.length + 1);
            OffsetDateTime due = now.plusDays(offset).withHour(17).withMinute(0).withSecond(0).withNano(0);
            assignments.insert(new Assignment(0, c.id(), moduleId, due.minusDays(14), due,
                    i == 1 ? Assignment.LatePolicy.penalty : Assignment.LatePolicy.accept, i == 1 ? 20 : 0, 2,
                    Assignment.Scoring.best, i % 2 == 0 ? Assignment.Placement.end : Assignment.Placement.sections,
                    java.util.Set.of(), BigDecimal.TEN, BigDecimal.valueOf(5), Assignment.ShowAnswers.after_due, 30));
        }
        List<Assignment> all = assignments.forClass(c.id());
        for (int i = 0; i < all.size(); i++) {
            Assignment a = all.get(i);
            if (new WorkRepository(dsl).hasAttempts(a.id())) {
                continue;
            }
            long seed = 42L + i;
            dsl.transaction(cfg -> work(cfg.dsl(), a, students, instructor, new Random(seed), now));
        }
        return new Summary(c.id(), students.size(), all.size());
    }

    private static void work(DSLContext tx, Assignment a, List<User> students, User instructor, Random rnd, OffsetDateTime now) {
        WorkRepository work = new WorkRepository(tx);
        ReviewRepository review = new ReviewRepository(tx);
        List<QuestionBank.StoredQuestion> questions = new QuestionBank(tx).forModule(a.moduleId(), true);
        int sections = new ModuleRepository(tx).findById(a.moduleId()).map(m -> m.module().sections().size()).orElse(1);
        boolean pastDue = a.dueAt() != null && a.dueAt().isBefore(now);
        QuestionBank.StoredQuestion discussion = questions.stream()
                .filter(q -> q.question().type() == QuestionType.discussion).findFirst().orElse(null);
        for (int s = 0; s < students.size(); s++) {
            User u = students.get(s);
            double ability = 0.3 + 0.65 * ((s * 37 % 30) / 29.0);
            double engagement = rnd.nextDouble();
            double startShare = pastDue ? 0.9 : 0.5;
            if (engagement > startShare) {
                continue;
            }
            boolean submits = engagement < startShare * (pastDue ? 0.9 : 0.6);
            int read = submits ? sections : 1 + rnd.nextInt(Math.max(1, sections));
            OffsetDateTime started = (a.opensAt() == null ? now.minusDays(7) : a.opensAt()).plusHours(2 + rnd.nextInt(24 * 5));
            if (started.isAfter(now)) {
                started = now.minusHours(1 + rnd.nextInt(48));
            }
            boolean late = pastDue && rnd.nextDouble() < 0.15;
            OffsetDateTime submitted = !submits ? null
                    : late ? a.dueAt().plusHours(3 + rnd.nextInt(48))
                    : min(started.plusMinutes(20 + rnd.nextInt(60)), pastDue ? a.dueAt().minusMinutes(5) : now.minusMinutes(5));
            work.progress(u.id(), a.moduleId(), read, read >= sections ? started.plusMinutes(15) : null);
            int tries = submits && rnd.nextDouble() < 0.3 ? 2 : 1;
            for (int n = 1; n <= tries; n++) {
                OffsetDateTime sub = n < tries ? started.plusMinutes(10) : submitted;
                long attempt = work.attempt(a.id(), u.id(), n, started, sub);
                double skill = Math.min(0.98, ability + (n - 1) * 0.1);
                int answered = 0;
                for (QuestionBank.StoredQuestion q : questions) {
                    if (q.question().type() == QuestionType.discussion) {
                        continue;
                    }
                    if (sub == null && answered >= questions.size() / 2) {
                        break;
                    }
                    double p = skill - 0.08 * (q.question().difficulty() - 2) - (q.id() % 7 == 0 ? 0.35 : 0);
                    String response = response(q.question(), rnd.nextDouble() < p, rnd);
                    AnswerChecker.Result r = AnswerChecker.check(q.question(), response);
                    work.answer(attempt, q.id(), q.revisionId(), response, r.correct(), r.credit(), started.plusMinutes(5 + answered),
                            8000 + rnd.nextInt(60000));
                    answered++;
                }
            }
            if (discussion != null && submits && rnd.nextDouble() < 0.7) {
                long post = work.post(a.id(), discussion.id(), u.id(), POSTS[rnd.nextInt(POSTS.length)], submitted.minusMinutes(2));
                if (rnd.nextBoolean()) {
                    review.gradePost(post, BigDecimal.valueOf(2 + rnd.nextInt(4)), rnd.nextBoolean()
                            ? "Good use of the evidence." : "Say more about why you find one argument stronger.", instructor.id());
                }
            }
            AssignmentResults.rescoreAndRecompute(tx, a.id(), u.id(), null, null);
        }
        // Grade about half of the short answers, then recompute those students.
        java.util.Set<Long> graded = new java.util.TreeSet<>();
        for (ReviewRepository.AnswerRow row : review.answersOfAssignment(a.id())) {
            if (row.credit() == null && row.submitted() && rnd.nextBoolean()) {
                review.gradeAnswer(row.answerId(), BigDecimal.valueOf(rnd.nextInt(3)).divide(BigDecimal.valueOf(2)),
                        "Graded in the demo.", instructor.id());
                graded.add(row.userId());
            }
        }
        for (long uid : graded) {
            AssignmentResults.rescoreAndRecompute(tx, a.id(), uid, null, null);
        }
    }

    private static OffsetDateTime min(OffsetDateTime x, OffsetDateTime y) {
        return x.isBefore(y) ? x : y;
    }

    /** A realistic response: the key when right, a plausible wrong answer otherwise. */
    static String response(Question q, boolean right, Random rnd) {
        return switch (q.type()) {
            case multiple_choice, main_idea -> {
                List<String> wrong = q.options().stream().filter(o -> !o.equals(q.answer())).toList();
                yield right || wrong.isEmpty() ? q.answer() : wrong.get(rnd.nextInt(wrong.size()));
            }
            case true_false -> right ? q.answer() : ("true".equals(q.answer()) ? "false" : "true");
            case cloze -> right ? q.answer() : "not sure";
            case select_evidence -> right ? (q.evidence().isEmpty() ? q.answer() : q.evidence().get(0)) : "A different sentence.";
            case ordering -> {
                List<String> order = new ArrayList<>(q.items());
                if (!right && order.size() > 1) {
                    Collections.swap(order, 0, 1 + rnd.nextInt(order.size() - 1));
                }
                yield AnswerChecker.orderingResponse(order);
            }
            case matching -> {
                Map<String, String> chosen = new LinkedHashMap<>();
                List<Question.Pair> pairs = q.pairs();
                for (int i = 0; i < pairs.size(); i++) {
                    int j = right || pairs.size() < 2 ? i : (i + 1) % pairs.size();
                    chosen.put(pairs.get(i).left(), pairs.get(j).right());
                }
                yield AnswerChecker.matchingResponse(chosen);
            }
            case short_answer -> {
                String model = q.answer() == null ? "" : q.answer();
                yield right ? model.substring(0, Math.min(model.length(), 160)) : "I think it is about the relationship getting better.";
            }
            case discussion -> "";
        };
    }
}
