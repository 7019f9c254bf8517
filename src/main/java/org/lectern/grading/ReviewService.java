package org.lectern.grading;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jooq.DSLContext;
import org.lectern.accounts.User;
import org.lectern.assignments.Assignment;
import org.lectern.assignments.AssignmentRepository;
import org.lectern.classes.ClassService;
import org.lectern.classes.RosterEntry;
import org.lectern.classes.SchoolClass;
import org.lectern.importing.ModuleRepository;
import org.lectern.questions.Question;
import org.lectern.questions.QuestionBank;
import org.lectern.questions.QuestionType;
import org.lectern.shared.InvalidInput;
import org.lectern.shared.NotFound;

/**
 * What an instructor sees of their students' work: the class × assignment grid, one student's
 * work, item analysis, discussion and short-answer grading, and the grade export. Every method
 * checks that the instructor teaches the class.
 */
public final class ReviewService {

    private final DSLContext dsl;
    private final ClassService classes;
    private final AssignmentRepository assignments;
    private final ModuleRepository modules;
    private final QuestionBank questions;
    private final ReviewRepository review;

    public ReviewService(DSLContext dsl, ClassService classes) {
        this.dsl = dsl;
        this.classes = classes;
        this.assignments = new AssignmentRepository(dsl);
        this.modules = new ModuleRepository(dsl);
        this.questions = new QuestionBank(dsl);
        this.review = new ReviewRepository(dsl);
    }

    /** An assignment with its module's title, as columns and headings show it. */
    public record Titled(Assignment assignment, String title) {}

    public record GridCell(String status, BigDecimal points, BigDecimal pointsPossible, boolean late, boolean missing,
                           int attemptsUsed) {
        public String percent() {
            return points == null || pointsPossible.signum() == 0 ? ""
                    : points.multiply(BigDecimal.valueOf(100)).divide(pointsPossible, 0, RoundingMode.HALF_UP) + "%";
        }

        public String label() {
            if (missing) {
                return "missing";
            }
            return switch (status) {
                case "submitted" -> late ? "submitted late" : "submitted";
                case "in_progress" -> "in progress";
                default -> "not started";
            };
        }
    }

    public record GridRow(long userId, String name, String email, String section, List<GridCell> cells, BigDecimal total) {}

    public record Average(String points, String percent, int submitted) {}

    public record Grid(SchoolClass schoolClass, List<Titled> assignments, List<GridRow> rows, List<Average> averages,
                       String sort, String dir) {
        /** The sort order in words, for the caption (read out after a sort reloads the page). */
        public String sortLabel() {
            boolean asc = "asc".equals(dir);
            if (sort.equals("total")) {
                return "Sorted by total, " + (asc ? "lowest first." : "highest first.");
            }
            for (Titled t : assignments) {
                if (sort.equals("a" + t.assignment().id())) {
                    return "Sorted by " + t.title() + ", " + (asc ? "lowest first." : "highest first.");
                }
            }
            return "Sorted by student, " + (asc ? "A to Z." : "Z to A.");
        }
    }

