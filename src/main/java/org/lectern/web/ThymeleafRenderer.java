package org.lectern.web;

import io.javalin.http.Context;
import io.javalin.rendering.FileRenderer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.lectern.shared.SafeHtml;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Javalin's file renderer over Thymeleaf (the Javalin 7 rendering module does not resolve here).
 * Every page gets the signed-in user and the CSRF token, so forms and the layout need no help
 * from handlers. {@link SharedFragment}s in a model are rendered once per distinct values and
 * reused: at a class's peak every student opens the same reading, and Thymeleaf's cost is per
 * element processed, static or not.
 */
public final class ThymeleafRenderer implements FileRenderer {

    /** Distinct shared fragments kept; past this the cache starts again (a reading's parts are few). */
    static final int SHARED_FRAGMENTS_KEPT = 20_000;
    /** Characters of shared fragments kept (about 32 MB); past this the cache starts again (typed answers can be long). */
    static final long SHARED_CHARS_KEPT = 16L << 20;

    /** The request attribute holding a page's gzip body when the renderer built one (see LecternServer). */
    static final String GZIPPED = "lectern.gzipped";

    /** The request attribute asking for the rendered text to go out as it is (see {@link #sendPlain}). */
    private static final String PLAIN = "lectern.plain";

    /** Marks where a kept part goes in the rendered page; the random token keeps article text from imitating it. */
    private final String mark = "\uE000" + java.util.UUID.randomUUID().toString().replace("-", "") + ":";
    private static final char MARK_END = '\uE001';

    private final TemplateEngine engine;
    private final Map<SharedFragment, Kept> shared = new ConcurrentHashMap<>();

    /**
     * A shared fragment's HTML as pieces: text, and the kept parts among its values (a reading's
     * section list of sentences) where they go, so the page compressor still splices them in
     * compressed once; and whether the text holds the CSRF mark (looked for once, not on every page).
     */
    private record Kept(List<Object> pieces, boolean hasCsrf) {}
    /** Marks where a kept value goes in a shared fragment's HTML, as {@link #mark} does in a page. */
    private final String partMark = "\uE002" + java.util.UUID.randomUUID().toString().replace("-", "") + ":";
    private final java.util.concurrent.atomic.AtomicLong sharedChars = new java.util.concurrent.atomic.AtomicLong();
    /**
     * Stands for the CSRF token in a shared fragment (a question's form), replaced with the page's
     * own token when the fragment is used. Letters and digits, so escaping leaves it as it is; random,
     * so no text can imitate it.
     */
    private final String csrfMark = "csrf" + java.util.UUID.randomUUID().toString().replace("-", "");
    private final PageGzip gzip = new PageGzip(LecternServer.GZIP_LEVEL);

