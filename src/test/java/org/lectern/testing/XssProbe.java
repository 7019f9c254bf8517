package org.lectern.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Stored-XSS probes: payloads to put wherever people type text (names, class names, article text,
 * question edits, discussion posts), and the check that a page showing them renders them inert.
 * Use one distinct payload per field so a failure names the field.
 */
public final class XssProbe {

    private XssProbe() {}

    /** A payload that would run script if it reached the page unescaped. {@code tag} tells fields apart. */
    public static String script(String tag) {
        return "<script>alert('" + tag + "')</script>";
    }

    /** An event-handler payload (no script element needed). */
    public static String image(String tag) {
        return "<img src=x onerror=\"alert('" + tag + "')\">";
    }

    /** One of each, tagged, for a field that takes up to 200 characters. */
    public static List<String> payloads(String tag) {
        return List.of(script(tag), image(tag), "\"><svg onload=alert('" + tag + "')>", "javascript:alert('" + tag + "')");
    }

    /** A link whose target would run script if a page made it a link. */
    public static String javascriptLink(String tag) {
        return "javascript:alert('" + tag + "')";
    }

    /**
     * An article (markdown) with payloads where a writer's text goes: the title, paragraphs, a list
     * item, raw HTML and a markdown link to a javascript: URL.
     */
    public static String article(String tag, String body) {
        return "# Ties and Tensions " + script(tag + "-title") + "\n\n"
                + "Officials said " + script(tag + "-p") + " was only the start of the talks between the two governments.\n\n"
                + "A later report " + image(tag + "-img") + " described the meeting as cordial and productive.\n\n"
                + "- A list item with \"><svg onload=alert('" + tag + "-li')> inside it and more words.\n\n"
                + "See [the full statement](" + javascriptLink(tag + "-link") + ") for the details of the agreement.\n\n"
                + body + "\n";
    }

    /**
     * The page shows each payload as text (escaped in the HTML) and contains no element or
     * attribute that would run it: no inline script, no on* handler, no javascript: URL.
     */
    public static void assertInert(WebClient.Page page, String... payloads) {
        Document doc = page.html();
        for (Element script : doc.select("script")) {
            assertThat(script.hasAttr("src")).as("only external scripts: " + script).isTrue();
            assertThat(script.attr("src")).as("scripts come from /static").startsWith("/static/");
        }
        for (Element e : doc.getAllElements()) {
            for (Attribute a : e.attributes()) {
                assertThat(a.getKey().toLowerCase()).as("event handler on <" + e.tagName() + ">").doesNotStartWith("on");
                if (a.getKey().equalsIgnoreCase("href") || a.getKey().equalsIgnoreCase("src")
                        || a.getKey().equalsIgnoreCase("action")) {
                    assertThat(a.getValue().strip().toLowerCase()).as("URL in " + a.getKey()).doesNotStartWith("javascript:");
                }
            }
        }
        for (String payload : payloads) {
            if (payload.startsWith("<") || payload.startsWith("\"")) {
                assertThat(page.body()).as("raw markup must not appear").doesNotContain(payload);
            }
        }
    }

    /** Like {@link #assertInert} and, in addition, the payload is visible as text, proving the page shows it. */
    public static void assertShownAsText(WebClient.Page page, String payload) {
        assertInert(page, payload);
        assertThat(page.html().text()).as("payload shown as text").contains(payload);
    }
}