    public Grid grid(User instructor, long classId, String sort, String dir) {
        SchoolClass c = classes.taughtClass(instructor, classId);
        List<Titled> titled = titled(classId);
        Map<Long, Integer> index = new HashMap<>();
        for (int i = 0; i < titled.size(); i++) {
            index.put(titled.get(i).assignment().id(), i);
        }
        OffsetDateTime now = OffsetDateTime.now();
        Map<Long, GridRow> rows = new LinkedHashMap<>();
        Map<Long, GridCell[]> cells = new HashMap<>();
        review.streamCells(classId, cell -> {
            GridCell[] row = cells.computeIfAbsent(cell.userId(), id -> new GridCell[titled.size()]);
            rows.putIfAbsent(cell.userId(), new GridRow(cell.userId(), cell.name(), cell.email(), cell.section(), List.of(), null));
            Integer i = index.get(cell.assignmentId());
            if (i != null) {
                Assignment a = titled.get(i).assignment();
                row[i] = new GridCell(cell.status(), cell.points(), a.pointsPossible(), cell.late(),
                        "missing".equals(GradeExport.status(cell, now)), cell.attemptsUsed());
            }
        });
        List<GridRow> out = new ArrayList<>();
        for (GridRow r : rows.values()) {
            List<GridCell> list = List.of(cells.get(r.userId()));
            BigDecimal total = list.stream().map(GridCell::points).filter(java.util.Objects::nonNull)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            out.add(new GridRow(r.userId(), r.name(), r.email(), r.section(), list, total));
        }
        String s = sort == null || sort.isBlank() ? "name" : sort;
        boolean desc = "desc".equals(dir);
        Comparator<GridRow> cmp = Comparator.comparing(r -> r.name().toLowerCase(java.util.Locale.ROOT));
        if (s.equals("total")) {
            cmp = Comparator.comparing(GridRow::total);
        } else if (s.startsWith("a")) {
            try {
                Integer i = index.get(Long.parseLong(s.substring(1)));
                if (i != null) {
                    cmp = Comparator.comparing((GridRow r) -> r.cells().get(i).points(),
                            Comparator.nullsFirst(Comparator.naturalOrder()));
                }
            } catch (NumberFormatException e) {
                s = "name";
            }
        }
        cmp = cmp.thenComparing(GridRow::userId);
        out.sort(desc ? cmp.reversed() : cmp);

        List<Average> averages = new ArrayList<>();
        for (int i = 0; i < titled.size(); i++) {
            final int col = i;
            List<BigDecimal> pts = out.stream().map(r -> r.cells().get(col)).filter(g -> "submitted".equals(g.status()))
                    .map(GridCell::points).filter(java.util.Objects::nonNull).toList();
            if (pts.isEmpty()) {
                averages.add(new Average("", "", 0));
                continue;
            }
            BigDecimal mean = pts.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(pts.size()), 2, RoundingMode.HALF_UP);
            BigDecimal possible = titled.get(i).assignment().pointsPossible();
            String percent = possible.signum() == 0 ? ""
                    : mean.multiply(BigDecimal.valueOf(100)).divide(possible, 0, RoundingMode.HALF_UP) + "%";
            averages.add(new Average(GradeExport.number(mean), percent, pts.size()));
        }
        return new Grid(c, titled, out, averages, s, desc ? "desc" : "asc");
    }

    public List<Titled> titled(long classId) {
        Map<Long, String> titles = new HashMap<>();
        modules.list().forEach(m -> titles.put(m.id(), m.title()));
        return assignments.forClass(classId).stream().map(a -> new Titled(a, titles.getOrDefault(a.moduleId(), "Module " + a.moduleId())))
                .toList();
    }

    // ---- Student drill-down ------------------------------------------------------------------

    public record AnswerView(long answerId, int attempt, String prompt, String type, String response, Boolean correct,
                             BigDecimal credit, String timeSpent, String feedback) {}

    public record SectionProgress(String title, int sectionsRead, int sections, boolean completed) {}

    public record AssignmentWork(Titled assignment, GridCell cell, List<AnswerView> answers,
                                 List<ReviewRepository.PostRow> posts, SectionProgress reading) {}

    public record StudentWork(SchoolClass schoolClass, RosterEntry student, List<AssignmentWork> assignments) {}

    public StudentWork student(User instructor, long classId, long studentId) {
        SchoolClass c = classes.taughtClass(instructor, classId);
        RosterEntry student = classes.roster(instructor, classId).stream().filter(r -> r.userId() == studentId).findFirst()
                .orElseThrow(() -> new NotFound("This student is not in the class."));
        List<Titled> titled = titled(classId);
        Map<Long, GridCell> cells = new HashMap<>();
        OffsetDateTime now = OffsetDateTime.now();
        review.streamCells(classId, cell -> {
            if (cell.userId() == studentId) {
                Assignment a = titled.stream().filter(t -> t.assignment().id() == cell.assignmentId()).findFirst()
                        .map(Titled::assignment).orElse(null);
                if (a != null) {
                    cells.put(cell.assignmentId(), new GridCell(cell.status(), cell.points(), a.pointsPossible(), cell.late(),
                            "missing".equals(GradeExport.status(cell, now)), cell.attemptsUsed()));
                }
            }
        });
        List<ReviewRepository.AnswerRow> answers = review.answersOfStudent(classId, studentId);
        List<ReviewRepository.PostRow> posts = review.postsOfStudent(classId, studentId);
        Map<Long, ReviewRepository.ProgressRow> progress = new HashMap<>();
        review.readingProgress(studentId).forEach(p -> progress.put(p.moduleId(), p));
        List<AssignmentWork> work = new ArrayList<>();
        for (Titled t : titled) {
            long aid = t.assignment().id();
            List<AnswerView> views = answers.stream().filter(a -> a.assignmentId() == aid).map(a -> {
                Question q = QuestionBank.fromJson(a.revisionBody());
                return new AnswerView(a.answerId(), a.attemptNumber(), q.prompt(), q.type().name(), a.response(), a.correct(),
                        a.credit(), a.timeSpentMs() == null ? "" : Math.round(a.timeSpentMs() / 1000.0) + " s", a.feedback());
            }).toList();
            int sections = modules.findById(t.assignment().moduleId()).map(m -> m.module().sections().size()).orElse(0);
            ReviewRepository.ProgressRow p = progress.get(t.assignment().moduleId());
            SectionProgress reading = new SectionProgress(t.title(), p == null ? 0 : Math.min(p.sectionsRead(), sections),
                    sections, p != null && p.completedAt() != null);
            GridCell cell = cells.getOrDefault(aid, new GridCell("not_started", null, t.assignment().pointsPossible(), false, false, 0));
            work.add(new AssignmentWork(t, cell, views, posts.stream().filter(x -> x.assignmentId() == aid).toList(), reading));
        }
        return new StudentWork(c, student, work);
    }

    // ---- Item analysis -----------------------------------------------------------------------

    public record ItemView(QuestionBank.StoredQuestion question, ItemAnalysis.Stats stats) {}

    public record ItemReport(Titled assignment, SchoolClass schoolClass, List<ItemView> items, int students) {}

    public ItemReport items(User instructor, long assignmentId) {
        Assignment a = ownedAssignment(instructor, assignmentId);
        SchoolClass c = classes.taughtClass(instructor, a.classId());
        Titled t = titled(a.classId()).stream().filter(x -> x.assignment().id() == assignmentId).findFirst().orElseThrow();
        List<QuestionBank.StoredQuestion> qs = questions.forModule(a.moduleId(), false).stream()
                .filter(q -> q.question().type() != QuestionType.discussion && !"retired".equals(q.status())).toList();
        // Each student's last submitted attempt.
        Map<Long, Long> lastAttempt = new HashMap<>();
        Map<Long, Integer> lastNumber = new HashMap<>();
        List<ReviewRepository.AnswerRow> rows = review.answersOfAssignment(assignmentId).stream()
                .filter(ReviewRepository.AnswerRow::submitted).toList();
        for (ReviewRepository.AnswerRow r : rows) {
            if (lastNumber.getOrDefault(r.userId(), -1) < r.attemptNumber()) {
                lastNumber.put(r.userId(), r.attemptNumber());
                lastAttempt.put(r.userId(), r.attemptId());
            }
        }
        List<ItemAnalysis.Item> items = new ArrayList<>();
        for (QuestionBank.StoredQuestion q : qs) {
            List<ItemAnalysis.Response> responses = new ArrayList<>();
            for (ReviewRepository.AnswerRow r : rows) {
                if (r.questionId() == q.id() && lastAttempt.get(r.userId()) == r.attemptId() && r.credit() != null) {
                    responses.add(new ItemAnalysis.Response(r.userId(), r.response(), r.credit().doubleValue()));
                }
            }
            items.add(new ItemAnalysis.Item(q.id(), choices(q.question()), q.question().answer(), responses));
        }
        List<ItemAnalysis.Stats> stats = ItemAnalysis.analyse(items);
        List<ItemView> views = new ArrayList<>();
        for (int i = 0; i < qs.size(); i++) {
            views.add(new ItemView(qs.get(i), stats.get(i)));
        }
        return new ItemReport(t, c, views, lastAttempt.size());
    }

    static List<String> choices(Question q) {
        return switch (q.type()) {
            case multiple_choice, main_idea -> q.options();
            case true_false -> List.of("true", "false");
            default -> List.of();
        };
    }

    // ---- Discussion grading ------------------------------------------------------------------

    public record DiscussionQuestion(long questionId, String prompt, List<ReviewRepository.PostRow> posts) {}

    public record DiscussionGrading(Titled assignment, SchoolClass schoolClass, List<DiscussionQuestion> questions) {}

    public DiscussionGrading discussion(User instructor, long assignmentId) {
        Assignment a = ownedAssignment(instructor, assignmentId);
        SchoolClass c = classes.taughtClass(instructor, a.classId());
        Titled t = titled(a.classId()).stream().filter(x -> x.assignment().id() == assignmentId).findFirst().orElseThrow();
        Map<Long, List<ReviewRepository.PostRow>> byQuestion = new LinkedHashMap<>();
        for (ReviewRepository.PostRow p : review.postsOfAssignment(assignmentId)) {
            byQuestion.computeIfAbsent(p.questionId(), k -> new ArrayList<>()).add(p);
        }
        List<DiscussionQuestion> out = new ArrayList<>();
        byQuestion.forEach((qid, posts) -> out.add(new DiscussionQuestion(qid,
                questions.find(qid).map(q -> q.question().prompt()).orElse(""), posts)));
        return new DiscussionGrading(t, c, out);
    }

    /** A grade for one response: points and a comment, given as form text. */
    public record Grade(long id, String points, String comment) {}

    /** Grades discussion responses; blank points leave a response ungraded. Returns how many were graded. */
    public int gradeDiscussion(User instructor, long assignmentId, List<Grade> grades) {
        Assignment a = ownedAssignment(instructor, assignmentId);
        Map<Long, BigDecimal> parsed = new LinkedHashMap<>();
        for (Grade g : grades) {
            ReviewRepository.PostRow post = review.post(g.id()).orElseThrow(() -> new NotFound("No such response."));
            if (post.assignmentId() != assignmentId || post.parentId() != null) {
                throw new InvalidInput("That response does not belong to this assignment.");
            }
            if (g.points() == null || g.points().isBlank()) {
                continue;
            }
            BigDecimal pts = parsePoints(g.points(), post.studentName());
            if (pts.compareTo(a.discussionPoints()) > 0) {
                throw new InvalidInput("Points for " + post.studentName() + " must be at most "
                        + GradeExport.number(a.discussionPoints()) + ".");
            }
            parsed.put(g.id(), pts);
        }
        Map<Long, String> comments = new HashMap<>();
        grades.forEach(g -> comments.put(g.id(), limit(g.comment())));
        Set<Long> students = new TreeSet<>();
        dsl.transaction(cfg -> {
            ReviewRepository tx = new ReviewRepository(cfg.dsl());
            parsed.forEach((id, pts) -> {
                tx.gradePost(id, pts, comments.get(id), instructor.id());
                students.add(tx.post(id).orElseThrow().userId());
            });
            for (long sid : students) {
                AssignmentResults.recompute(cfg.dsl(), assignmentId, sid, "discussion graded", instructor.id());
            }
        });
        return parsed.size();
    }

    // ---- Short-answer grading ----------------------------------------------------------------

    public record ShortAnswer(long answerId, String studentName, int attempt, String prompt, String response,
                              String modelAnswer, List<String> evidence, BigDecimal credit, String feedback) {}

    public record ShortAnswerGrading(Titled assignment, SchoolClass schoolClass, List<ShortAnswer> answers) {}

    public ShortAnswerGrading shortAnswers(User instructor, long assignmentId) {
        Assignment a = ownedAssignment(instructor, assignmentId);
        SchoolClass c = classes.taughtClass(instructor, a.classId());
        Titled t = titled(a.classId()).stream().filter(x -> x.assignment().id() == assignmentId).findFirst().orElseThrow();
        List<ShortAnswer> out = new ArrayList<>();
        for (ReviewRepository.AnswerRow r : review.answersOfAssignment(assignmentId)) {
            Question q = QuestionBank.fromJson(r.revisionBody());
            if (q.type() == QuestionType.short_answer) {
                out.add(new ShortAnswer(r.answerId(), r.studentName(), r.attemptNumber(), q.prompt(), r.response(),
                        q.answer(), q.evidence(), r.credit(), r.feedback()));
            }
        }
        out.sort(Comparator.comparing((ShortAnswer s) -> s.credit() != null).thenComparing(ShortAnswer::studentName));
        return new ShortAnswerGrading(t, c, out);
    }

    /** Grades short answers: credit 0..1 each; blank leaves one ungraded. Returns how many were graded. */
    public int gradeShortAnswers(User instructor, long assignmentId, List<Grade> grades) {
        ownedAssignment(instructor, assignmentId);
        Map<Long, BigDecimal> parsed = new LinkedHashMap<>();
        for (Grade g : grades) {
            ReviewRepository.AnswerRow row = review.answer(g.id()).orElseThrow(() -> new NotFound("No such answer."));
            if (row.assignmentId() != assignmentId) {
                throw new InvalidInput("That answer does not belong to this assignment.");
            }
            if (g.points() == null || g.points().isBlank()) {
                continue;
            }
            BigDecimal credit = parsePoints(g.points(), row.studentName());
            if (credit.compareTo(BigDecimal.ONE) > 0) {
                throw new InvalidInput("Credit for " + row.studentName() + " must be between 0 and 1.");
            }
            parsed.put(g.id(), credit);
        }
        Map<Long, String> comments = new HashMap<>();
        grades.forEach(g -> comments.put(g.id(), limit(g.comment())));
        Set<Long> students = new TreeSet<>();
        dsl.transaction(cfg -> {
            ReviewRepository tx = new ReviewRepository(cfg.dsl());
            parsed.forEach((id, credit) -> {
                tx.gradeAnswer(id, credit, comments.get(id), instructor.id());
                students.add(tx.answer(id).orElseThrow().userId());
            });
            for (long sid : students) {
                AssignmentResults.rescoreAndRecompute(cfg.dsl(), assignmentId, sid, "short answer graded", instructor.id());
            }
        });
        return parsed.size();
    }

    public List<ReviewRepository.ScoreChange> scoreChanges(User instructor, long assignmentId) {
        ownedAssignment(instructor, assignmentId);
        return review.scoreChanges(assignmentId);
    }

    // ---- Grade export ------------------------------------------------------------------------

    public void exportGrades(User instructor, long classId, GradeExport.Format format, OutputStream out) {
        classes.taughtClass(instructor, classId);
        exportGrades(dsl, classId, format, out);
    }

    /** The export without a signed-in instructor (command line). */
    public static void exportGrades(DSLContext dsl, long classId, GradeExport.Format format, OutputStream out) {
        Map<Long, String> titles = new HashMap<>();
        new ModuleRepository(dsl).list().forEach(m -> titles.put(m.id(), m.title()));
        List<GradeExport.Column> columns = new AssignmentRepository(dsl).forClass(classId).stream()
                .map(a -> new GradeExport.Column(a.id(), titles.getOrDefault(a.moduleId(), "Module " + a.moduleId()), a.pointsPossible()))
                .toList();
        new GradeExport(new ReviewRepository(dsl)).write(classId, columns, format, out);
    }

    public SchoolClass ownedClass(User instructor, long classId) {
        return classes.taughtClass(instructor, classId);
    }

    public Assignment ownedAssignment(User instructor, long assignmentId) {
        Assignment a = assignments.findById(assignmentId).orElseThrow(() -> new NotFound("No such assignment."));
        classes.taughtClass(instructor, a.classId());
        return a;
    }

    private static BigDecimal parsePoints(String raw, String who) {
        try {
            BigDecimal v = new BigDecimal(raw.strip());
            if (v.signum() < 0) {
                throw new InvalidInput("Points for " + who + " cannot be negative.");
            }
            return v.setScale(2, RoundingMode.HALF_UP);
        } catch (NumberFormatException e) {
            throw new InvalidInput("\"" + raw.strip() + "\" (for " + who + ") is not a number.");
        }
    }

    private static String limit(String comment) {
        if (comment == null || comment.isBlank()) {
            return null;
        }
        String c = comment.strip();
        if (c.length() > 5000) {
            throw new InvalidInput("Keep comments under 5,000 characters.");
        }
        return c;
    }
}
