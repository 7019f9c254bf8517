package org.lectern.assignments;

import static org.lectern.web.RequestContext.form;
import static org.lectern.web.RequestContext.pathId;
import static org.lectern.web.RequestContext.requireUser;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lectern.accounts.User;
import org.lectern.classes.ClassService;
import org.lectern.classes.SchoolClass;
import org.lectern.grading.AssignmentResults;
import org.lectern.grading.ReviewService;
import org.lectern.importing.ModuleRepository;
import org.lectern.shared.InvalidInput;
import org.lectern.web.Access;
import org.lectern.web.Routes;

/** Assigning modules, editing terms, extensions. The student's view of an assignment lives elsewhere. */
public final class AssignmentRoutes {

    private AssignmentRoutes() {}

    public static void register(Routes routes, AssignmentService assignments, ClassService classes, ReviewService review,
                                ModuleRepository modules) {
        routes.get("/classes/{id}/assignments/new", Access.INSTRUCTOR, ctx -> {
            User user = requireUser(ctx);
            SchoolClass c = classes.taughtClass(user, pathId(ctx, "id"));
            ctx.render("assignment-form", newModel(c, modules, defaults(), Set.of(), Map.of()));
        });
        routes.post("/classes/{id}/assignments", Access.INSTRUCTOR, ctx -> {
            User user = requireUser(ctx);
            SchoolClass c = classes.taughtClass(user, pathId(ctx, "id"));
            List<String> chosen = ctx.formParams("module");
            try {
                assignments.create(user, c.id(), chosen, ctx.formParamMap());
                ctx.redirect("/classes/" + c.id() + "/review?notice=assigned", HttpStatus.SEE_OTHER);
            } catch (InvalidInput e) {
                ctx.status(400).render("assignment-form", newModel(c, modules, flat(ctx), Set.copyOf(chosen),
                        Map.of("error", e.getMessage())));
            }
        });
        routes.get("/assignments/{id}/edit", Access.INSTRUCTOR, ctx -> {
            User user = requireUser(ctx);
            Assignment a = assignments.owned(user, pathId(ctx, "id"));
            ctx.render("assignment-form", editModel(ctx, user, a, assignments, classes, review, values(a, assignments),
                    Map.of("notice", notice(ctx.queryParam("notice")))));
        });
        routes.post("/assignments/{id}/edit", Access.INSTRUCTOR, ctx -> {
            User user = requireUser(ctx);
            Assignment a = assignments.owned(user, pathId(ctx, "id"));
            try {
                assignments.update(user, a.id(), ctx.formParamMap());
                ctx.redirect("/assignments/" + a.id() + "/edit?notice=saved", HttpStatus.SEE_OTHER);
            } catch (InvalidInput e) {
                ctx.status(400).render("assignment-form", editModel(ctx, user, a, assignments, classes, review, flat(ctx),
                        Map.of("error", e.getMessage())));
            }
        });
        routes.post("/assignments/{id}/extensions", Access.INSTRUCTOR, ctx -> {
            User user = requireUser(ctx);
            Assignment a = assignments.owned(user, pathId(ctx, "id"));
            try {
                assignments.grantExtension(user, a.id(), form(ctx, "student"), form(ctx, "due_at"), form(ctx, "extra_attempts"));
                ctx.redirect("/assignments/" + a.id() + "/edit?notice=extension#extensions", HttpStatus.SEE_OTHER);
            } catch (InvalidInput e) {
                ctx.status(400).render("assignment-form", editModel(ctx, user, a, assignments, classes, review,
                        values(a, assignments), Map.of("error", e.getMessage())));
            }
        });
    }

    private static String notice(String code) {
        return switch (code == null ? "" : code) {
            case "saved" -> "Saved. Every student's score was recomputed.";
            case "extension" -> "Extension saved.";
            default -> "";
        };
    }

