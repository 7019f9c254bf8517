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

    /** Joins page texts into blank-line separated paragraphs without running headers, footers or page numbers. */
    static String repair(List<List<String>> pages) {
        Map<String, Integer> edgeCounts = new HashMap<>();
        for (List<String> page : pages) {
            for (String line : edges(page)) edgeCounts.merge(key(line), 1, Integer::sum);
        }
        int threshold = Math.max(2, (pages.size() + 1) / 2);
        StringBuilder out = new StringBuilder();
        for (List<String> page : pages) {
            List<String> edges = edges(page);
            StringBuilder para = new StringBuilder();
            for (String raw : page) {
                String line = Text.normaliseSpaces(raw).strip();
                if (line.isEmpty()) { flush(out, para); continue; }
                if (pages.size() >= 3 && edges.contains(line) && edgeCounts.getOrDefault(key(line), 0) >= threshold) continue;
                if (line.matches("(?i)(?:page\\s*)?\\d{1,4}(?:\\s*(?:of|/)\\s*\\d{1,4})?|[-–—]\\s*\\d{1,4}\\s*[-–—]")) continue;
                if (para.isEmpty()) { para.append(line); continue; }
                String prev = para.toString();
                if (StructureDetector.bulletText(line) != null) { flush(out, para); para.append(line); continue; }
                para.setLength(0);
                para.append(PageBreakRepair.join(prev, line));
            }
            flush(out, para);
        }
        return out.toString().strip();
    }

    private static List<String> edges(List<String> page) {
        List<String> nonBlank = page.stream().map(l -> Text.normaliseSpaces(l).strip()).filter(l -> !l.isEmpty()).toList();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < Math.min(2, nonBlank.size()); i++) out.add(nonBlank.get(i));
        for (int i = Math.max(0, nonBlank.size() - 2); i < nonBlank.size(); i++) out.add(nonBlank.get(i));
        return out;
    }

    private static String key(String line) {
        return line.replaceAll("\\d+", "#").toLowerCase();
    }

    private static void flush(StringBuilder out, StringBuilder para) {
        if (!para.isEmpty()) out.append(para).append("\n\n");
        para.setLength(0);
    }
}
