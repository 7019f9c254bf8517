package org.lectern.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.Map;
import org.lectern.shared.Forbidden;
import org.lectern.shared.InvalidInput;
import org.lectern.shared.NotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Friendly error pages. Exceptions only set the status and a message a person can read; the page is
 * rendered once, by the status's error handler. Stack traces go to the log, never the browser.
 */
public final class ErrorPages {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorPages.class);
    private static final String MESSAGE = "lectern.error.message";
    private static final String FAILED = "lectern.error.failed";

    private ErrorPages() {}

    static void register(RoutesConfig routes) {
        routes.exception(InvalidInput.class, (e, ctx) -> fail(ctx, 400, e.getMessage()));
        routes.exception(Forbidden.class, (e, ctx) -> fail(ctx, 403, e.getMessage()));
        routes.exception(NotFound.class, (e, ctx) -> fail(ctx, 404, e.getMessage()));
        routes.exception(HttpResponseException.class, (e, ctx) -> fail(ctx, e.getStatus(), readable(e)));
        routes.exception(Exception.class, (e, ctx) -> {
            if (RequestLimits.isTooLarge(e)) {
                fail(ctx, 413, "That upload or form is too large.");
                return;
            }
            LOG.error("Unhandled error on {} {}", ctx.method(), ctx.path(), e);
            fail(ctx, 500, null);
        });
        for (int status : new int[] {400, 403, 404, 405, 413, 500}) {
            routes.error(status, ErrorPages::render);
        }
    }

    private static void fail(Context ctx, int status, String message) {
        ctx.status(status);
        ctx.attribute(FAILED, Boolean.TRUE);
        if (message != null) {
            ctx.attribute(MESSAGE, message);
        }
    }

    private static void render(Context ctx) {
        int status = ctx.statusCode();
        // A handler that re-rendered its own form with a 4xx status keeps its page.
        String own = ctx.result();
        if (ctx.attribute(FAILED) == null && own != null && own.startsWith("<!DOCTYPE html>")) {
            return;
        }
        String message = ctx.attribute(MESSAGE);
        if (message == null) {
            message = switch (status) {
                case 400 -> "The request could not be understood.";
                case 403 -> "You do not have access to this page.";
                case 404 -> "There is no page at this address.";
                case 405 -> "That action is not possible here.";
                case 413 -> "That upload or form is too large.";
                default -> "Something went wrong on our side. It has been logged; please try again.";
            };
        }
        String title = switch (status) {
            case 400 -> "Please check your input";
            case 403 -> "Not allowed";
            case 404 -> "Page not found";
            case 405 -> "Not possible";
            case 413 -> "Too large";
            default -> "Something went wrong";
        };
        if (acceptsHtml(ctx)) {
            ctx.render("error", Map.of("status", status, "heading", title, "message", message));
        } else {
            ctx.contentType("text/plain; charset=utf-8").result(title + ": " + message);
        }
        ctx.status(status);
    }

    private static boolean acceptsHtml(Context ctx) {
        String accept = ctx.header("Accept");
        return accept == null || accept.contains("text/html") || accept.contains("*/*");
    }

    private static String readable(HttpResponseException e) {
        return switch (e.getStatus()) {
            case 404 -> "There is no page at this address.";
            case 413 -> "That upload or form is too large.";
            case 405 -> "That action is not possible here.";
            default -> e.getStatus() >= 500 ? null : e.getMessage();
        };
    }
}
