package org.lectern.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A person's browser over plain HTTP: keeps cookies, does not follow redirects (tests look at
 * them), and fills in the CSRF token from the page a form is on, as a browser would.
 */
public final class WebClient {

    private final java.util.function.Function<String, String> urls;
    private final CookieManager cookies;
    private final HttpClient http;
    private final Map<String, String> extraHeaders = new LinkedHashMap<>();

    WebClient(TestServer server) {
        this(server::url, new CookieManager(null, CookiePolicy.ACCEPT_ALL));
    }

    private WebClient(java.util.function.Function<String, String> urls, CookieManager cookies) {
        this.urls = urls;
        this.cookies = cookies;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** A browser for a server at {@code baseUrl} (e.g. "http://127.0.0.1:7070"). */
    public static WebClient at(String baseUrl) {
        return new WebClient(path -> baseUrl + path, new CookieManager(null, CookiePolicy.ACCEPT_ALL));
    }

    /** The same browser (same cookies) talking to another node, e.g. behind a load balancer. */
    public WebClient sameBrowserOn(String baseUrl) {
        WebClient other = new WebClient(path -> baseUrl + path, cookies);
        other.extraHeaders.putAll(extraHeaders);
        return other;
    }

    /** Sends this header with every request from now on (e.g. what a proxy would add). */
    public WebClient withHeader(String name, String value) {
        extraHeaders.put(name, value);
        return this;
    }

    public record Page(int status, String body, HttpResponse<String> response) {
        public Document html() {
            return Jsoup.parse(body);
        }

        public String location() {
            return response.headers().firstValue("Location").orElse(null);
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        public java.util.List<String> headers(String name) {
            return response.headers().allValues(name);
        }
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(URI.create(urls.apply(path))).GET());
    }

    /** Loads {@code pagePath}, takes the CSRF token from it, and posts the form fields to {@code action}. */
    public Page submit(String pagePath, String action, Map<String, String> fields) {
        String token = csrfFrom(get(pagePath));
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", token);
        return postRaw(action, all);
    }

    /** Posts exactly these fields, without adding a token. */
    public Page postRaw(String action, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(urls.apply(action)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /**
     * Loads {@code pagePath}, takes the CSRF token from it, and posts a multipart/form-data form to
     * {@code action} with the fields and one file (skipped when fileName is null), as a browser would.
     */
    public Page upload(String pagePath, String action, Map<String, String> fields, String fileField, String fileName,
                       String contentType, byte[] content) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", csrfFrom(get(pagePath)));
        String boundary = "----lectern" + Long.toHexString(System.nanoTime());
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        try {
            for (Map.Entry<String, String> e : all.entrySet()) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + e.getKey() + "\"\r\n\r\n"
                        + e.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            if (fileName != null) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                        + fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                body.write(content);
                body.write("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return send(HttpRequest.newBuilder(URI.create(urls.apply(action)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    public static String csrfFrom(Page page) {
        Element input = page.html().selectFirst("input[name=_csrf]");
        if (input == null) {
            throw new AssertionError("no CSRF field on the page (status " + page.status() + ")");
        }
        return input.attr("value");
    }

    /** The absolute URL of a path on this client's server. */
    public String url(String path) {
        return urls.apply(path);
    }

    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
    }

    public void setCookie(String name, String value) {
        java.net.HttpCookie c = new java.net.HttpCookie(name, value);
        c.setPath("/");
        c.setVersion(0);
        cookies.getCookieStore().add(URI.create(urls.apply("/")), c);
    }

    public void clearCookies() {
        cookies.getCookieStore().removeAll();
    }

    public Page send(HttpRequest.Builder request) {
        extraHeaders.forEach(request::header);
        try {
            HttpResponse<String> r = http.send(request.header("Accept", "text/html").timeout(Duration.ofSeconds(180)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Page(r.statusCode(), r.body(), r);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
