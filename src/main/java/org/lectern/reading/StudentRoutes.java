package org.lectern.reading;

import static org.lectern.web.RequestContext.form;
import static org.lectern.web.RequestContext.pathId;
import static org.lectern.web.RequestContext.requireUser;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.lectern.accounts.User;
import org.lectern.discussion.DiscussionService;
import org.lectern.questions.QuestionBank;
import org.lectern.quiz.QuestionView;
import org.lectern.quiz.QuizService;
import org.lectern.quiz.StudentAssignments;
import org.lectern.shared.InvalidInput;
import org.lectern.shared.SchoolTime;
import org.lectern.web.Access;
import org.lectern.web.Routes;
import org.lectern.web.SharedFragment;
import org.lectern.web.ThymeleafRenderer;

/**
 * The student's pages for one assigned module (reading by section, questions, discussion), their
 * highlights and notes, and the progress page. Plain forms with POST-redirect-GET; a rejected
 * form is shown again with what was typed and the reason.
 */
public final class StudentRoutes {

    /** The template of the parts every student of a class sees alike (header, sections list, about). */
    private static final String PARTS = "reading-parts";
    private static final Pattern RETURN = Pattern.compile("^/assignments/\\d+/(read/\\d+|questions|discussion)$");
    /** Sent by the page's script to answer in place ({@link #renderAnswered}); without it, POST-redirect-GET. */
    public static final String PARTIAL_HEADER = "X-Lectern-Partial";
    public static final String IN_PLACE = "answer";

    private StudentRoutes() {}

