package org.lectern.importing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Text of a PDF via PDFBox, repaired: running headers and footers (lines repeated at the top or
 * bottom of many pages, digits ignored) and page numbers are removed, lines are re-flowed into
 * paragraphs, and words hyphenated at line ends are re-joined. Page breaks become paragraph breaks
 * that {@link PageBreakRepair} later mends when a sentence runs on.
 */
public final class PdfTextExtractor {
    private PdfTextExtractor() {}

    public record Extracted(String text, Hints hints) {}

    public static Extracted extract(byte[] bytes) throws ImportException {
        List<List<String>> pages = new ArrayList<>();
        Hints hints;
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setParagraphStart("\n");
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(List.of(stripper.getText(doc).replace("\r\n", "\n").split("\n", -1)));
            }
            PDDocumentInformation info = doc.getDocumentInformation();
            String title = info.getTitle() == null || info.getTitle().isBlank() ? null : info.getTitle().strip();
            List<String> authors = info.getAuthor() == null || info.getAuthor().isBlank() ? List.of()
                    : List.of(info.getAuthor().strip());
            String date = info.getCreationDate() == null ? null : MetadataExtractor.isoOrNull(
                    String.format("%1$tY-%1$tm-%1$td", info.getCreationDate())).orElse(null);
            hints = new Hints(title, authors, null, null);
            if (date == null) hints = new Hints(title, authors, null, null);
        } catch (InvalidPasswordException e) {
            throw new ImportException("encrypted PDF (password required)");
        } catch (IOException | RuntimeException e) {
            throw new ImportException("broken or unreadable PDF (" + e.getClass().getSimpleName() + ")");
        }
        String text = repair(pages);
        if (Text.words(text) == 0) throw new ImportException("PDF has no text layer (scanned image?)");
        return new Extracted(text, hints);
    }

    private static final java.util.regex.Pattern PAGE_NUMBER = java.util.regex.Pattern.compile(
            "(?i)(?:page\\s*)?\\d{1,4}(?:\\s*(?:of|/)\\s*\\d{1,4})?|[-–—]\\s*\\d{1,4}\\s*[-–—]|(?-i:[ivxlc]{1,7})");

    /**
     * Joins page texts into blank-line separated paragraphs: running headers and footers (a line at
     * the top or bottom of at least half the pages, numbers ignored) and page numbers are removed,
     * wrapped lines are re-flowed, words hyphenated at line ends re-joined (unless the document
     * writes the compound with a hyphen elsewhere), and a sentence running on to the next page is
     * re-joined.
     */
    static String repair(List<List<String>> pages) {
        List<List<String>> lines = new ArrayList<>();
        for (List<String> page : pages) lines.add(page.stream().map(l -> Text.normaliseSpaces(l).strip()).toList());
        Map<String, Integer> edgePages = new HashMap<>();
        for (List<String> page : lines) {
            for (String key : new java.util.HashSet<>(edges(page).stream().map(PdfTextExtractor::key).toList())) {
                if (!key.isEmpty()) edgePages.merge(key, 1, Integer::sum);
            }
        }
        int threshold = Math.max(2, (pages.size() + 1) / 2);
        List<List<String>> kept = new ArrayList<>();
        StringBuilder all = new StringBuilder();
        for (List<String> page : lines) {
            java.util.Set<Integer> edgeIdx = edgeIndexes(page);
            List<String> k = new ArrayList<>();
            for (int i = 0; i < page.size(); i++) {
                String line = page.get(i);
                if (edgeIdx.contains(i)) {
                    if (PAGE_NUMBER.matcher(line).matches()) continue;
                    if (edgePages.getOrDefault(key(line), 0) >= threshold) continue;
                }
                k.add(line);
                all.append(line).append('\n');
            }
            kept.add(k);
        }
        Dehyphenator hyphens = Dehyphenator.of(all.toString());
        List<String> paragraphs = new ArrayList<>();
        for (List<String> page : kept) {
            List<String> paras = new ArrayList<>();
            StringBuilder para = new StringBuilder();
            for (String line : page) {
                if (line.isEmpty()) { flush(paras, para); continue; }
                if (para.isEmpty()) { para.append(line); continue; }
                if (StructureDetector.bulletText(line) != null) { flush(paras, para); para.append(line); continue; }
                String joined = hyphens.join(para.toString(), line);
                para.setLength(0);
                para.append(joined);
            }
            flush(paras, para);
            if (paras.isEmpty()) continue;
            // A sentence running on from the previous page.
            if (!paragraphs.isEmpty()) {
                String prev = paragraphs.get(paragraphs.size() - 1);
                String next = paras.get(0);
                if (StructureDetector.bulletText(next) == null && (prev.endsWith("-") || PageBreakRepair.continues(prev, next))) {
                    paragraphs.set(paragraphs.size() - 1, hyphens.join(prev, next));
                    paras.remove(0);
                }
            }
            paragraphs.addAll(paras);
        }
        return String.join("\n\n", paragraphs).strip();
    }

    /** Indexes of the first two and last two non-blank lines of a page. */
    private static java.util.Set<Integer> edgeIndexes(List<String> page) {
        List<Integer> nonBlank = new ArrayList<>();
        for (int i = 0; i < page.size(); i++) if (!page.get(i).isEmpty()) nonBlank.add(i);
        java.util.Set<Integer> out = new java.util.HashSet<>();
        for (int i = 0; i < Math.min(2, nonBlank.size()); i++) out.add(nonBlank.get(i));
        for (int i = Math.max(0, nonBlank.size() - 2); i < nonBlank.size(); i++) out.add(nonBlank.get(i));
        return out;
    }

    private static List<String> edges(List<String> page) {
        return edgeIndexes(page).stream().sorted().map(page::get).toList();
    }

    /** A line compared across pages: letters only, so "Review 3" and "4 | Review" are the same line. */
    private static String key(String line) {
        return line.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}]+", " ").strip();
    }

    private static void flush(List<String> out, StringBuilder para) {
        if (!para.isEmpty()) out.add(para.toString());
        para.setLength(0);
    }
}
