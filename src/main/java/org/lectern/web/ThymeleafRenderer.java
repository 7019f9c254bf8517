package org.lectern.web;

import io.javalin.http.Context;
import io.javalin.rendering.FileRenderer;
import java.util.HashMap;
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

    private final TemplateEngine engine;
    private final Map<SharedFragment, String> shared = new ConcurrentHashMap<>();

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
        vars.replaceAll((name, value) -> value instanceof SharedFragment part ? new SafeHtml(shared(part)) : value);
        org.lectern.accounts.User user = RequestContext.user(ctx);
        vars.putIfAbsent("currentUser", user);
        // The layout's navigation reads plain values (no method calls through OGNL on every page).
        vars.put("navSignedIn", user != null);
        vars.put("navInstructor", user != null && user.isInstructor());
        vars.put("navAdmin", user != null && user.admin());
        vars.put("navUserName", user == null ? null : user.name());
        vars.putIfAbsent("csrf", RequestContext.csrf(ctx));
        vars.putIfAbsent("path", ctx.path());
        return engine.process(template, new org.thymeleaf.context.Context(Locale.ENGLISH, vars));
    }

    /** The part's HTML, rendered from its values alone (no user, no CSRF token: nothing personal). */
    String shared(SharedFragment part) {
        String html = shared.get(part);
        if (html == null) {
            html = engine.process(part.template(), Set.of(part.fragment()),
                    new org.thymeleaf.context.Context(Locale.ENGLISH, part.values()));
            if (shared.size() >= SHARED_FRAGMENTS_KEPT) {
                shared.clear();
            }
            shared.put(part, html);
        }
        return html;
    }
}
