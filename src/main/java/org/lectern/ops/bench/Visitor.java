package org.lectern.ops.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One simulated person with their own cookies (so their own session), sharing the benchmark's
 * HTTP client. Does what a browser does for Lectern's forms: keeps cookies, takes the CSRF token
 * from the page the form is on. Follows no redirects: steps look at them.
 */
public final class Visitor {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"");

    private final HttpClient http;
    private final String baseUrl;
    private final Map<String, String> cookies = new ConcurrentHashMap<>();
    private final Map<String, Object> facts = new ConcurrentHashMap<>();
    private final String email;
    private final String password;

    /**
     * A response; its body is decompressed only when a step reads it. A browser inflates a page on the
     * student's device: the benchmark's client shares the server's cores, and inflating every page it
     * does not read would count its own work against the server.
     */
    public static final class Response {
        private final HttpResponse<byte[]> raw;
        private String body;

        Response(HttpResponse<byte[]> raw) {
            this.raw = raw;
        }

        public int status() {
            return raw.statusCode();
        }

        public String body() {
            if (body == null) {
                body = text(raw);
            }
            return body;
        }

        public HttpResponse<byte[]> raw() {
            return raw;
        }

        public String location() {
            return raw.headers().firstValue("Location").orElse(null);
        }
    }

    public Visitor(HttpClient http, String baseUrl, String email, String password) {
        this.http = http;
        this.baseUrl = baseUrl;
        this.email = email;
        this.password = password;
    }

    public String email() {
        return email;
    }

    public String password() {
        return password;
    }

    /** What a step learned about this visitor for later steps (e.g. their class id). */
    @SuppressWarnings("unchecked")
    public <T> T fact(String key) {
        return (T) facts.get(key);
    }

    public void remember(String key, Object value) {
        facts.put(key, value);
    }

    public Response get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
    }

    /** Loads {@code pagePath} for its CSRF token, then posts {@code fields} to {@code action}. */
    public Response submit(String pagePath, String action, Map<String, String> fields) throws IOException, InterruptedException {
        Response page = get(pagePath);
        String token = csrfToken(page.body());
        if (token == null) {
            throw new IOException("no CSRF field on " + pagePath + " (status " + page.status() + ")");
        }
        return post(action, token, fields);
    }

    /** Posts a form with a CSRF token the visitor already has (as a page's second form post would). */
    public Response post(String action, String csrfToken, Map<String, String> fields) throws IOException, InterruptedException {
        return post(action, csrfToken, fields, Map.of());
    }

    /** A form post with extra request headers (as a page's script sends them). */
    public Response post(String action, String csrfToken, Map<String, String> fields, Map<String, String> headers)
            throws IOException, InterruptedException {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", csrfToken);
        String body = all.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(b::header);
        return send(b);
    }

    public static String csrfToken(String html) {
        Matcher m = CSRF.matcher(html);
        if (!m.find()) {
            return null;
        }
        return m.group(1) != null ? m.group(1) : m.group(2);
    }

    private Response send(HttpRequest.Builder b) throws IOException, InterruptedException {
        if (!cookies.isEmpty()) {
            b.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        // Asks for gzip as every browser does, so the server's compression is part of what is measured.
        HttpResponse<byte[]> r = http.send(b.header("Accept", "text/html").header("Accept-Encoding", "gzip")
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
        for (String setCookie : r.headers().allValues("Set-Cookie")) {
            int eq = setCookie.indexOf('=');
            int semi = setCookie.indexOf(';');
            if (eq <= 0) {
                continue;
            }
            String name = setCookie.substring(0, eq).strip();
            String value = setCookie.substring(eq + 1, semi < 0 ? setCookie.length() : semi).strip();
            if (value.isEmpty() || setCookie.toLowerCase(java.util.Locale.ROOT).contains("max-age=0")) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
        return new Response(r);
    }

    private static String text(HttpResponse<byte[]> r) {
        byte[] body = r.body();
        if (r.headers().firstValue("Content-Encoding").filter("gzip"::equalsIgnoreCase).isPresent()) {
            try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(body))) {
                body = in.readAllBytes();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException("the server sent a broken gzip body", e);
            }
        }
        return new String(body, StandardCharsets.UTF_8);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
