package org.lectern.testing;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A real headless browser for end-to-end tests: the system Chromium ({@code /usr/bin/chromium})
 * driven by Playwright for Java, with Playwright's own browser download skipped. Without Chromium the
 * test is skipped with the reason, except under CI=true, where it fails. Also checks pages with
 * axe-core (fetched once from the npm registry into target/axe with {@code npm pack}) and saves
 * screenshots to target/screenshots.
 */
public final class BrowserSession implements AutoCloseable {

    public static final Path CHROMIUM = Paths.get(System.getenv().getOrDefault("LECTERN_CHROMIUM", "/usr/bin/chromium"));
    public static final String AXE_VERSION = "4.10.2";
    public static final int DESKTOP = 1280;
    public static final int PHONE = 375;

    private final Playwright playwright;
    private final Browser browser;
    private final BrowserContext context;
    private final Page page;
    private final TestServer server;

    private BrowserSession(TestServer server, Playwright playwright, Browser browser, BrowserContext context) {
        this.server = server;
        this.playwright = playwright;
        this.browser = browser;
        this.context = context;
        this.page = context.newPage();
    }

    /** Starts Chromium with a fresh profile (no cookies) pointed at the test server. */
    public static BrowserSession open(TestServer server) {
        if (!Files.isExecutable(CHROMIUM)) {
            String reason = "Chromium is not installed at " + CHROMIUM + " (apt-get install chromium)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new AssertionError(reason + ": required under CI");
            }
            Assumptions.abort(reason + ": skipping browser tests");
        }
        Playwright pw = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        Browser browser = pw.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
        // bypassCSP lets the test inject axe-core; the pages' own scripts still come from /static only.
        BrowserContext ctx = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(DESKTOP, 900).setBypassCSP(true).setLocale("en-GB"));
        return new BrowserSession(server, pw, browser, ctx);
    }

    public Page page() {
        return page;
    }

    public Page go(String path) {
        page.navigate(server.url(path));
        return page;
    }

    public String path() {
        return java.net.URI.create(page.url()).getPath();
    }

    /** Runs axe-core on the current page; returns the violations as "id: help (n nodes)" lines. */
    @SuppressWarnings("unchecked")
    public List<String> axeViolations() {
        page.evaluate(axeSource());
        Object result = page.evaluate("async () => { const r = await axe.run(document, {resultTypes: ['violations']});"
                + " return r.violations.map(v => v.id + ': ' + v.help + ' (' + v.nodes.length + ' nodes: '"
                + " + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ') + ')'); }");
        return (List<String>) result;
    }

    /** Saves a full-page screenshot at desktop and phone width to target/screenshots/{name}-{width}.png. */
    public void screenshots(String name) {
        try {
            Files.createDirectories(Paths.get("target", "screenshots"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        for (int width : new int[] {DESKTOP, PHONE}) {
            page.setViewportSize(width, width == PHONE ? 740 : 900);
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(Paths.get("target", "screenshots", name + "-" + width + ".png")));
        }
        page.setViewportSize(DESKTOP, 900);
    }

    /** Whether the page scrolls sideways at the given width. */
    public boolean scrollsHorizontallyAt(int width) {
        page.setViewportSize(width, 740);
        boolean wide = (Boolean) page.evaluate("() => document.documentElement.scrollWidth > document.documentElement.clientWidth");
        page.setViewportSize(DESKTOP, 900);
        return wide;
    }

    private static String axeCache;

    private static synchronized String axeSource() {
        if (axeCache != null) {
            return axeCache;
        }
        Path dir = Paths.get("target", "axe");
        Path js = dir.resolve("package").resolve("axe.min.js");
        try {
            if (!Files.exists(js)) {
                Files.createDirectories(dir);
                run(dir, "npm", "pack", "--silent", "axe-core@" + AXE_VERSION);
                run(dir, "tar", "xzf", "axe-core-" + AXE_VERSION + ".tgz");
            }
            axeCache = Files.readString(js);
            return axeCache;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot get axe-core " + AXE_VERSION + " from the npm registry", e);
        }
    }

    private static void run(Path dir, String... command) throws IOException {
        try {
            Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            if (!p.waitFor(180, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IOException(String.join(" ", command) + " failed: " + out);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    @Override
    public void close() {
        try {
            context.close();
            browser.close();
        } finally {
            playwright.close();
        }
    }

    /**
     * Audits the current page as a person with a screen reader or a phone would meet it: axe-core
     * violations and sideways scrolling at 375 px are added to the lists (prefixed with the page's
     * name), and screenshots are saved at both widths.
     */
    public void audit(String name, java.util.List<String> violations, java.util.List<String> sideways) {
        for (String v : axeViolations()) {
            violations.add(name + ": " + v);
        }
        if (scrollsHorizontallyAt(PHONE)) {
            sideways.add(name);
        }
        screenshots(name);
    }
}
