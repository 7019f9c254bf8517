package org.lectern.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import org.lectern.accounts.User;
import org.lectern.shared.Forbidden;

/**
 * The only way features add routes: each names its {@link Access}, checked before the handler
 * runs. Anonymous visitors of a protected page are sent to sign in; signed-in people without the
 * right role get 403.
 */
public final class Routes {

    /** One registered route: method ("GET"/"POST"), path pattern and access. */
    public record Registered(String method, String path, Access access) {}

    private final RoutesConfig routes;
    private final java.util.List<Registered> registered;
    private final RequestAdmission admission;

    public Routes(RoutesConfig routes) {
        this(routes, new java.util.ArrayList<>(), RequestAdmission.unlimited());
    }

    /**
     * Routes that also records each registration in {@code registered}, and lets at most as many
     * requests work at once as {@code admission} allows (the others wait their turn, in order).
     */
    public Routes(RoutesConfig routes, java.util.List<Registered> registered, RequestAdmission admission) {
        this.routes = routes;
        this.registered = registered;
        this.admission = admission;
    }

    public Routes get(String path, Access access, Handler handler) {
        routes.get(path, admitted(path, guard(access, handler)));
        registered.add(new Registered("GET", path, access));
        return this;
    }

    public Routes post(String path, Access access, Handler handler) {
        routes.post(path, admitted(path, guard(access, handler)));
        registered.add(new Registered("POST", path, access));
        return this;
    }

    /** Health checks and static files skip the queue: they touch no shared resource worth protecting. */
    private Handler admitted(String path, Handler handler) {
        if (path.equals("/health") || path.startsWith("/static/")) {
            return handler;
        }
        return ctx -> admission.run(() -> handler.handle(ctx));
    }

    private static Handler guard(Access access, Handler handler) {
        return ctx -> {
            User user = RequestContext.user(ctx);
            if (!access.allows(user)) {
                if (user == null) {
                    redirectToSignIn(ctx);
                    return;
                }
                throw new Forbidden("You do not have access to this page.");
            }
            handler.handle(ctx);
        };
    }

    static void redirectToSignIn(Context ctx) {
        String target = ctx.path();
        String query = ctx.queryString();
        if (query != null && !query.isEmpty()) {
            target += "?" + query;
        }
        String next = "GET".equals(ctx.method().name()) ? target : "/";
        ctx.redirect("/signin?next=" + java.net.URLEncoder.encode(next, java.nio.charset.StandardCharsets.UTF_8),
                HttpStatus.SEE_OTHER);
    }
}