    public static void register(Routes routes, StudentAssignments access, ReadingService reading, QuizService quiz,
                                DiscussionService discussion) {
        routes.get("/assignments/{id}", Access.STUDENT, ctx -> {
            User u = requireUser(ctx);
            long id = pathId(ctx, "id");
            access.open(u, id);
            String url = reading.assignments(u).stream().filter(r -> r.assignmentId() == id).findFirst()
                    .map(ReadingService.AssignmentRow::continueUrl).orElse("/assignments/" + id + "/read/0");
            ctx.redirect(url, HttpStatus.SEE_OTHER);
        });

        routes.get("/assignments/{id}/read/{section}", Access.STUDENT, ctx ->
                renderRead(ctx, access, reading, quiz, null, null, true));

        routes.post("/assignments/{id}/read/{section}/next", Access.STUDENT, ctx -> {
            User u = requireUser(ctx);
            StudentAssignments.Opened a = access.open(u, pathId(ctx, "id"));
            ctx.redirect(reading.advance(u, a, (int) pathId(ctx, "section")), HttpStatus.SEE_OTHER);
        });

        routes.get("/assignments/{id}/questions", Access.STUDENT, ctx -> renderQuestions(ctx, access, reading, quiz, null, null));

        routes.post("/assignments/{id}/questions/{question}", Access.STUDENT, ctx -> {
            User u = requireUser(ctx);
            StudentAssignments.Opened a = access.open(u, pathId(ctx, "id"));
            long questionId = pathId(ctx, "question");
            Map<String, String> fields = new HashMap<>();
            ctx.formParamMap().forEach((k, v) -> fields.put(k, v.isEmpty() ? "" : v.get(0)));
            String back = returnTo(ctx, a);
            boolean inPlace = IN_PLACE.equals(ctx.header(PARTIAL_HEADER));
            try {
                QuestionBank.StoredQuestion answered =
                        quiz.answer(u, a, questionId, longField(ctx, "revision"), (int) longField(ctx, "attempt"), fields);
                if (inPlace) {
                    renderAnswered(ctx, a, reading, quiz, questionId, answered, back, null);
                } else {
                    ctx.redirect(back + "#q-" + questionId, HttpStatus.SEE_OTHER);
                }
            } catch (InvalidInput e) {
                ctx.status(400);
                QuizService.Pending pending = new QuizService.Pending(questionId, fields, e.getMessage());
                if (inPlace) {
                    renderAnswered(ctx, a, reading, quiz, questionId, null, back, pending);
                } else if (back.endsWith("/questions")) {
                    renderQuestions(ctx, access, reading, quiz, pending, e.getMessage());
                } else {
                    renderReadAt(ctx, access, reading, quiz, Integer.parseInt(back.substring(back.lastIndexOf('/') + 1)),
                            pending, e.getMessage());
                }
            }
        });

        routes.post("/assignments/{id}/attempts/{number}/submit", Access.STUDENT, ctx -> {
            User u = requireUser(ctx);
            StudentAssignments.Opened a = access.open(u, pathId(ctx, "id"));
            try {
                quiz.submitAttempt(u, a, (int) pathId(ctx, "number"));
                ctx.redirect("/assignments/" + a.id() + "/questions?submitted", HttpStatus.SEE_OTHER);
            } catch (InvalidInput e) {
                ctx.status(400);
                renderQuestions(ctx, access, reading, quiz, null, e.getMessage());
            }
        });

        routes.post("/assignments/{id}/attempts", Access.STUDENT, ctx -> {
            User u = requireUser(ctx);
            StudentAssignments.Opened a = access.open(u, pathId(ctx, "id"));
            try {
                quiz.startAttempt(u, a, (int) longField(ctx, "number"));
                ctx.redirect("/assignments/" + a.id() + "/questions", HttpStatus.SEE_OTHER);
            } catch (InvalidInput e) {
                ctx.status(400);
                renderQuestions(ctx, access, reading, quiz, null, e.getMessage());
            }
        });

        routes.get("/assignments/{id}/discussion", Access.STUDENT, ctx -> renderDiscussion(ctx, access, reading.time(), discussion, -1, "", null));

        routes.post("/assignments/{id}/discussion/{question}", Access.STUDENT, ctx -> {
            User u = requireUser(ctx);
            StudentAssignments.Opened a = access.open(u, pathId(ctx, "id"));
            long q = pathId(ctx, "question");
            try {
                discussion.post(u, a, q, form(ctx, "body"));
                ctx.redirect("/assignments/" + a.id() + "/discussion#d-" + q, HttpStatus.SEE_OTHER);
            } catch (InvalidInput e) {
                ctx.status(400);
                renderDiscussion(ctx, access, reading.time(), discussion, q, form(ctx, "body"), e.getMessage());
            }
        });

        routes.post("/assignments/{id}/discussion/posts/{post}/replies", Access.STUDENT, ctx -> {
            User u = requireUser(ctx);
            StudentAssignments.Opened a = access.open(u, pathId(ctx, "id"));
            long post = pathId(ctx, "post");
            try {
                discussion.reply(u, a, post, form(ctx, "body"));
                ctx.redirect("/assignments/" + a.id() + "/discussion#p-" + post, HttpStatus.SEE_OTHER);
            } catch (InvalidInput e) {
                ctx.status(400);
                renderDiscussion(ctx, access, reading.time(), discussion, -1, "", e.getMessage());
            }
        });

        routes.post("/modules/{id}/highlights", Access.STUDENT, ctx -> {
            User u = requireUser(ctx);
            long moduleId = pathId(ctx, "id");
            reading.highlight(u, moduleId, form(ctx, "sentence"), !"remove".equals(form(ctx, "action")));
            String ref = form(ctx, "sentence");
            ctx.redirect(safeReturn(form(ctx, "return")) + "#s-" + ref.replace('.', '-'), HttpStatus.SEE_OTHER);
        });

        routes.post("/modules/{id}/notes", Access.STUDENT, ctx -> {
            User u = requireUser(ctx);
            reading.saveNote(u, pathId(ctx, "id"), form(ctx, "body"));
            ctx.redirect(safeReturn(form(ctx, "return")) + "#notes", HttpStatus.SEE_OTHER);
        });

        routes.get("/progress", Access.STUDENT, ctx -> {
            User u = requireUser(ctx);
            ctx.render("progress", Map.of("rows", reading.assignments(u), "feedback", quizFeedback(u, access, quiz, reading)));
        });
    }

    /** Instructor feedback per assignment for the progress page. */
    private static Map<Long, List<String>> quizFeedback(User u, StudentAssignments access, QuizService quiz, ReadingService reading) {
        Map<Long, List<String>> out = new HashMap<>();
        for (ReadingService.AssignmentRow r : reading.assignments(u)) {
            out.put(r.assignmentId(), quiz.feedback(u, r.assignmentId()));
        }
        return out;
    }

    private static void renderRead(Context ctx, StudentAssignments access, ReadingService reading, QuizService quiz,
                                   QuizService.Pending pending, String error, boolean visit) {
        renderReadAt(ctx, access, reading, quiz, (int) pathId(ctx, "section"), pending, error, visit);
    }

    private static void renderReadAt(Context ctx, StudentAssignments access, ReadingService reading, QuizService quiz,
                                     int requested, QuizService.Pending pending, String error) {
        renderReadAt(ctx, access, reading, quiz, requested, pending, error, false);
    }

