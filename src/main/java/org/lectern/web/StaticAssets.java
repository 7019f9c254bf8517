package org.lectern.web;

import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Serves the few stylesheets and scripts under {@code static/} on the classpath. A handler of our
 * own rather than Jetty's resource handler, which mounts the whole 40 MB jar as a file system at
 * start-up (a good share of the start time) to serve four small files.
 */
final class StaticAssets {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*\\.(css|js)");
    private static final Map<String, byte[]> CACHE = new ConcurrentHashMap<>();

    private StaticAssets() {}

    static void register(Routes routes) {
        routes.get("/static/{name}", Access.ANYONE, ctx -> {
            String name = ctx.pathParam("name");
            if (!NAME.matcher(name).matches()) {
                throw new NotFoundResponse();
            }
            byte[] body = CACHE.computeIfAbsent(name, StaticAssets::load);
            if (body.length == 0) {
                throw new NotFoundResponse();
            }
            ctx.contentType(name.endsWith(".css") ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8");
            ctx.header("Cache-Control", "public, max-age=300");
            ctx.result(body);
        });
    }

    private static byte[] load(String name) {
        try (InputStream in = StaticAssets.class.getClassLoader().getResourceAsStream("static/" + name)) {
            return in == null ? new byte[0] : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
