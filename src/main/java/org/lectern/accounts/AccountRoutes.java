package org.lectern.accounts;

import static org.lectern.web.RequestContext.form;
import static org.lectern.web.RequestContext.requireUser;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.util.HashMap;
import java.util.Map;
import org.lectern.shared.InvalidInput;
import org.lectern.web.Access;
import org.lectern.web.Routes;
import org.lectern.web.WebSecurity;

/** Set-up, sign-in, sign-out, password change, and admins creating instructors. */
public final class AccountRoutes {

    private AccountRoutes() {}

    public static void register(Routes routes, AccountService accounts, WebSecurity security) {
        routes.get("/setup", Access.ANYONE, ctx -> {
            requireSetupOpen(accounts);
            ctx.render("setup", Map.of());
        });
        routes.post("/setup", Access.ANYONE, ctx -> {
            requireSetupOpen(accounts);
            try {
                User user = accounts.createFirstInstructor(form(ctx, "name"), form(ctx, "email"), form(ctx, "password"));
                security.signIn(ctx, user.id());
                ctx.redirect("/", HttpStatus.SEE_OTHER);
            } catch (InvalidInput e) {
                ctx.status(400).render("setup", Map.of("error", e.getMessage(), "name", form(ctx, "name"),
                        "email", form(ctx, "email")));
            }
        });

        routes.get("/signin", Access.ANYONE, ctx -> {
            if (accounts.needsSetup()) {
                ctx.redirect("/setup", HttpStatus.SEE_OTHER);
                return;
            }
            ctx.render("signin", Map.of("next", safeNext(ctx.queryParam("next"))));
        });
        routes.post("/signin", Access.ANYONE, ctx -> {
            String next = safeNext(form(ctx, "next"));
            switch (accounts.signIn(form(ctx, "email"), form(ctx, "password"), security.clientAddress(ctx))) {
                case AccountService.SignInResult.SignedIn s -> {
                    security.signIn(ctx, s.user().id());
                    ctx.redirect(s.user().mustChangePassword() ? "/account/password" : next, HttpStatus.SEE_OTHER);
                }
                case AccountService.SignInResult.Refused r -> ctx.status(401).render("signin", Map.of(
                        "error", "Email or password is not right.", "email", form(ctx, "email"), "next", next));
                case AccountService.SignInResult.Throttled t -> {
                    long seconds = Math.max(1, t.retryAfter().toSeconds());
                    long minutes = (seconds + 59) / 60;
                    ctx.header("Retry-After", Long.toString(seconds));
                    ctx.status(429).render("signin", Map.of("error", "Too many unsuccessful sign-in attempts. "
                            + "For your safety, please wait " + minutes + (minutes == 1 ? " minute" : " minutes")
                            + " and try again, or ask your instructor to reset your password.",
                            "email", form(ctx, "email"), "next", next));
                }
            }
        });
        routes.post("/signout", Access.ANYONE, ctx -> {
            security.signOut(ctx);
            ctx.redirect("/signin", HttpStatus.SEE_OTHER);
        });

        routes.get("/account/password", Access.SIGNED_IN, ctx -> ctx.render("password", Map.of()));
        routes.post("/account/password", Access.SIGNED_IN, ctx -> {
            User user = requireUser(ctx);
            try {
                if (!form(ctx, "password").equals(form(ctx, "confirm"))) {
                    throw new InvalidInput("The two new passwords are not the same.");
                }
                accounts.changePassword(user, form(ctx, "current"), form(ctx, "password"));
                security.signIn(ctx, user.id());
                ctx.redirect("/?notice=password-changed", HttpStatus.SEE_OTHER);
            } catch (InvalidInput e) {
                ctx.status(400).render("password", Map.of("error", e.getMessage()));
            }
        });

        routes.get("/admin/instructors", Access.ADMIN, ctx -> renderInstructors(ctx, accounts, Map.of()));
        routes.post("/admin/instructors", Access.ADMIN, ctx -> {
            try {
                User created = accounts.createInstructor(requireUser(ctx), form(ctx, "name"), form(ctx, "email"),
                        form(ctx, "password"));
                renderInstructors(ctx, accounts, Map.of("created", created));
            } catch (InvalidInput e) {
                ctx.status(400);
                renderInstructors(ctx, accounts, Map.of("error", e.getMessage(), "name", form(ctx, "name"),
                        "email", form(ctx, "email")));
            }
        });
    }

    private static void renderInstructors(Context ctx, AccountService accounts, Map<String, Object> extra) {
        Map<String, Object> model = new HashMap<>(extra);
        model.put("instructors", accounts.instructors());
        ctx.render("admin-instructors", model);
    }

    private static void requireSetupOpen(AccountService accounts) {
        if (!accounts.needsSetup()) {
            throw new NotFoundResponse();
        }
    }

    /** Only local paths, so a crafted link cannot send people elsewhere after sign-in. */
    static String safeNext(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")
                || next.startsWith("/signin") || next.length() > 500) {
            return "/";
        }
        return next;
    }
}