    private static void renderReadAt(Context ctx, StudentAssignments access, ReadingService reading, QuizService quiz,
                                     int requested, QuizService.Pending pending, String error, boolean visit) {
        User u = requireUser(ctx);
        StudentAssignments.Opened a = access.open(u, pathId(ctx, "id"));
        int count = a.module().sections().size();
        if (requested < 0 || requested >= count) {
            throw new io.javalin.http.NotFoundResponse("No such section.");
        }
        ReadingService.SectionVisit mine = reading.visit(u, a, requested, visit);
        ModuleRenderer.RenderedSection section = a.module().section(requested);
        List<String> highlights = mine.highlights();
        Map<String, Object> model = base(a, "read", reading.time());
        model.put("sectionLabel", section.label());
        // SafeHtml: inserted by its toString, which the template reads without a method call.
        model.put("sectionHtml", reading.sectionHtml(section, highlights));
        model.put("sectionsPart", new SharedFragment(PARTS, "readingSections", Map.of(
                "sectionNumber", requested + 1, "sectionCount", count, "toc", toc(a, requested, mine.sectionsRead()),
                "minutesLeft", Math.max(1, Math.round(a.module().module().readingMinutes() * (count - requested) / (double) count)))));
        model.put("isLast", requested == count - 1);
        List<ModuleRenderer.SentenceText> marked = highlights.stream().map(r -> a.module().sentence(r))
                .flatMap(java.util.Optional::stream).filter(s -> s.section() == requested).toList();
        String returnTo = "/assignments/" + a.id() + "/read/" + requested;
        // The next-section form, the highlight and note forms: alike for every student who has no highlight or note
        // here yet (most of a class at its peak), so rendered once for them all.
        Map<String, Object> tools = new HashMap<>();
        tools.put("nextAction", "/assignments/" + a.id() + "/read/" + requested + "/next");
        tools.put("isLast", requested == count - 1);
        tools.put("highlightAction", "/modules/" + a.moduleId() + "/highlights");
        tools.put("notesAction", "/modules/" + a.moduleId() + "/notes");
        tools.put("returnTo", returnTo);
        tools.put("sentenceOptions", section.sentenceOptions());
        tools.put("highlights", marked);
        tools.put("hasHighlights", !marked.isEmpty());
        tools.put("note", mine.note());
        model.put("tools", new SharedFragment(PARTS, "readingTools", tools));
        if (a.assignment().placement() == org.lectern.assignments.Assignment.Placement.sections) {
            QuizService.QuizState state = quiz.state(u, a, pending);
            model.put("quiz", state);
            List<QuestionView> here = state.inSection(requested);
            model.put("questionParts", questionParts(a, here, state, "/assignments/" + a.id() + "/read/" + requested));
            model.put("hasQuestions", !here.isEmpty());
        } else {
            model.put("questionParts", List.of()); // questions come after the reading: nothing of the quiz on this page
            model.put("hasQuestions", false);
        }
        if (requested == count - 1) {
            var module = a.module().module();
            Map<String, Object> about = new HashMap<>();
            about.put("aboutAuthors", module.aboutAuthors());
            about.put("glossary", module.glossary());
            about.put("references", module.references());
            about.put("source", module.source());
            about.put("published", module.published());
            model.put("about", new SharedFragment(PARTS, "readingAbout", about));
        }
        if (error != null) {
            model.put("error", error);
        }
        ctx.render("assignment", model);
    }

    private static void renderQuestions(Context ctx, StudentAssignments access, ReadingService reading, QuizService quiz,
                                        QuizService.Pending pending, String error) {
        User u = requireUser(ctx);
        StudentAssignments.Opened a = access.open(u, pathId(ctx, "id"));
        Map<String, Object> model = base(a, "questions", reading.time());
        QuizService.QuizState state = quiz.state(u, a, pending);
        model.put("quiz", state);
        model.put("returnTo", "/assignments/" + a.id() + "/questions");
        model.put("questionParts", questionParts(a, state.questions(), state, "/assignments/" + a.id() + "/questions"));
        model.put("sectionCount", a.module().sections().size());
        model.put("sectionsRead", reading.sectionsRead(u, a.moduleId()));
        if (error != null) {
            model.put("error", error);
        } else if (ctx.queryParamMap().containsKey("submitted")) {
            model.put("notice", "Your attempt has been submitted.");
        }
        ctx.render("assignment", model);
    }

