package org.lectern.questions;

import static org.lectern.web.RequestContext.form;
import static org.lectern.web.RequestContext.pathId;
import static org.lectern.web.RequestContext.requireUser;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lectern.accounts.User;
import org.lectern.library.LibraryService;
import org.lectern.shared.InvalidInput;
import org.lectern.web.Access;
import org.lectern.web.Routes;

/** /library/{moduleId}/questions: review, edit, add and order a module's questions. */
public final class CurationRoutes {

    private CurationRoutes() {}

    public static void register(Routes routes, CurationService curation, LibraryService library) {
        routes.get("/library/{moduleId}/questions", Access.INSTRUCTOR, ctx -> render(ctx, curation, library, Map.of()));
        routes.post("/library/{moduleId}/questions", Access.INSTRUCTOR, ctx -> {
            long moduleId = pathId(ctx, "moduleId");
            try {
                long id = curation.add(requireUser(ctx), moduleId, ctx.formParamMap());
                ctx.redirect("/library/" + moduleId + "/questions?notice=added#q-" + id, HttpStatus.SEE_OTHER);
            } catch (InvalidInput e) {
                ctx.status(400);
                render(ctx, curation, library, Map.of("error", e.getMessage(), "draft", flat(ctx)));
            }
        });
        routes.post("/library/{moduleId}/questions/{qid}/approve", Access.INSTRUCTOR, ctx -> {
            curation.approve(requireUser(ctx), pathId(ctx, "moduleId"), pathId(ctx, "qid"));
            back(ctx, "approved");
        });
        routes.post("/library/{moduleId}/questions/{qid}/reject", Access.INSTRUCTOR, ctx -> {
            curation.reject(requireUser(ctx), pathId(ctx, "moduleId"), pathId(ctx, "qid"));
            back(ctx, "rejected");
        });
        routes.post("/library/{moduleId}/questions/{qid}/move", Access.INSTRUCTOR, ctx -> {
            curation.move(requireUser(ctx), pathId(ctx, "moduleId"), pathId(ctx, "qid"), "up".equals(form(ctx, "direction")) ? -1 : 1);
            back(ctx, "moved");
        });
        routes.get("/library/{moduleId}/questions/{qid}/edit", Access.INSTRUCTOR, ctx -> {
            User user = requireUser(ctx);
            QuestionBank.StoredQuestion q = curation.question(user, pathId(ctx, "moduleId"), pathId(ctx, "qid"));
            ctx.render("question-edit", Map.of("q", q, "moduleId", q.moduleId(), "values", values(q.question())));
        });
        routes.post("/library/{moduleId}/questions/{qid}/edit", Access.INSTRUCTOR, ctx -> {
            User user = requireUser(ctx);
            long moduleId = pathId(ctx, "moduleId");
            long qid = pathId(ctx, "qid");
            try {
                int regraded = curation.edit(user, moduleId, qid, ctx.formParamMap());
                ctx.redirect("/library/" + moduleId + "/questions?notice=" + (regraded > 0 ? "regraded-" + regraded : "edited")
                        + "#q-" + qid, HttpStatus.SEE_OTHER);
            } catch (InvalidInput e) {
                QuestionBank.StoredQuestion q = curation.question(user, moduleId, qid);
                ctx.status(400).render("question-edit", Map.of("q", q, "moduleId", moduleId, "values", flat(ctx),
                        "error", e.getMessage()));
            }
        });
    }

    private static void render(Context ctx, CurationService curation, LibraryService library, Map<String, Object> extra) {
        CurationService.Curation c = curation.module(requireUser(ctx), pathId(ctx, "moduleId"));
        Map<String, Object> model = new HashMap<>(extra);
        model.put("m", c.module());
        model.put("questions", c.questions());
        model.put("blocks", library.highlighted(c.module(), c.questions()));
        model.put("types", QuestionType.values());
        model.putIfAbsent("draft", Map.of());
        model.putIfAbsent("notice", notice(ctx.queryParam("notice")));
        ctx.render("curation", model);
    }

    private static String notice(String code) {
        if (code == null) {
            return "";
        }
        if (code.startsWith("regraded-")) {
            return "Saved as a new revision. The answer key changed: " + code.substring(9)
                    + " answers were regraded (see the score changes on each assignment).";
        }
        return switch (code) {
            case "approved" -> "Question approved.";
            case "rejected" -> "Question rejected: students will not see it.";
            case "moved" -> "Order saved.";
            case "edited" -> "Saved as a new revision.";
            case "added" -> "Question added.";
            default -> "";
        };
    }

    private static void back(Context ctx, String notice) {
        String next = form(ctx, "next");
        if (next.startsWith("/") && !next.startsWith("//")) {
            ctx.redirect(next, HttpStatus.SEE_OTHER);
            return;
        }
        ctx.redirect("/library/" + pathId(ctx, "moduleId") + "/questions?notice=" + notice + "#q-" + pathId(ctx, "qid"),
                HttpStatus.SEE_OTHER);
    }

    private static Map<String, String> flat(Context ctx) {
        Map<String, String> out = new HashMap<>();
        ctx.formParamMap().forEach((k, v) -> out.put(k, v.isEmpty() ? "" : v.get(0)));
        return out;
    }

    static Map<String, String> values(Question q) {
        Map<String, String> v = new HashMap<>();
        v.put("prompt", q.prompt());
        v.put("answer", q.answer() == null ? "" : q.answer());
        v.put("options", String.join("\n", q.options()));
        v.put("accepted", String.join("\n", q.accepted()));
        v.put("items", String.join("\n", q.items()));
        v.put("pairs", String.join("\n", q.pairs().stream().map(p -> p.left() + " = " + p.right()).toList()));
        v.put("explanation", q.explanation() == null ? "" : q.explanation());
        return v;
    }

    static List<String> lines(String s) {
        return List.of(s.split("\\R"));
    }
}
