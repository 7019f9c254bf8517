package org.lectern.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Deterministic synthetic web pages for benchmarking and measuring the HTML extractor: real article
 * paragraphs wrapped in varied, realistic page chrome (navigation, cookie banners, share bars,
 * comments, related lists, footers). Each page knows which passages must be kept and which dropped.
 */
public final class SyntheticPages {
    private SyntheticPages() {}

    public record Page(String fileName, String html, List<String> mustKeep, List<String> mustDrop) {}

    private static final String[] NAV = {"Home", "World", "Politics", "Business", "Technology", "Opinion", "Culture", "Sport", "Science", "Podcasts"};
    private static final String[] COOKIE = {
            "We use cookies to improve your experience and to show you personalised content. By continuing you agree to our cookie policy.",
            "This website uses cookies for analytics and advertising. Manage your cookie preferences or accept all cookies.",
            "Our site uses cookies. Read our privacy policy to learn more about how we use your data and cookies."};
    private static final String[] NEWSLETTER = {
            "Sign up for our daily newsletter and get the best stories delivered to your inbox every morning.",
            "Subscribe to our weekly briefing for analysis you won't find anywhere else.",
            "Get our alerts: sign up for the mailing list to receive updates on new research."};
    private static final String[] COMMENTS = {
            "Great article, thanks for sharing this perspective with everyone here.",
            "I completely disagree with the author's conclusions about the economy and trade.",
            "Has anyone read the follow-up piece that was published last week on this topic?"};
    private static final String[] RELATED = {
            "Ten things you need to know about the markets this week",
            "Opinion: why the new policy will fail before it starts",
            "Analysis: the election that changed everything in the region",
            "Interview with a leading economist on inflation and growth",
            "Photo essay: life on the coast after the storm"};
    private static final String[] FOOTER = {
            "Copyright 2025 Example Media Group. All rights reserved.",
            "Terms of Use | Privacy Policy | Contact Us | Careers | Advertise with us",
            "Follow us on Facebook, Twitter and Instagram for the latest updates and stories."};

    /** {@code count} pages built from the given articles (each a list of paragraphs with a title). */
    public static List<Page> generate(List<Module> articles, int count, long seed) {
        Random r = new Random(seed);
        List<Page> pages = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Module m = articles.get(i % articles.size());
            List<String> paras = new ArrayList<>();
            for (String block : m.body().split("\n\n")) {
                if (!block.startsWith("## ") && !block.startsWith("- ") && Text.words(block) >= 15) paras.add(block);
            }
            int start = r.nextInt(Math.max(1, paras.size() - 3));
            int len = Math.min(paras.size() - start, 3 + r.nextInt(6));
            List<String> keep = new ArrayList<>(paras.subList(start, start + len));
            List<String> drop = new ArrayList<>();
            StringBuilder h = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\">");
            h.append("<title>").append(esc(m.title())).append(" | Example Times</title>");
            h.append("<meta property=\"og:site_name\" content=\"Example Times\">");
            if (r.nextBoolean()) h.append("<meta property=\"article:published_time\" content=\"2025-0").append(1 + r.nextInt(9)).append("-1").append(r.nextInt(10)).append("T08:00:00Z\">");
            h.append("<script>window.dataLayer=[];function track(){}</script><style>.x{color:red}</style></head><body>");
            int variant = r.nextInt(4);
            String cookie = COOKIE[r.nextInt(COOKIE.length)];
            drop.add(cookie);
            h.append(variant % 2 == 0 ? "<div id=\"cookie-banner\" class=\"consent\"><p>" : "<div class=\"notice-bar\"><p>")
                    .append(esc(cookie)).append("</p><button>Accept</button></div>");
            h.append(variant == 3 ? "<div class=\"top-links\"><ul>" : "<header class=\"site-header\"><nav><ul>");
            for (int k = 0; k < 6; k++) h.append("<li><a href=\"/s").append(k).append("\">").append(NAV[(k + i) % NAV.length]).append("</a></li>");
            h.append(variant == 3 ? "</ul></div>" : "</ul></nav></header>");
            h.append(variant == 1 ? "<div class=\"layout\"><div class=\"col-main\">" : "<main><article class=\"post\">");
            h.append("<h1>").append(esc(m.title())).append("</h1>");
            if (!m.authors().isEmpty()) h.append("<p class=\"byline\">By <a rel=\"author\" href=\"/a\">").append(esc(m.authors().get(0))).append("</a></p>");
            String share = "Share this article";
            h.append("<div class=\"share-bar\"><span>").append(share).append("</span><a href=\"#\">Facebook</a><a href=\"#\">Twitter</a><a href=\"#\">Email</a></div>");
            for (int k = 0; k < keep.size(); k++) {
                h.append("<p>").append(esc(keep.get(k))).append("</p>");
                if (k == 1 && r.nextInt(3) == 0) {
                    String nl = NEWSLETTER[r.nextInt(NEWSLETTER.length)];
                    drop.add(nl);
                    h.append("<div class=\"newsletter-inline\"><p>").append(esc(nl)).append("</p><form><input type=\"email\"><button>Sign up</button></form></div>");
                }
            }
            h.append(variant == 1 ? "</div>" : "</article>");
            h.append("<aside class=\"sidebar\"><h3>Most read</h3><ul>");
            for (int k = 0; k < 3; k++) {
                String rel = RELATED[(i + k) % RELATED.length];
                drop.add(rel);
                h.append("<li><a href=\"/r").append(k).append("\">").append(esc(rel)).append("</a></li>");
            }
            h.append("</ul></aside>");
            h.append(variant == 1 ? "</div>" : "</main>");
            h.append("<section class=\"related-articles\"><h2>Related Articles</h2><ul>");
            for (int k = 3; k < 5; k++) h.append("<li><a href=\"/q").append(k).append("\">").append(esc(RELATED[(i + k) % RELATED.length])).append("</a></li>");
            h.append("</ul></section>");
            if (r.nextBoolean()) {
                h.append("<div id=\"comments\" class=\"comments\"><h3>3 Comments</h3>");
                for (String c : COMMENTS) { drop.add(c); h.append("<div class=\"comment\"><p>").append(esc(c)).append("</p></div>"); }
                h.append("</div>");
            }
            String foot = FOOTER[r.nextInt(FOOTER.length)];
            drop.add(foot);
            h.append(variant == 3 ? "<div class=\"bottom\"><p>" : "<footer class=\"site-footer\"><p>").append(esc(foot))
                    .append(variant == 3 ? "</p></div>" : "</p></footer>");
            h.append("</body></html>");
            pages.add(new Page(String.format("page-%04d.html", i), h.toString(), keep, drop));
        }
        return pages;
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Precision, recall and F1 of kept passages over a set of pages. */
    public record Score(double precision, double recall, double f1) {}

    public static Score score(List<Page> pages, ArticleImporter importer) {
        long tp = 0, fn = 0, fp = 0;
        for (Page p : pages) {
            String body = "";
            if (importer.importOne(p.fileName(), p.html().getBytes(java.nio.charset.StandardCharsets.UTF_8))
                    instanceof ArticleImporter.Imported im) body = TextCleaner.normalise(im.module().body());
            for (String k : p.mustKeep()) { if (body.contains(TextCleaner.normalise(k))) tp++; else fn++; }
            for (String d : p.mustDrop()) if (body.contains(TextCleaner.normalise(d))) fp++;
        }
        double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new Score(precision, recall, f1);
    }
}
