package org.lectern.web;

import io.javalin.http.Context;
import org.lectern.accounts.User;
import org.lectern.shared.InvalidInput;

/** What the session filter learned about the request, for handlers and templates. */
public final class RequestContext {

    static final String USER = "lectern.user";
    static final String CSRF = "lectern.csrf";

    private RequestContext() {}

    public static User user(Context ctx) {
        return ctx.attribute(USER);
    }

    /** The signed-in user; the route's {@link Access} guarantees there is one. */
    public static User requireUser(Context ctx) {
        User u = user(ctx);
        if (u == null) {
            throw new IllegalStateException("route guarded for signed-in users has no user");
        }
        return u;
    }

    public static String csrf(Context ctx) {
        return ctx.attribute(CSRF);
    }

    public static long pathId(Context ctx, String name) {
        String raw = ctx.pathParam(name);
        try {
            return Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw new io.javalin.http.NotFoundResponse("No such page.");
        }
    }

    public static String form(Context ctx, String name) {
        String v = ctx.formParam(name);
        return v == null ? "" : v;
    }

    public static String requiredForm(Context ctx, String name, String label) {
        String v = form(ctx, name).strip();
        if (v.isEmpty()) {
            throw new InvalidInput(label + " is required.");
        }
        return v;
    }
}
