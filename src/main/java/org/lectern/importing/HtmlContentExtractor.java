package org.lectern.importing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * Main content of a saved web page. jsoup parses; the extraction is ours: page chrome is removed by
 * tag and by class/id hints, then each container is scored by the prose it holds (text length,
 * commas, low link density, semantic tags) and the best one is rendered as plain text blocks
 * (headings as {@code ## }, list items as {@code - }). Title, byline, date and site name come from
 * {@code <meta>}, JSON-LD and {@code <time>} where present.
 */
public final class HtmlContentExtractor {
    private HtmlContentExtractor() {}

    public record Extracted(String text, Hints hints) {}

    private static final String LINE_BREAK = "\u2028";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern NEGATIVE = Pattern.compile(
            "(?i)(?:^|[\\s_-])(?:nav|navbar|navigation|menu|header|masthead|footer|foot|sidebar|side-bar|aside|widget|share|sharing|"
                    + "social|comment|comments|respond|reply|related|recommend|recommended|promo|newsletter|subscribe|subscription|"
                    + "signup|cookie|cookies|consent|gdpr|banner|advert|advertisement|ads?|sponsor|popup|modal|overlay|breadcrumbs?|"
                    + "pagination|pager|tags|tag-list|author-bio|toolbar|skip|search|login|byline-share|print|most-read|trending|"
                    + "outbrain|taboola|disqus|hidden|sr-only|visually-hidden)(?:$|[\\s_-])");
    private static final Pattern POSITIVE = Pattern.compile(
            "(?i)(?:article|body|content|entry|main|post|story|text|blog|prose|rich-text)");

    public static Extracted extract(String html) {
        Document doc = Jsoup.parse(html);
        Hints hints = metadata(doc);
        doc.select("script,style,noscript,template,svg,canvas,iframe,object,embed,form,button,input,select,textarea,"
                + "nav,header,footer,aside,dialog,menu,figure figcaption,[hidden],[aria-hidden=true],[role=navigation],"
                + "[role=banner],[role=contentinfo],[role=complementary],[role=search],[role=dialog],[role=alert]").remove();
        for (Element e : new ArrayList<>(doc.body().getAllElements())) {
            if (e == doc.body() || e.parent() == null) continue;
            String hint = e.className() + " " + e.id();
            if (hint.isBlank() || e.tagName().equals("article") || e.tagName().equals("main")) continue;
            if (NEGATIVE.matcher(hint).find() && !POSITIVE.matcher(e.id()).find() && textLength(e) < 3000) {
                e.remove();
            } else if (e.attr("style").replace(" ", "").contains("display:none")) {
                e.remove();
            }
        }
        Element best = bestContainer(doc);
        List<String> blocks = new ArrayList<>();
        render(best, blocks);
        return new Extracted(String.join("\n\n", blocks), hints);
    }

    private static Element bestContainer(Document doc) {
        Map<Element, Double> scores = new HashMap<>();
        for (Element p : doc.body().select("p,pre,td,blockquote,li,div,section,article,main")) {
            String own = ownBlockText(p);
            if (own.length() < 25) continue;
            double score = 1 + Math.min(3, own.length() / 100.0) + own.split("[,，]").length - 1;
            score *= (1 - linkDensity(p));
            Element parent = p.parent();
            if (parent == null) continue;
            scores.merge(parent, score, Double::sum);
            if (parent.parent() != null) scores.merge(parent.parent(), score / 2, Double::sum);
        }
        Element best = doc.body();
        double bestScore = 0;
        List<Element> ordered = new ArrayList<>(scores.keySet());
        for (Element e : ordered) {
            double s = scores.get(e) * (1 - linkDensity(e)) * hintWeight(e);
            if (s > bestScore || (s == bestScore && e.siblingIndex() < best.siblingIndex())) { bestScore = s; best = e; }
        }
        // Prefer a semantic <article>/<main> that contains the winner and little else.
        for (Element a = best; a != null; a = a.parent()) {
            if ((a.tagName().equals("article") || a.tagName().equals("main")) && textLength(a) < textLength(best) * 1.6) return a;
        }
        // Widen to the parent when siblings carry comparable prose (article split into several divs).
        Element parent = best.parent();
        if (parent != null && parent != doc.body().parent() && textLength(best) < textLength(parent) * 0.6) {
            double siblingProse = 0;
            for (Element sib : parent.children()) if (sib != best && linkDensity(sib) < 0.3) siblingProse += proseLength(sib);
            if (siblingProse > proseLength(best) * 0.5) return parent;
        }
        return best;
    }

    private static double hintWeight(Element e) {
        String hint = e.className() + " " + e.id();
        double w = 1;
        if (POSITIVE.matcher(hint).find()) w *= 1.25;
        if (NEGATIVE.matcher(hint).find()) w *= 0.5;
        if (e.tagName().equals("article") || e.tagName().equals("main")) w *= 1.3;
        return w;
    }

    private static String ownBlockText(Element e) {
        StringBuilder b = new StringBuilder();
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t) b.append(t.text());
            else if (n instanceof Element c && isInline(c)) b.append(c.text());
        }
        return b.toString().strip();
    }

    private static boolean isInline(Element e) {
        return switch (e.tagName()) {
            case "a", "b", "strong", "i", "em", "span", "sup", "sub", "small", "mark", "abbr", "cite", "q", "code", "time", "u", "br" -> true;
            default -> false;
        };
    }

    private static int textLength(Element e) { return e.text().length(); }

    private static double proseLength(Element e) {
        double total = 0;
        for (Element p : e.select("p")) total += p.text().length();
        return total;
    }

    static double linkDensity(Element e) {
        int total = e.text().length();
        if (total == 0) return 0;
        int links = 0;
        for (Element a : e.select("a")) links += a.text().length();
        return Math.min(1, (double) links / total);
    }

    private static void render(Element root, List<String> out) {
        for (Element e : root.children()) {
            String tag = e.tagName();
            switch (tag) {
                case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                    String t = e.text().strip();
                    if (!t.isEmpty()) out.add("## " + t);
                }
                case "p", "blockquote", "pre", "dd", "dt", "address" -> addParagraph(e, out);
                case "ul", "ol" -> {
                    if (linkDensity(e) > 0.6) break;
                    for (Element li : e.children()) {
                        String t = inlineText(li);
                        if (!t.isEmpty()) out.add("- " + t);
                    }
                }
                case "table" -> {
                    for (Element tr : e.select("tr")) {
                        String t = tr.text().strip();
                        if (!t.isEmpty()) out.add(t);
                    }
                }
                case "br", "hr", "img" -> { }
                default -> {
                    if (e.children().isEmpty() || e.children().stream().allMatch(HtmlContentExtractor::isInline)) {
                        addParagraph(e, out);
                    } else {
                        // Text directly inside a container alongside block children.
                        StringBuilder loose = new StringBuilder();
                        for (Node n : e.childNodes()) if (n instanceof TextNode t) loose.append(t.text());
                        if (!loose.toString().isBlank() && loose.length() > 40) out.add(loose.toString().strip());
                        render(e, out);
                    }
                }
            }
        }
    }

    private static void addParagraph(Element e, List<String> out) {
        if (e.text().length() < 200 && linkDensity(e) > 0.6) return;
        String t = inlineText(e);
        if (!t.isEmpty()) out.add(t);
    }

    /** Inline text; {@code <br>} becomes a line break, superscript footnote links are dropped. */
    private static String inlineText(Element e) {
        Element c = e.clone();
        for (Element sup : c.select("sup")) if (sup.text().matches("\\[?\\d{1,3}]?")) sup.remove();
        // <br> is a line break (one block per line downstream); two in a row separate paragraphs.
        for (Element br : c.select("br")) br.after(new TextNode(LINE_BREAK));
        return c.text().replaceAll("[ \\t]*" + LINE_BREAK + "[ \\t]*", "\n").replaceAll("\n{3,}", "\n\n").strip();
    }

    private static Hints metadata(Document doc) {
        String title = null;
        String socialTitle = meta(doc, "og:title", "twitter:title", "dc.title");
        String published = meta(doc, "article:published_time", "datePublished", "date", "dc.date", "pubdate", "publish-date",
                "sailthru.date", "parsely-pub-date");
        String site = meta(doc, "og:site_name", "application-name", "publisher");
        List<String> authors = new ArrayList<>();
        String metaAuthor = meta(doc, "author", "article:author", "dc.creator", "parsely-author", "sailthru.author");
        for (Element s : doc.select("script[type=application/ld+json]")) {
            try {
                JsonNode root = JSON.readTree(s.data());
                List<JsonNode> nodes = new ArrayList<>();
                collect(root, nodes);
                for (JsonNode n : nodes) {
                    String type = n.path("@type").asText("");
                    if (!type.matches("(?i).*(Article|Posting|Report|WebPage|Blog).*")) continue;
                    if (title == null && n.hasNonNull("headline")) title = n.get("headline").asText();
                    if (published == null && n.hasNonNull("datePublished")) published = n.get("datePublished").asText();
                    JsonNode a = n.path("author");
                    for (JsonNode one : a.isArray() ? a : List.of(a)) {
                        String name = one.isTextual() ? one.asText() : one.path("name").asText("");
                        if (!name.isBlank() && !authors.contains(name.strip())) authors.add(name.strip());
                    }
                    JsonNode pub = n.path("publisher");
                    if (site == null && pub.hasNonNull("name")) site = pub.get("name").asText();
                }
            } catch (Exception ignored) {
                // Malformed JSON-LD is common; the page text still stands.
            }
        }
        // The structured headline (JSON-LD) is the article's; og:title is often reworded for sharing.
        if (title == null) title = socialTitle;
        if (authors.isEmpty() && metaAuthor != null && MetadataExtractor.looksLikeName(metaAuthor.strip())) authors.add(metaAuthor.strip());
        if (authors.isEmpty()) {
            for (Element a : doc.select("[rel=author], .author-name, .byline__name, [itemprop=author] [itemprop=name], "
                    + ".byline .fn, .author.vcard .fn, .byline .author")) {
                if (a.parents().stream().anyMatch(x -> x.className().matches("(?i).*\\bcomments?\\b.*|.*comment-.*"))) continue;
                String n = a.text().strip();
                if (MetadataExtractor.looksLikeName(n) && !authors.contains(n)) authors.add(n);
            }
        }
        if (published == null) {
            Element time = doc.selectFirst("time[datetime]");
            if (time != null) published = time.attr("datetime");
        }
        if (title == null) {
            Element h1 = doc.selectFirst("h1");
            title = h1 != null ? h1.text() : titleWithoutSiteName(doc);
        }
        if (title != null) {
            title = title.strip();
            // "Headline | Site" / "Headline - Site"
            if (site != null) title = title.replaceAll("\\s+[|–—-]\\s+" + Pattern.quote(site) + "$", "");
            if (title.isBlank()) title = null;
        }
        String iso = MetadataExtractor.isoOrNull(published).orElse(null);
        return new Hints(title, authors, iso, site == null || site.isBlank() ? null : site.strip());
    }

    /** {@code <title>} without a "- Site Name" part, when the other part is shown on the page by itself. */
    private static String titleWithoutSiteName(Document doc) {
        String full = doc.title().strip();
        String[] parts = full.split("\\s+[|–—-]\\s+");
        if (parts.length < 2) return full;
        for (String part : parts) {
            String want = part.strip();
            if (want.isEmpty()) continue;
            for (Element e : doc.body().getAllElements()) {
                if (e.text().strip().equalsIgnoreCase(want) && !e.text().strip().equalsIgnoreCase(full)) return want;
            }
        }
        return full;
    }

    private static void collect(JsonNode n, List<JsonNode> out) {
        if (n.isArray()) { for (JsonNode c : n) collect(c, out); return; }
        if (!n.isObject()) return;
        out.add(n);
        if (n.has("@graph")) collect(n.get("@graph"), out);
    }

    private static String meta(Document doc, String... names) {
        for (String name : names) {
            Elements els = doc.select("meta[property=" + name + "], meta[name=" + name + "], meta[itemprop=" + name + "]");
            for (Element el : els) {
                String c = el.attr("content").strip();
                if (!c.isEmpty()) return c;
            }
        }
        return null;
    }

    static boolean looksLikeHtml(String text) {
        String head = text.substring(0, Math.min(2000, text.length())).toLowerCase(Locale.ROOT);
        return head.contains("<html") || head.contains("<!doctype html") || head.contains("<body");
    }
}
