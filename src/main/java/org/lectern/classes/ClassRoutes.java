package org.lectern.classes;

import static org.lectern.web.RequestContext.form;
import static org.lectern.web.RequestContext.pathId;
import static org.lectern.web.RequestContext.requireUser;
import static org.lectern.web.RequestContext.user;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.Map;
import org.lectern.accounts.AccountService;
import org.lectern.accounts.User;
import org.lectern.shared.InvalidInput;
import org.lectern.web.Access;
import org.lectern.web.Routes;
import org.lectern.web.WebSecurity;

/** Home, classes, rosters and joining with a code. */
public final class ClassRoutes {

    private ClassRoutes() {}

    public static void register(Routes routes, ClassService classes, AccountService accounts, WebSecurity security) {
        register(routes, classes, accounts, security, user -> java.util.List.of());
    }

    /** studentWork: a student's assigned modules, shown on home and class pages (the student feature). */
    public static void register(Routes routes, ClassService classes, AccountService accounts, WebSecurity security,
                                java.util.function.Function<User, java.util.List<?>> studentWork) {
        routes.get("/", Access.SIGNED_IN, ctx -> {
            User user = requireUser(ctx);
            ctx.render("home", Map.of("classes", classes.classesOf(user),
                    "notice", ctx.queryParamMap().containsKey("notice") ? notice(ctx.queryParam("notice")) : "",
                    "assigned", studentWork.apply(user)));
        });

        routes.post("/classes", Access.INSTRUCTOR, ctx -> {
            User user = requireUser(ctx);
            try {
                SchoolClass c = classes.create(user, form(ctx, "name"), form(ctx, "term"), form(ctx, "section"));
                ctx.redirect("/classes/" + c.id(), HttpStatus.SEE_OTHER);
            } catch (InvalidInput e) {
                ctx.status(400).render("home", Map.of("classes", classes.classesOf(user), "error", e.getMessage(),
                        "notice", "", "assigned", studentWork.apply(user)));
            }
        });

        routes.get("/classes/{id}", Access.SIGNED_IN, ctx -> renderClass(ctx, classes,
                Map.of("assigned", studentWork.apply(requireUser(ctx)))));

        routes.post("/classes/{id}/join-code", Access.INSTRUCTOR, ctx -> {
            classes.regenerateJoinCode(requireUser(ctx), pathId(ctx, "id"));
            ctx.redirect("/classes/" + pathId(ctx, "id"), HttpStatus.SEE_OTHER);
        });
        routes.post("/classes/{id}/join-enabled", Access.INSTRUCTOR, ctx -> {
            classes.setJoinEnabled(requireUser(ctx), pathId(ctx, "id"), "true".equals(form(ctx, "enabled")));
            ctx.redirect("/classes/" + pathId(ctx, "id"), HttpStatus.SEE_OTHER);
        });
        routes.post("/classes/{id}/students", Access.INSTRUCTOR, ctx -> {
            try {
                ClassService.CreatedStudent created = classes.addStudent(requireUser(ctx), pathId(ctx, "id"),
                        form(ctx, "name"), form(ctx, "email"), form(ctx, "section"));
                renderClass(ctx, classes, Map.of("created", created));
            } catch (InvalidInput e) {
                ctx.status(400);
                renderClass(ctx, classes, Map.of("error", e.getMessage()));
            }
        });
        routes.post("/classes/{id}/settings", Access.INSTRUCTOR, ctx -> {
            try {
                classes.updateSettings(requireUser(ctx), pathId(ctx, "id"), form(ctx, "name"), form(ctx, "term"), form(ctx, "section"));
                ctx.redirect("/classes/" + pathId(ctx, "id"), HttpStatus.SEE_OTHER);
            } catch (InvalidInput e) {
                ctx.status(400);
                renderClass(ctx, classes, Map.of("error", e.getMessage()));
            }
        });
        routes.post("/classes/{id}/roster-import", Access.INSTRUCTOR, ctx -> {
            String text = form(ctx, "csv");
            io.javalin.http.UploadedFile file = ctx.uploadedFile("file");
            if (file != null && file.size() > 0) {
                try (var in = file.content()) {
                    text = new String(in.readNBytes(5 * 1024 * 1024), java.nio.charset.StandardCharsets.UTF_8);
                }
            }
            try {
                ClassService.RosterImport result = classes.importRoster(requireUser(ctx), pathId(ctx, "id"), text);
                if (!result.problems().isEmpty()) {
                    ctx.status(400);
                }
                renderClass(ctx, classes, Map.of("imported", result));
            } catch (InvalidInput e) {
                ctx.status(400);
                renderClass(ctx, classes, Map.of("error", e.getMessage()));
            }
        });
        routes.post("/classes/{id}/students/{student}/remove", Access.INSTRUCTOR, ctx -> {
            classes.removeStudent(requireUser(ctx), pathId(ctx, "id"), pathId(ctx, "student"));
            ctx.redirect("/classes/" + pathId(ctx, "id"), HttpStatus.SEE_OTHER);
        });

        routes.get("/join", Access.ANYONE, ctx -> ctx.render("join", Map.of("code", nullToEmpty(ctx.queryParam("code")))));
        routes.post("/join", Access.ANYONE, ctx -> {
            User user = user(ctx);
            try {
                if (user != null) {
                    SchoolClass c = classes.join(user, form(ctx, "code"));
                    ctx.redirect("/classes/" + c.id(), HttpStatus.SEE_OTHER);
                    return;
                }
                User student = classes.joinAsNewStudent(form(ctx, "code"), form(ctx, "name"), form(ctx, "email"),
                        form(ctx, "password"));
                security.signIn(ctx, student.id());
                ctx.redirect("/", HttpStatus.SEE_OTHER);
            } catch (InvalidInput e) {
                ctx.status(400).render("join", Map.of("error", e.getMessage(), "code", form(ctx, "code"),
                        "name", form(ctx, "name"), "email", form(ctx, "email")));
            }
        });
    }

    private static void renderClass(Context ctx, ClassService classes, Map<String, Object> extra) {
        User user = requireUser(ctx);
        SchoolClass c = classes.visibleClass(user, pathId(ctx, "id"));
        Map<String, Object> model = new HashMap<>(extra);
        model.put("schoolClass", c);
        if (user.isInstructor()) {
            model.put("roster", classes.roster(user, c.id()));
            ctx.render("class-instructor", model);
        } else {
            ctx.render("class-student", model);
        }
    }

    private static String notice(String code) {
        return switch (code == null ? "" : code) {
            case "password-changed" -> "Your password has been changed.";
            default -> "";
        };
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
