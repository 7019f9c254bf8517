package org.lectern.web;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;

/**
 * Refuses a request whose declared body is over the limit before anything reads it, so form posts
 * and multipart uploads alike get the friendly 413 page. Bodies without a declared length are
 * capped while being read (Javalin's maxRequestSize, Jetty's multipart limits) and end on the same
 * page through {@link ErrorPages}.
 */
final class RequestLimits {

    private final long maxBytes;

    RequestLimits(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    void before(Context ctx) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxBytes) {
            swallow(ctx, declared);
            throw new HttpResponseException(413, "That upload or form is too large.");
        }
    }

    /** Bodies up to this size are read and thrown away before the 413 is sent (as Tomcat's maxSwallowSize). */
    static final long MAX_SWALLOW_BYTES = 2L * 1024 * 1024;

    /**
     * Reads a refused body that is not much larger than the limit. Closing the connection with the
     * body still unread makes the kernel reset it, and a client still sending then sees the reset
     * instead of the 413 page (a test saw "received no bytes" now and then). Far larger bodies are
     * not read: the connection is closed on them.
     */
    private static void swallow(Context ctx, long declared) {
        if (declared > MAX_SWALLOW_BYTES) {
            return;
        }
        try {
            ctx.req().getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        } catch (java.io.IOException | RuntimeException e) {
            // the client went away: nothing to answer anyway
        }
    }

    /** Whether an exception thrown while reading a body means the body was over a limit. */
    static boolean isTooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.eclipse.jetty.http.BadMessageException bad && bad.getCode() == 413) {
                return true;
            }
            if (t instanceof HttpResponseException h && h.getStatus() == 413) {
                return true;
            }
            String m = t.getMessage();
            if (m != null && (m.contains("max length exceeded") || m.contains("exceeds max")
                    || m.contains("Request entity too large") || m.contains("Form is larger than max"))) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
