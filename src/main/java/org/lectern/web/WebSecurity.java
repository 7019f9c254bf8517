package org.lectern.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.lectern.accounts.SessionStore;
import org.lectern.shared.Forbidden;

/**
 * Runs before every request: security headers, the session (from the database, so any node can
 * serve it) and the CSRF check on every state-changing request. Signed-in visitors use their
 * session's token; anonymous forms (sign-in, set-up, join) use a double-submit cookie.
 */
public final class WebSecurity {

    public static final String SESSION_COOKIE = "lectern_session";
    public static final String CSRF_COOKIE = "lectern_csrf";
    public static final String CSRF_FIELD = "_csrf";

    static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
            + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private final SessionStore sessions;
    private final boolean trustProxy;

    /** Directly on the network: forwarded headers are ignored. */
    public WebSecurity(SessionStore sessions) {
        this(sessions, false);
    }

    /**
     * @param trustProxy believe X-Forwarded-Proto / X-Forwarded-For; only behind a proxy that sets
     *     them, since otherwise any client could claim HTTPS or someone else's address
     */
    public WebSecurity(SessionStore sessions, boolean trustProxy) {
        this.sessions = sessions;
        this.trustProxy = trustProxy;
    }

    /** The security headers, on every response: pages, static files, errors, /health. */
    public void headers(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "same-origin");
        if (isHttps(ctx)) {
            ctx.header("Strict-Transport-Security", "max-age=31536000");
        }
    }

    public void before(Context ctx) {
        headers(ctx);
        if (ctx.path().equals("/health") || ctx.path().startsWith("/static/")) {
            return;
        }
        Optional<SessionStore.ActiveSession> session = sessions.find(ctx.cookie(SESSION_COOKIE));
        String expectedCsrf;
        if (session.isPresent()) {
            ctx.attribute(RequestContext.USER, session.get().user());
            expectedCsrf = session.get().csrfToken();
        } else {
            if (ctx.cookie(SESSION_COOKIE) != null) {
                clearCookie(ctx, SESSION_COOKIE);
            }
            expectedCsrf = ctx.cookie(CSRF_COOKIE);
            if (expectedCsrf == null || expectedCsrf.length() < 20 || expectedCsrf.length() > 100) {
                expectedCsrf = SessionStore.randomToken();
                setCookie(ctx, CSRF_COOKIE, expectedCsrf);
            }
        }
        ctx.attribute(RequestContext.CSRF, expectedCsrf);
        if (changesState(ctx.method())) {
            String sent = ctx.header("X-CSRF-Token");
            if (sent == null) {
                sent = ctx.formParam(CSRF_FIELD);
            }
            if (!constantTimeEquals(sent, expectedCsrf)) {
                throw new Forbidden("This form has expired or did not come from Lectern. Go back, reload the page and try again.");
            }
        }
    }

    /** Starts a signed-in session with a new id (the old one, if any, is dropped). */
    public void signIn(Context ctx, long userId) {
        String old = ctx.cookie(SESSION_COOKIE);
        if (old != null) {
            sessions.delete(old);
        }
        setCookie(ctx, SESSION_COOKIE, sessions.create(userId));
    }

    public void signOut(Context ctx) {
        sessions.delete(ctx.cookie(SESSION_COOKIE));
        clearCookie(ctx, SESSION_COOKIE);
    }

    private static boolean changesState(HandlerType method) {
        return method == HandlerType.POST || method == HandlerType.PUT || method == HandlerType.PATCH
                || method == HandlerType.DELETE;
    }

    static boolean constantTimeEquals(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    /** Whether the visitor reached Lectern over HTTPS (directly, or through a trusted proxy). */
    public boolean isHttps(Context ctx) {
        if ("https".equalsIgnoreCase(ctx.scheme())) {
            return true;
        }
        if (!trustProxy) {
            return false;
        }
        String proto = ctx.header("X-Forwarded-Proto");
        if (proto == null) {
            return false;
        }
        // A chain of proxies appends; the first value is what the visitor used.
        int comma = proto.indexOf(',');
        return "https".equalsIgnoreCase((comma >= 0 ? proto.substring(0, comma) : proto).strip());
    }

    /**
     * The visitor's address: the TCP peer, or behind a trusted proxy the last address in
     * X-Forwarded-For (the one the proxy itself added; earlier entries are the client's say-so).
     */
    public String clientAddress(Context ctx) {
        if (trustProxy) {
            String forwarded = ctx.header("X-Forwarded-For");
            if (forwarded != null && !forwarded.isBlank()) {
                String[] hops = forwarded.split(",");
                String last = hops[hops.length - 1].strip();
                if (!last.isEmpty() && last.length() <= 100) {
                    return last;
                }
            }
        }
        return ctx.ip();
    }

    private void setCookie(Context ctx, String name, String value) {
        ctx.res().addHeader("Set-Cookie", name + "=" + value + "; Path=/; HttpOnly; SameSite=Lax"
                + (isHttps(ctx) ? "; Secure" : ""));
    }

    private void clearCookie(Context ctx, String name) {
        ctx.res().addHeader("Set-Cookie", name + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax"
                + (isHttps(ctx) ? "; Secure" : ""));
    }
}