    public ThymeleafRenderer() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        // Lectern runs at the root path, so @{/...} links need no servlet context.
        engine.setLinkBuilder(new StandardLinkBuilder() {
            @Override
            protected String computeContextPath(IExpressionContext context, String base, Map<String, Object> parameters) {
                return "";
            }
        });
    }

    @Override
    public String render(String template, Map<String, ?> model, Context ctx) {
        Map<String, Object> vars = new HashMap<>(model);
        boolean gzipped = ctx.attribute(PLAIN) == null && acceptsGzip(ctx);
        // With gzip, a kept part (compressed once, see PageGzip) is rendered as a mark where it goes.
        List<SafeHtml> kept = new ArrayList<>(2);
        String csrf = RequestContext.csrf(ctx);
        vars.replaceAll((name, value) -> {
            if (value instanceof SharedFragment part) {
                return place(shared(part, csrf), gzipped, kept);
            }
            if (value instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof SharedFragment) {
                return list.stream().map(p -> place(shared((SharedFragment) p, csrf), gzipped, kept)).toList();
            }
            if (gzipped && value instanceof SafeHtml html && PageGzip.worthKeeping(html)) {
                kept.add(html);
                return new SafeHtml(mark + (kept.size() - 1) + MARK_END);
            }
            return value;
        });
        org.lectern.accounts.User user = RequestContext.user(ctx);
        vars.putIfAbsent("currentUser", user);
        // The layout's navigation reads plain values (no method calls through OGNL on every page).
        vars.put("navSignedIn", user != null);
        vars.put("navInstructor", user != null && user.isInstructor());
        vars.put("navAdmin", user != null && user.admin());
        vars.put("navUserName", user == null ? null : user.name());
        vars.putIfAbsent("csrf", csrf);
        vars.putIfAbsent("path", ctx.path());
        String page = engine.process(template, new org.thymeleaf.context.Context(Locale.ENGLISH, vars));
        if (!gzipped) {
            return page;
        }
        // The page's pieces in order: its own text between the marks, and the kept parts.
        List<Object> pieces = split(page, mark, kept);
        String plain = page;
        if (!kept.isEmpty()) {
            StringBuilder whole = new StringBuilder(page.length() + 16 * 1024);
            pieces.forEach(whole::append); // a kept part appends its HTML (SafeHtml#toString)
            plain = whole.toString();
        }
        // Set or cleared on every render: the after-handler must never send an earlier render's body.
        ctx.attribute(GZIPPED, plain.length() < PageGzip.MIN_BYTES ? null : gzip.gzip(pieces));
        return plain;
    }

    /**
     * Sends the next render uncompressed. For a reply of a few kilobytes, such as one answered
     * question put in place by the page's script: it leaves in the first round trip either way (a
     * connection's first window is about 14 KB), and compressing it was an eighth of that reply's
     * cost at a class's peak.
     */
    public static void sendPlain(Context ctx) {
        ctx.attribute(PLAIN, Boolean.TRUE);
        ctx.disableCompression();
    }

    /** Does the request take gzip ("gzip", "gzip;q=0.8"; not "gzip;q=0")? */
    static boolean acceptsGzip(Context ctx) {
        String accept = ctx.header("Accept-Encoding");
        if (accept == null) {
            return false;
        }
        for (String coding : accept.split(",")) {
            int semi = coding.indexOf(';');
            String name = (semi < 0 ? coding : coding.substring(0, semi)).strip();
            if (name.equalsIgnoreCase("gzip")) {
                return semi < 0 || !coding.substring(semi + 1).replace(" ", "").matches("q=0(\\.0*)?");
            }
        }
        return false;
    }

    /** The text between the marks ({@code mark}, a part's index, {@link #MARK_END}) and the parts they stand for, in order. */
    private static List<Object> split(String html, String mark, List<SafeHtml> parts) {
        List<Object> pieces = new ArrayList<>(2 * parts.size() + 1);
        int from = 0;
        for (int at = parts.isEmpty() ? -1 : html.indexOf(mark); at >= 0; at = html.indexOf(mark, from)) {
            int end = html.indexOf(MARK_END, at);
            pieces.add(html.substring(from, at));
            pieces.add(parts.get(Integer.parseInt(html, at + mark.length(), end, 10)));
            from = end + 1;
        }
        pieces.add(from == 0 ? html : html.substring(from));
        return pieces;
    }

    /**
     * A shared fragment's pieces as one value of the page: its text, and its kept parts as the
     * page's marks when the page is compressed (see {@link #render}), else in full.
     */
    private SafeHtml place(List<Object> pieces, boolean gzipped, List<SafeHtml> kept) {
        if (pieces.size() == 1 && pieces.get(0) instanceof String only) {
            return new SafeHtml(only);
        }
        StringBuilder html = new StringBuilder();
        for (Object piece : pieces) {
            if (piece instanceof SafeHtml part && gzipped) {
                kept.add(part);
                html.append(mark).append(kept.size() - 1).append(MARK_END);
            } else {
                html.append(piece);
            }
        }
        return new SafeHtml(html.toString());
    }

    /**
     * The part's HTML as pieces, rendered from its values alone (no user: nothing personal), with
     * this page's CSRF token where a form in it needs one.
     */
    List<Object> shared(SharedFragment part, String csrf) {
        Kept kept = shared.get(part);
        if (kept == null) {
            Map<String, Object> values = new HashMap<>(part.values());
            values.put("csrf", csrfMark);
            List<SafeHtml> inner = new ArrayList<>(1);
            values.replaceAll((name, value) -> {
                if (value instanceof SafeHtml html && PageGzip.worthKeeping(html)) {
                    inner.add(html);
                    return new SafeHtml(partMark + (inner.size() - 1) + MARK_END);
                }
                return value;
            });
            String html = engine.process(part.template(), Set.of(part.fragment()), new org.thymeleaf.context.Context(Locale.ENGLISH, values));
            List<Object> pieces = split(html, partMark, inner);
            kept = new Kept(List.copyOf(pieces), html.contains(csrfMark));
            if (shared.size() >= SHARED_FRAGMENTS_KEPT || sharedChars.addAndGet(html.length()) > SHARED_CHARS_KEPT) {
                shared.clear();
                sharedChars.set(html.length());
            }
            shared.put(part, kept);
        }
        if (!kept.hasCsrf()) {
            return kept.pieces();
        }
        String token = csrf == null ? "" : csrf;
        return kept.pieces().stream().map(p -> p instanceof String text ? (Object) text.replace(csrfMark, token) : p).toList();
    }
}
