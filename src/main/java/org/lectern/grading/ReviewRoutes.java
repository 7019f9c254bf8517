package org.lectern.grading;

import static org.lectern.web.RequestContext.pathId;
import static org.lectern.web.RequestContext.requireUser;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lectern.accounts.User;
import org.lectern.classes.SchoolClass;
import org.lectern.shared.InvalidInput;
import org.lectern.web.Access;
import org.lectern.web.Routes;

/** The review grid, a student's work, item analysis, grading and the grade export. */
public final class ReviewRoutes {

    private ReviewRoutes() {}

    public static void register(Routes routes, ReviewService review) {
        routes.get("/classes/{id}/review", Access.INSTRUCTOR, ctx -> {
            ReviewService.Grid grid = review.grid(requireUser(ctx), pathId(ctx, "id"), ctx.queryParam("sort"), ctx.queryParam("dir"));
            ctx.render("review", Map.of("grid", grid,
                    "notice", "assigned".equals(ctx.queryParam("notice")) ? "Assigned." : ""));
        });
        routes.get("/classes/{id}/students/{sid}", Access.INSTRUCTOR, ctx ->
                ctx.render("review-student", Map.of("work", review.student(requireUser(ctx), pathId(ctx, "id"), pathId(ctx, "sid")))));
        routes.get("/classes/{id}/grades.csv", Access.INSTRUCTOR, ctx -> {
            User user = requireUser(ctx);
            long classId = pathId(ctx, "id");
            GradeExport.Format format = GradeExport.Format.parse(ctx.queryParamMap().containsKey("format") ? ctx.queryParam("format") : "long");
            review.ownedClass(user, classId);
            ctx.contentType("text/csv; charset=utf-8");
            ctx.header("Content-Disposition", "attachment; filename=\"grades-" + classId + "-" + format.label() + ".csv\"");
            review.exportGrades(user, classId, format, ctx.outputStream());
        });
        routes.get("/assignments/{id}/items", Access.INSTRUCTOR, ctx ->
                ctx.render("review-items", Map.of("report", review.items(requireUser(ctx), pathId(ctx, "id")))));
        routes.get("/assignments/{id}/grading/discussion", Access.INSTRUCTOR, ctx -> renderDiscussion(ctx, review, Map.of()));
        routes.post("/assignments/{id}/grading/discussion", Access.INSTRUCTOR, ctx -> {
            try {
                int n = review.gradeDiscussion(requireUser(ctx), pathId(ctx, "id"), grades(ctx));
                ctx.redirect("/assignments/" + pathId(ctx, "id") + "/grading/discussion?graded=" + n, HttpStatus.SEE_OTHER);
            } catch (InvalidInput e) {
                ctx.status(400);
                renderDiscussion(ctx, review, Map.of("error", e.getMessage(), "sent", sent(ctx)));
            }
        });
        routes.get("/assignments/{id}/grading/short-answers", Access.INSTRUCTOR, ctx -> renderShort(ctx, review, Map.of()));
        routes.post("/assignments/{id}/grading/short-answers", Access.INSTRUCTOR, ctx -> {
            try {
                int n = review.gradeShortAnswers(requireUser(ctx), pathId(ctx, "id"), grades(ctx));
                ctx.redirect("/assignments/" + pathId(ctx, "id") + "/grading/short-answers?graded=" + n, HttpStatus.SEE_OTHER);
            } catch (InvalidInput e) {
                ctx.status(400);
                renderShort(ctx, review, Map.of("error", e.getMessage(), "sent", sent(ctx)));
            }
        });
    }

    private static void renderDiscussion(Context ctx, ReviewService review, Map<String, Object> extra) {
        Map<String, Object> m = new HashMap<>(extra);
        m.put("g", review.discussion(requireUser(ctx), pathId(ctx, "id")));
        m.putIfAbsent("sent", Map.of());
        m.put("notice", ctx.queryParam("graded") == null ? "" : "Saved " + ctx.queryParam("graded") + " grades.");
        ctx.render("grading-discussion", m);
    }

    private static void renderShort(Context ctx, ReviewService review, Map<String, Object> extra) {
        Map<String, Object> m = new HashMap<>(extra);
        m.put("g", review.shortAnswers(requireUser(ctx), pathId(ctx, "id")));
        m.putIfAbsent("sent", Map.of());
        m.put("notice", ctx.queryParam("graded") == null ? "" : "Saved " + ctx.queryParam("graded") + " grades.");
        ctx.render("grading-short", m);
    }

    /** Fields points_<id> and comment_<id>, one pair per response on the page. */
    static List<ReviewService.Grade> grades(Context ctx) {
        List<ReviewService.Grade> out = new ArrayList<>();
        for (var e : ctx.formParamMap().entrySet()) {
            if (e.getKey().startsWith("points_")) {
                long id;
                try {
                    id = Long.parseLong(e.getKey().substring(7));
                } catch (NumberFormatException ex) {
                    continue;
                }
                out.add(new ReviewService.Grade(id, e.getValue().isEmpty() ? "" : e.getValue().get(0),
                        ctx.formParam("comment_" + id)));
            }
        }
        return out;
    }

    private static Map<String, String> sent(Context ctx) {
        Map<String, String> out = new HashMap<>();
        ctx.formParamMap().forEach((k, v) -> out.put(k, v.isEmpty() ? "" : v.get(0)));
        return out;
    }

    static SchoolClass unused() {
        return null;
    }
}
