package org.lectern.importing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.util.Span;
import org.lectern.importing.nlp.Nlp;

/**
 * Turns extracted article text (lines, blank-line separated blocks; Markdown allowed) into a
 * {@link Draft}: header metadata, boilerplate removed, biographies and endnotes moved out,
 * headings and lists recognised, page breaks repaired, footnote markers and duplicate sentences
 * removed. Pure: same input, same output.
 */
public final class TextCleaner {
    private TextCleaner() {}

    private static final Pattern EMPTY_LINK = Pattern.compile("\\[([^\\[\\]]+)]\\(\\s*(?:#[^)\\s]*)?\\s*\\)");
    private static final Pattern TRUNCATION = Pattern.compile("(?:\\.{4,}|…{2,}|(?:\\.\\s){3,}\\.?)\\s*$");
    private static final Pattern READ_MORE = Pattern.compile(
            "(?i)^(?:continue reading|read the full (?:article|story)|subscribe to (?:read|continue)|"
                    + "to continue reading|this (?:article|content) is (?:for|available to) subscribers).*");

    public static Draft clean(String text, Hints hints) {
        Dehyphenator hyphens = Dehyphenator.of(text);
        List<Block> raw = toBlocks(text, hyphens);
        String source = hints.source();
        List<String> authors = new ArrayList<>(hints.authors());
        String published = hints.published();
        String title = hints.title();
        List<String> affiliations = new ArrayList<>();

        // --- header: title, byline, date; everything above the title is site chrome
        int anchor = -1;
        for (int i = 0; i < Math.min(raw.size(), 30); i++) {
            String t = StructureDetector.unemphasise(raw.get(i).text());
            if (!MetadataExtractor.byline(t).isEmpty() || MetadataExtractor.dateLine(t).isPresent()) {
                if (titleIndexAbove(raw, i) >= 0) { anchor = i; break; }
            }
        }
        int bodyStart = 0;
        List<Block> preamble = new ArrayList<>();
        if (anchor >= 0) {
            int ti = titleIndexAbove(raw, anchor);
            String found = cleanTitle(raw.get(ti).text());
            if (title == null || title.isBlank()) title = found;
            preamble.addAll(raw.subList(0, ti));
            int i = ti + 1;
            for (; i < raw.size(); i++) {
                Block b = raw.get(i);
                String t = StructureDetector.unemphasise(b.text());
                List<String> names = MetadataExtractor.byline(t);
                Optional<String> date = MetadataExtractor.dateLine(t);
                if (!names.isEmpty()) {
                    if (authors.isEmpty()) authors.addAll(names);
                    if (published == null) published = MetadataExtractor.bylineDate(t).orElse(null);
                    continue;
                }
                if (date.isPresent()) { if (published == null) published = date.get(); continue; }
                if (Boilerplate.isBoilerplate(t) || (b.type() == Block.Type.BULLET && t.startsWith("#"))) continue;
                if (i > anchor && isAffiliationLine(t) && !authors.isEmpty()) { affiliations.add(t); continue; }
                if (i < anchor) continue; // kicker/subtitle lines between title and byline
                break;
            }
            bodyStart = i;
        } else if (!raw.isEmpty()) {
            int first = 0;
            while (first < raw.size() && Boilerplate.isBoilerplate(raw.get(first).text())) first++;
            // A byline or date above the title (or with no title at all) is header metadata, never the title.
            while (first < raw.size() && isHeaderMetadata(StructureDetector.unemphasise(raw.get(first).text()))) {
                String t = StructureDetector.unemphasise(raw.get(first).text());
                List<String> names = MetadataExtractor.byline(t);
                if (authors.isEmpty()) authors.addAll(names);
                if (published == null) {
                    published = (names.isEmpty() ? MetadataExtractor.dateLine(t) : MetadataExtractor.bylineDate(t)).orElse(null);
                }
                first++;
            }
            if (first < raw.size()) {
                String candidate = cleanTitle(raw.get(first).text());
                boolean titleLike = Text.words(candidate) <= 25 && !candidate.endsWith(".") && raw.size() > first + 1;
                if (title != null && !title.isBlank()) {
                    if (normalise(candidate).equals(normalise(title))) first++;
                } else if (titleLike) {
                    title = candidate;
                    first++;
                }
            }
            bodyStart = first;
        }
        for (Block b : preamble) {
            if (source == null) source = MetadataExtractor.publisher(b.text()).orElse(null);
        }

        // --- body: boilerplate, endnotes, biographies, truncation
        List<Block> body = new ArrayList<>();
        List<String> bios = new ArrayList<>();
        List<Module.Reference> refs = new ArrayList<>();
        boolean truncated = false;
        String copyrightSource = null;
        for (int i = bodyStart; i < raw.size(); i++) {
            Block b = raw.get(i);
            String t = b.text().strip();
            String plain = StructureDetector.unemphasise(t);
            if (References.isHeading(plain) && i + 1 < raw.size()) {
                for (int j = i + 1; j < raw.size(); j++) {
                    String note = raw.get(j).text();
                    if (Boilerplate.isBoilerplate(note)) continue;
                    References.parse(note).ifPresent(refs::add);
                }
                break;
            }
            if (BiographyDetector.isAboutAuthorsHeading(plain)) {
                while (i + 1 < raw.size() && raw.get(i + 1).type() == Block.Type.PARAGRAPH
                        && !StructureDetector.looksLikeHeading(raw.get(i + 1).text())) {
                    bios.add(raw.get(++i).text().strip());
                }
                continue;
            }
            if (Boilerplate.isRelatedHeading(plain)) {
                while (i + 1 < raw.size() && Text.words(raw.get(i + 1).text()) < 15 && !Text.endsSentence(raw.get(i + 1).text())) i++;
                continue;
            }
            if (READ_MORE.matcher(plain).matches()) { truncated = true; continue; }
            if (Boilerplate.isBoilerplate(t)) {
                Optional<String> pub = MetadataExtractor.publisher(plain);
                if (pub.isPresent() && copyrightSource == null) copyrightSource = pub.get();
                continue;
            }
            if (b.type() == Block.Type.BULLET && plain.startsWith("#")) continue;
            // A byline near the top (below a heading, a kicker or the lead) is metadata, never a heading or body text.
            if (proseParagraphs(body) < TOP_PARAGRAPHS) {
                List<String> names = MetadataExtractor.byline(plain);
                if (!names.isEmpty()) {
                    if (authors.isEmpty()) authors.addAll(names);
                    if (published == null) published = MetadataExtractor.bylineDate(plain).orElse(null);
                    continue;
                }
                Optional<String> date = MetadataExtractor.dateLine(plain);
                if (date.isPresent() && (published == null || published.equals(date.get()))) {
                    if (published == null) published = date.get();
                    continue;
                }
            }
            if (isBareAuthorLine(plain, authors)) continue;
            if (b.type() == Block.Type.PARAGRAPH && BiographyDetector.isBiography(plain, authors)) {
                bios.add(plain);
                continue;
            }
            if (b.type() == Block.Type.PARAGRAPH && (StructureDetector.looksLikeHeading(t) && i + 1 < raw.size())) {
                body.add(Block.heading(StructureDetector.titleCase(StructureDetector.unemphasise(t))));
                continue;
            }
            body.add(b);
        }
        if (source == null) source = copyrightSource;
        if (title != null && !body.isEmpty() && body.get(0).type() == Block.Type.HEADING
                && normalise(body.get(0).text()).equals(normalise(title))) {
            body.remove(0);
        }
        // A trailing heading with nothing under it is a leftover label.
        while (!body.isEmpty() && body.get(body.size() - 1).type() == Block.Type.HEADING) body.remove(body.size() - 1);

        body = PageBreakRepair.repair(body, hyphens);

        // --- inline clean-up
        Set<String> seenSentences = new HashSet<>();
        List<Block> cleaned = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            Block b = body.get(i);
            String t = inline(b.text());
            if (i == body.size() - 1 && b.type() == Block.Type.PARAGRAPH && TRUNCATION.matcher(t).find()) {
                truncated = true;
                t = TRUNCATION.matcher(t).replaceFirst("").stripTrailing() + "…";
            }
            if (b.type() != Block.Type.HEADING) t = dropRepeatedSentences(t, seenSentences);
            if (!t.isBlank()) cleaned.add(b.withText(t));
        }
        if (bios.isEmpty()) bios.addAll(affiliations);
        List<String> cleanBios = new ArrayList<>();
        Set<String> seenBio = new HashSet<>();
        for (String bio : bios) {
            String t = dropRepeatedSentences(inline(bio), seenBio);
            if (!t.isBlank()) cleanBios.add(t);
        }
        if (title == null || title.isBlank()) title = "";
        return new Draft(title, dedupe(authors), published, source, cleaned, cleanBios, refs, truncated);
    }

    /** Body paragraphs above which a byline or a date line still counts as the article's header. */
    private static final int TOP_PARAGRAPHS = 2;

    private static long proseParagraphs(List<Block> body) {
        return body.stream().filter(b -> b.type() == Block.Type.PARAGRAPH).count();
    }

    private static boolean isHeaderMetadata(String t) {
        return !MetadataExtractor.byline(t).isEmpty() || MetadataExtractor.dateLine(t).isPresent();
    }

    /** Nearest title-like block above index {@code i} (skipping boilerplate and counters), within 3 blocks. */
    private static int titleIndexAbove(List<Block> raw, int i) {
        for (int j = i - 1, seen = 0; j >= 0 && seen < 3; j--) {
            String t = StructureDetector.unemphasise(raw.get(j).text());
            if (Boilerplate.isBoilerplate(t) || MetadataExtractor.dateLine(t).isPresent()
                    || !MetadataExtractor.byline(t).isEmpty()) continue;
            seen++;
            if (Text.words(t) >= 2 && Text.words(t) <= 25 && !t.endsWith(".") && raw.get(j).type() != Block.Type.BULLET) {
                // Prefer the title over a kicker above it: the title is the line just above the anchor.
                return j;
            }
            return -1;
        }
        return -1;
    }

    /** A block that is only the authors' names ("Ann Lee", "Ann Lee and Bo Chan"): a byline without "By". */
    static boolean isBareAuthorLine(String t, List<String> authors) {
        if (authors.isEmpty() || Text.words(t) > 12) return false;
        String rest = normalise(t);
        for (String a : authors) rest = rest.replace(normalise(a), " ");
        return !rest.equals(normalise(t)) && rest.replaceAll("\\b(?:and|by)\\b", " ").isBlank();
    }

    private static boolean isAffiliationLine(String t) {
        return Text.words(t) <= 30 && !Text.endsSentence(t) && (t.contains(",") || t.contains("&") || t.contains(" | "));
    }

    private static String cleanTitle(String t) {
        String s = StructureDetector.unemphasise(t.strip().replaceFirst("^#+\\s*", ""));
        return StructureDetector.titleCase(Text.collapse(s));
    }

    static String normalise(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static String inline(String t) {
        String s = FootnoteMarkers.strip(t);
        s = EMPTY_LINK.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        s = s.replaceAll("\\[([^\\[\\]]+)]\\(\\s*\\)", "$1");
        return Text.collapse(s);
    }

    /** Removes sentences (of 5+ words) already seen in this document. */
    static String dropRepeatedSentences(String paragraph, Set<String> seen) {
        Span[] spans = Nlp.sentenceSpans(paragraph);
        if (spans.length == 0) return paragraph;
        StringBuilder out = new StringBuilder();
        int last = 0;
        boolean changed = false;
        for (Span s : spans) {
            String sentence = paragraph.substring(s.getStart(), s.getEnd());
            String key = normalise(sentence);
            if (Text.words(sentence) >= 5 && !seen.add(key)) {
                out.append(paragraph, last, s.getStart());
                last = s.getEnd();
                changed = true;
            }
        }
        if (!changed) return paragraph;
        out.append(paragraph.substring(last));
        return Text.collapse(out.toString());
    }

    private static List<String> dedupe(List<String> xs) {
        List<String> out = new ArrayList<>();
        for (String x : xs) if (!out.contains(x)) out.add(x);
        return out;
    }

    /** Lines to blocks: blank lines separate blocks; hard-wrapped prose lines are re-joined; bullets and headings typed. */
    static List<Block> toBlocks(String text) {
        return toBlocks(text, Dehyphenator.of(text));
    }

    static List<Block> toBlocks(String text, Dehyphenator hyphens) {
        String[] lines = Text.normaliseSpaces(text.replace("\r\n", "\n").replace('\r', '\n')).split("\n");
        List<Block> out = new ArrayList<>();
        StringBuilder para = null;
        String prevLine = null;
        boolean hardWrapped = isHardWrapped(lines);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) { para = flush(out, para); prevLine = null; continue; }
            // Emphasis spanning several lines (**A MULTI-LINE\nTITLE**) is one block.
            if (line.startsWith("**") && countOf(line, "**") % 2 == 1) {
                StringBuilder sb = new StringBuilder(line);
                int j = i + 1;
                while (j < lines.length && !lines[j].isBlank() && j - i < 6) {
                    sb.append(' ').append(lines[j].strip());
                    if (lines[j].contains("**")) break;
                    j++;
                }
                if (j < lines.length && lines[j].contains("**")) {
                    para = flush(out, para);
                    out.add(Block.paragraph(sb.toString()));
                    i = j;
                    prevLine = null;
                    continue;
                }
            }
            String heading = StructureDetector.markdownHeading(line);
            if (heading != null) {
                para = flush(out, para);
                out.add(Block.heading(heading));
                prevLine = null;
                continue;
            }
            String bullet = StructureDetector.bulletText(line);
            if (bullet != null) {
                para = flush(out, para);
                out.add(Block.bullet(bullet));
                prevLine = line;
                continue;
            }
            boolean wrapped = hardWrapped && prevLine != null && para != null && prevLine.length() >= 45 && !Text.endsSentence(prevLine);
            if (wrapped) {
                String joined = hyphens.join(para.toString(), line);
                para.setLength(0);
                para.append(joined);
            } else if (hardWrapped && prevLine != null && out.size() > 0 && out.get(out.size() - 1).type() == Block.Type.BULLET
                    && para == null && prevLine.length() >= 55 && !Text.endsSentence(prevLine)) {
                Block last = out.remove(out.size() - 1);
                out.add(last.withText(hyphens.join(last.text(), line)));
            } else {
                para = flush(out, para);
                para = new StringBuilder(line);
            }
            prevLine = line;
        }
        flush(out, para);
        return out;
    }

    /** Text whose paragraphs are broken into lines of similar width (e-mail, PDF copy, 72-column files). */
    static boolean isHardWrapped(String[] lines) {
        int nonBlank = 0, mid = 0;
        for (String l : lines) {
            int n = l.strip().length();
            if (n == 0) continue;
            nonBlank++;
            if (n > 150) return false;
            if (n >= 45) mid++;
        }
        return nonBlank >= 4 && mid * 2 >= nonBlank;
    }

    private static StringBuilder flush(List<Block> out, StringBuilder para) {
        if (para != null && !para.isEmpty()) out.add(Block.paragraph(para.toString()));
        return null;
    }

    private static int countOf(String s, String sub) {
        int n = 0;
        for (int i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + sub.length())) n++;
        return n;
    }
}