    private static Map<String, Object> newModel(SchoolClass c, ModuleRepository modules, Map<String, String> values,
                                                Set<String> chosen, Map<String, Object> extra) {
        Map<String, Object> m = new HashMap<>(extra);
        m.put("schoolClass", c);
        m.put("modules", modules.list());
        m.put("chosen", chosen);
        m.put("values", values);
        m.put("types", AssignmentResults.SCORED_TYPES);
        m.put("counted", counted(values));
        m.put("editing", false);
        return m;
    }

    private static Map<String, Object> editModel(Context ctx, User user, Assignment a, AssignmentService assignments,
                                                 ClassService classes, ReviewService review, Map<String, String> values,
                                                 Map<String, Object> extra) {
        Map<String, Object> m = new HashMap<>(extra);
        SchoolClass c = classes.taughtClass(user, a.classId());
        m.put("schoolClass", c);
        m.put("assignment", a);
        m.put("title", review.titled(c.id()).stream().filter(t -> t.assignment().id() == a.id()).findFirst()
                .map(ReviewService.Titled::title).orElse(""));
        m.put("values", values);
        m.put("types", AssignmentResults.SCORED_TYPES);
        m.put("counted", counted(values));
        m.put("editing", true);
        var roster = classes.roster(user, c.id()).stream().filter(r -> !r.removed()).toList();
        m.put("roster", roster);
        Map<Long, String> names = new HashMap<>();
        roster.forEach(r -> names.put(r.userId(), r.name()));
        m.put("names", names);
        m.put("extensions", assignments.extensions(user, a.id()).stream()
                .map(e -> Map.of("name", names.getOrDefault(e.userId(), "#" + e.userId()), "due", assignments.local(e.dueAt()),
                        "extra", e.extraAttempts()))
                .toList());
        m.put("changes", review.scoreChanges(user, a.id()).stream()
                .map(ch -> new ChangeRow(assignments.brief(ch.changedAt()), ch.studentName(), ch.oldPoints(),
                        ch.newPoints(), ch.reason()))
                .toList());
        m.put("zone", assignments.zone().getId());
        return m;
    }

    /** A score change as the audit table shows it (its time in the school's zone). */
    public record ChangeRow(String when, String studentName, java.math.BigDecimal oldPoints,
                            java.math.BigDecimal newPoints, String reason) {}

    static Map<String, String> defaults() {
        Map<String, String> v = new HashMap<>();
        v.put("late_policy", "accept");
        v.put("late_penalty_percent", "0");
        v.put("attempts_allowed", "1");
        v.put("scoring", "best");
        v.put("placement", "end");
        v.put("comprehension_points", "10");
        v.put("discussion_points", "0");
        v.put("show_answers", "after_due");
        v.put("discussion_min_words", "30");
        v.put("counted_types", "");
        return v;
    }

    static Map<String, String> values(Assignment a, AssignmentService s) {
        Map<String, String> v = new HashMap<>();
        v.put("opens_at", s.local(a.opensAt()));
        v.put("due_at", s.local(a.dueAt()));
        v.put("late_policy", a.latePolicy().name());
        v.put("late_penalty_percent", Integer.toString(a.latePenaltyPercent()));
        v.put("attempts_allowed", Integer.toString(a.attemptsAllowed()));
        v.put("scoring", a.scoring().name());
        v.put("placement", a.placement().name());
        v.put("comprehension_points", a.comprehensionPoints().stripTrailingZeros().toPlainString());
        v.put("discussion_points", a.discussionPoints().stripTrailingZeros().toPlainString());
        v.put("show_answers", a.showAnswers().name());
        v.put("discussion_min_words", Integer.toString(a.discussionMinWords()));
        v.put("counted_types", String.join(",", a.countedTypes()));
        return v;
    }

    private static Set<String> counted(Map<String, String> values) {
        String raw = values.getOrDefault("counted_types", "");
        if (raw.isBlank()) {
            return Set.copyOf(AssignmentResults.SCORED_TYPES.stream().map(Enum::name).toList());
        }
        return Set.of(raw.split(","));
    }

    private static Map<String, String> flat(Context ctx) {
        Map<String, String> out = new HashMap<>();
        ctx.formParamMap().forEach((k, v) -> out.put(k, String.join(",", v)));
        return out;
    }
}
