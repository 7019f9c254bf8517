package org.lectern.reading;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lectern.shared.SafeHtml;
import org.jsoup.nodes.Element;
import org.lectern.importing.Module;
import org.lectern.questions.Sentence;
import org.lectern.questions.Sentences;
import org.lectern.quiz.AnswerChecker;

/**
 * Turns a {@link Module} into reading-view HTML, one fragment per section. Pure: the same module
 * always gives the same HTML. Every sentence is a {@code <span class="sentence" id="s-<section>-<n>">}
 * (sections numbered from 0 in reading order, sentences from 1 within their section) so evidence
 * links, highlights and select-evidence answers can point at it. Glossary terms are marked on their
 * first use in each section as a focusable button described by a tooltip (shown on focus, hover or
 * tap, and read out by screen readers through {@code aria-describedby}).
 *
 * <p>All HTML is built with jsoup's {@link Element} API, so article text is escaped by construction.
 * {@link #rendered} caches by (module id, content hash): a class opening the same page renders once.
 */
public final class ModuleRenderer {

    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*+•]|\\d+[.)])\\s+");
    private static final int CACHE_LIMIT = 64;

    /** One sentence: ref is "<section>.<n>" (as stored in highlights), id the element id. */
    public record SentenceText(int section, int number, String ref, String id, String text) {}

    /**
     * One section, rendered once per module version. {@code sentenceOptions} is the list of the
     * section's sentences for the highlight form's select, built here (escaped by jsoup) because
     * every view of the reading page shows it and building it in the template was a third of the
     * page's template time.
     */
    public record RenderedSection(int index, String heading, String label, SafeHtml html, List<SentenceText> sentences,
                                  SafeHtml sentenceOptions) {}

    public record Rendered(Module module, List<RenderedSection> sections, Map<String, Optional<SentenceText>> located) {

        public Rendered(Module module, List<RenderedSection> sections) {
            this(module, sections, new ConcurrentHashMap<>());
        }

        public RenderedSection section(int index) {
            return sections.get(Math.max(0, Math.min(index, sections.size() - 1)));
        }

        public Optional<SentenceText> sentence(String ref) {
            return sections.stream().flatMap(s -> s.sentences().stream()).filter(s -> s.ref().equals(ref)).findFirst();
        }

        /** The sentence of the text that matches a quoted (evidence) sentence, ignoring case, spacing and punctuation. */
        public Optional<SentenceText> locate(String quoted) {
            if (quoted == null || quoted.isBlank()) {
                return Optional.empty();
            }
            // Remembered per rendered module: a questions page locates every question's evidence,
            // and normalising the whole text for each would cost more than the rest of the page.
            Optional<SentenceText> known = located.get(quoted);
            if (known != null) {
                return known;
            }
            Optional<SentenceText> found = search(quoted);
            if (located.size() < 10_000) {
                located.put(quoted, found);
            }
            return found;
        }

        private Optional<SentenceText> search(String quoted) {
            String want = AnswerChecker.normalise(quoted);
            List<SentenceText> all = sections.stream().flatMap(s -> s.sentences().stream()).toList();
            for (SentenceText s : all) {
                if (AnswerChecker.normalise(s.text()).equals(want)) {
                    return Optional.of(s);
                }
            }
            for (SentenceText s : all) {
                String have = AnswerChecker.normalise(s.text());
                if (!want.isEmpty() && (have.contains(want) || want.contains(have) && have.length() > 20)) {
                    return Optional.of(s);
                }
            }
            return Optional.empty();
        }

        /** The section a question's heading names ("" is the text before the first heading); -1 when none. */
        public int sectionNamed(String heading) {
            String h = heading == null ? "" : heading.strip();
            for (RenderedSection s : sections) {
                if (s.heading().equals(h)) {
                    return s.index();
                }
            }
            return -1;
        }
    }

    private record Key(long moduleId, String contentHash) {}

    private final Map<Key, Rendered> cache = new ConcurrentHashMap<>();

    /** The rendered module from the cache, rendering it on first use of this (id, content hash). */
    public Rendered rendered(long moduleId, String contentHash, java.util.function.Supplier<Module> module) {
        Key key = new Key(moduleId, contentHash);
        Rendered r = cache.get(key);
        if (r != null) {
            return r;
        }
        if (cache.size() >= CACHE_LIMIT) {
            cache.clear();
        }
        return cache.computeIfAbsent(key, k -> render(module.get()));
    }

    /** Renders a module: pure, no caching. */
    public static Rendered render(Module module) {
        List<Module.Section> sections = module.sections();
        Map<String, List<Sentence>> byParagraph = new LinkedHashMap<>();
        for (Sentence s : Sentences.of(module)) {
            byParagraph.computeIfAbsent(s.sectionIndex() + ":" + s.paragraph(), k -> new ArrayList<>()).add(s);
        }
        List<RenderedSection> out = new ArrayList<>();
        for (int si = 0; si < sections.size(); si++) {
            Module.Section sec = sections.get(si);
            // Pretty printing would put line breaks inside the sentence (around each glossary term's
            // button), which a browser shows as spaces: "( ASEAN )". Output the markup as built.
            org.jsoup.nodes.Document owner = new org.jsoup.nodes.Document("");
            owner.outputSettings().prettyPrint(false);
            Element root = owner.appendElement("div").addClass("section-text");
            List<SentenceText> sentences = new ArrayList<>();
            java.util.Set<String> glossed = new java.util.HashSet<>();
            Element list = null;
            List<Paragraph> paragraphs = paragraphs(sec.markdown());
            for (int pi = 0; pi < paragraphs.size(); pi++) {
                Paragraph p = paragraphs.get(pi);
                Element block;
                if (p.bullet()) {
                    if (list == null) {
                        list = root.appendElement("ul");
                    }
                    block = list.appendElement("li");
                } else {
                    list = null;
                    block = root.appendElement("p");
                }
                List<Sentence> found = byParagraph.getOrDefault(si + ":" + pi, List.of());
                if (found.isEmpty()) {
                    block.appendText(p.text().replace('\n', ' '));
                    continue;
                }
                for (int k = 0; k < found.size(); k++) {
                    Sentence s = found.get(k);
                    int number = sentences.size() + 1;
                    String id = "s-" + si + "-" + number;
                    String ref = si + "." + number;
                    if (k > 0) {
                        block.appendText(" ");
                    }
                    Element span = block.appendElement("span").addClass("sentence").id(id).attr("data-ref", ref);
                    appendWithGlossary(span, s.plain(), module.glossary(), glossed, id);
                    sentences.add(new SentenceText(si, number, ref, id, s.text()));
                }
            }
            String label = sec.heading().isEmpty() ? (si == 0 ? "Introduction" : "Section " + (si + 1)) : sec.heading();
            out.add(new RenderedSection(si, sec.heading(), label, SafeHtml.kept(root.html()), List.copyOf(sentences),
                    sentenceOptions(sentences)));
        }
        return new Rendered(module, List.copyOf(out));
    }

    /** {@code <option value="ref">n. the sentence, shortened</option>} for each sentence. */
    private static SafeHtml sentenceOptions(List<SentenceText> sentences) {
        Element select = new Element("select");
        for (SentenceText s : sentences) {
            select.appendElement("option").attr("value", s.ref()).text(s.number() + ". " + abbreviate(s.text(), 90));
        }
        return SafeHtml.kept(select.html());
    }

    /** At most {@code max} characters, ending with "..." when shortened (as Thymeleaf's #strings.abbreviate). */
    static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 3) + "...";
    }

    /** Text with the first use in the section of each glossary term marked as an explained term. */
    private static void appendWithGlossary(Element span, String text, List<Module.GlossaryEntry> glossary,
                                           java.util.Set<String> glossed, String sentenceId) {
        int pos = 0;
        int n = 0;
        while (pos < text.length()) {
            int bestStart = -1;
            Module.GlossaryEntry best = null;
            for (Module.GlossaryEntry g : glossary) {
                if (g.term() == null || g.term().isBlank() || glossed.contains(g.term())) {
                    continue;
                }
                Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(g.term()) + "(?![\\p{L}\\p{N}])")
                        .matcher(text);
                if (m.find(pos) && (bestStart < 0 || m.start() < bestStart)) {
                    bestStart = m.start();
                    best = g;
                }
            }
            if (best == null) {
                span.appendText(text.substring(pos));
                return;
            }
            if (bestStart > pos) {
                span.appendText(text.substring(pos, bestStart));
            }
            glossed.add(best.term());
            String tipId = "g-" + sentenceId.substring(2) + "-" + (++n);
            Element wrap = span.appendElement("span").addClass("gloss");
            wrap.appendElement("button").attr("type", "button").addClass("gloss-term")
                    .attr("aria-describedby", tipId).text(best.term());
            wrap.appendElement("span").addClass("gloss-tip").attr("role", "tooltip").id(tipId).text(best.meaning());
            pos = bestStart + best.term().length();
        }
    }

    private record Paragraph(String text, boolean bullet) {}

    /** The same paragraph split as the sentence splitter (blank-line blocks; each list item its own paragraph). */
    static List<Paragraph> paragraphs(String markdown) {
        List<Paragraph> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String line : markdown.split("\n", -1)) {
            String t = line.strip();
            boolean skip = t.startsWith("#") || t.startsWith("|") || t.startsWith("```") || t.startsWith("![")
                    || t.matches("^[-*_=]{3,}$");
            Matcher bullet = BULLET.matcher(line);
            boolean isBullet = bullet.find();
            if (t.isEmpty() || skip || isBullet) {
                flush(cur, out);
                if (isBullet) {
                    out.add(new Paragraph(line.substring(bullet.end()).strip(), true));
                }
                continue;
            }
            if (t.startsWith(">")) {
                t = t.substring(1).strip();
            }
            if (cur.length() > 0) {
                cur.append('\n');
            }
            cur.append(t);
        }
        flush(cur, out);
        out.removeIf(p -> p.text().isBlank());
        return out;
    }

    private static void flush(StringBuilder cur, List<Paragraph> out) {
        if (cur.length() > 0) {
            out.add(new Paragraph(cur.toString(), false));
        }
        cur.setLength(0);
    }
}