    /**
     * The answered question alone, for the page's script to put in place of the form it posted
     * (sent when the request asks for it with {@link #PARTIAL_HEADER}): a class answering at once
     * then costs one small render per answer instead of a redirect and the whole questions page.
     * The count of answered questions comes with it for the attempt summary. {@code answered} is the
     * question as the answer found it, or null to look it up.
     */
    private static void renderAnswered(Context ctx, StudentAssignments.Opened a, ReadingService reading, QuizService quiz,
                                       long questionId, QuestionBank.StoredQuestion answered, String back,
                                       QuizService.Pending pending) {
        QuizService.QuizState state = quiz.stateOf(requireUser(ctx), a, questionId, answered, pending);
        QuestionView q = state.questions().get(0);
        Map<String, Object> model = base(a, "answered", reading.time());
        model.put("quiz", state);
        model.put("questionPart", questionParts(a, List.of(q), state, back).get(0));
        model.put("returnTo", back);
        ctx.header("Cache-Control", "no-store");
        ThymeleafRenderer.sendPlain(ctx);
        ctx.render("answered", model);
    }

    private static void renderDiscussion(Context ctx, StudentAssignments access, SchoolTime time, DiscussionService discussion,
                                         long draftQuestion, String draft, String error) {
        User u = requireUser(ctx);
        StudentAssignments.Opened a = access.open(u, pathId(ctx, "id"));
        Map<String, Object> model = base(a, "discussion", time);
        model.put("topics", discussion.topics(u, a, draftQuestion, draft, error));
        model.put("minWords", a.assignment().discussionMinWords());
        // The error is shown once, beside the response it is about (see topics).
        ctx.render("assignment", model);
    }

    /**
     * The questions as shared parts: a question's HTML follows from its view (the student's answer,
     * its result) and the attempt's flags, so the class's many identical views of a question are
     * rendered once (the render was over a third of an answer's reply at a class's peak). Nothing
     * personal is in a part but the CSRF token, which the renderer puts in per page.
     */
    private static List<SharedFragment> questionParts(StudentAssignments.Opened a, List<QuestionView> questions,
                                                      QuizService.QuizState state, String returnTo) {
        List<SharedFragment> parts = new java.util.ArrayList<>(questions.size());
        for (QuestionView q : questions) {
            parts.add(new SharedFragment("quiz", "questionPart", Map.of("q", q, "attemptNumber", state.attemptNumber(),
                    "canAnswer", state.acceptsWork() && !state.submitted(), "returnTo", returnTo,
                    "answerBase", "/assignments/" + a.id() + "/questions/")));
        }
        return parts;
    }

    /** One entry of the reading page's list of sections. */
    public record TocEntry(String href, String label, boolean current, boolean read) {}

    /**
     * What every view of an assignment shows, as plain values: the template reads variables
     * instead of calling methods on the model (each call went through OGNL's reflection and
     * Thymeleaf's member check, the largest part of the reading page's cost at a class's peak).
     */
    private static Map<String, Object> base(StudentAssignments.Opened a, String view, SchoolTime time) {
        Map<String, Object> model = new HashMap<>();
        var module = a.module().module();
        String home = "/assignments/" + a.id();
        model.put("view", view);
        model.put("a", a);
        model.put("assignmentId", a.id());
        model.put("moduleId", a.moduleId());
        model.put("title", module.title());
        Map<String, Object> head = new HashMap<>();
        head.put("view", view);
        head.put("title", module.title());
        head.put("classHref", "/classes/" + a.schoolClass().id());
        head.put("className", a.schoolClass().displayName());
        head.put("byline", module.authors().isEmpty() ? null : String.join(", ", module.authors()));
        head.put("minutesText", module.readingMinutes() + " min read");
        head.put("dueIso", a.terms().dueAt() == null ? null : a.terms().dueAt().toString());
        head.put("dueText", a.terms().dueAt() == null ? null : time.due(a.terms().dueAt()));
        head.put("readHref", home + "/read/0");
        head.put("questionsHref", home + "/questions");
        head.put("discussionHref", home + "/discussion");
        model.put("head", new SharedFragment(PARTS, "readingHead", head));
        return model;
    }

    private static List<TocEntry> toc(StudentAssignments.Opened a, int current, int sectionsRead) {
        return a.module().sections().stream().map(s -> new TocEntry("/assignments/" + a.id() + "/read/" + s.index(),
                s.label(), s.index() == current, s.index() < sectionsRead)).toList();
    }

    private static String returnTo(Context ctx, StudentAssignments.Opened a) {
        String r = form(ctx, "return");
        return RETURN.matcher(r).matches() && r.startsWith("/assignments/" + a.id() + "/") ? r
                : "/assignments/" + a.id() + "/questions";
    }

    private static String safeReturn(String r) {
        return RETURN.matcher(r).matches() ? r : "/";
    }

    private static long longField(Context ctx, String name) {
        try {
            return Long.parseLong(form(ctx, name).strip());
        } catch (NumberFormatException e) {
            throw new InvalidInput("The form is incomplete. Reload the page and try again.");
        }
    }
}
