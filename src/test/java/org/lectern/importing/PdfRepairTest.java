package org.lectern.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/** PDF text repair, on PDFs laid out like printed articles: header, paragraphs of wrapped lines, footer. */
class PdfRepairTest {

    /** A page: a running header line, paragraphs (each a list of wrapped lines), a footer line; null header/footer = none. */
    record Page(String header, List<List<String>> paragraphs, String footer) {}

    static byte[] pdf(List<Page> pages) throws Exception {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (Page p : pages) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    if (p.header() != null) line(cs, font, 60, 750, p.header());
                    cs.beginText();
                    cs.setFont(font, 11);
                    cs.setLeading(14);
                    cs.newLineAtOffset(60, 700);
                    for (List<String> para : p.paragraphs()) {
                        for (String l : para) { cs.showText(l); cs.newLine(); }
                        cs.newLine();
                    }
                    cs.endText();
                    if (p.footer() != null) line(cs, font, 280, 40, p.footer());
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static void line(PDPageContentStream cs, PDType1Font font, float x, float y, String text) throws Exception {
        cs.beginText();
        cs.setFont(font, 9);
        cs.newLineAtOffset(x, y);
        cs.showText(text);
        cs.endText();
    }

    static String text(List<Page> pages) throws Exception {
        return PdfTextExtractor.extract(pdf(pages)).text();
    }

    static Page page(String header, String footer, List<String>... paragraphs) {
        return new Page(header, List.of(paragraphs), footer);
    }

    @Test void textOfEveryPageIsKept() throws Exception {
        String t = text(List.of(
                page(null, null, List.of("The first page tells how the harbour was built.")),
                page(null, null, List.of("The second page tells how the storm came.")),
                page(null, null, List.of("The third page tells how the boats returned."))));
        assertThat(t).contains("harbour was built.", "the storm came.", "the boats returned.");
    }

    @Test void runningHeadersAndFootersRepeatedOnEachPageAreRemoved() throws Exception {
        String t = text(List.of(
                page("Coastal Review | Spring Issue", "Harbour Institute Working Paper", List.of("The first page tells how the harbour was built.")),
                page("Coastal Review | Spring Issue", "Harbour Institute Working Paper", List.of("The second page tells how the storm came.")),
                page("Coastal Review | Spring Issue", "Harbour Institute Working Paper", List.of("The third page tells how the boats returned."))));
        assertThat(t).doesNotContain("Coastal Review", "Working Paper").contains("harbour was built.", "the boats returned.");
    }

    @Test void headersThatCarryThePageNumberAreStillRunningHeaders() throws Exception {
        String t = text(List.of(
                page("Coastal Review 1", null, List.of("The first page tells how the harbour was built.")),
                page("2 Coastal Review", null, List.of("The second page tells how the storm came.")),
                page("Coastal Review 3", null, List.of("The third page tells how the boats returned."))));
        assertThat(t).doesNotContain("Coastal Review");
    }

    @Test void pageNumbersAreRemoved() throws Exception {
        String t = text(List.of(
                page(null, "1", List.of("The first page tells how the harbour was built.")),
                page(null, "Page 2 of 3", List.of("The second page tells how the storm came.")),
                page(null, "- 3 -", List.of("The third page tells how the boats returned."))));
        assertThat(t).doesNotContainPattern("(?m)^(?:1|Page 2 of 3|- 3 -)$").doesNotContain("Page 2");
    }

    @Test void aLineRepeatedOnlyOnceIsNotAHeader() throws Exception {
        String t = text(List.of(
                page(null, null, List.of("Storm Season"), List.of("The first page tells how the harbour was built.")),
                page(null, null, List.of("The second page tells how the storm came.")),
                page(null, null, List.of("The third page tells how the boats returned."))));
        assertThat(t).startsWith("Storm Season");
    }

    @Test void wrappedLinesAreReflowedIntoOneParagraph() throws Exception {
        String t = text(List.of(page(null, null,
                List.of("The harbour council met on Tuesday evening", "to discuss the plans for the new sea wall."),
                List.of("A second paragraph follows here."))));
        assertThat(t).isEqualTo("The harbour council met on Tuesday evening to discuss the plans for the new sea wall.\n\n"
                + "A second paragraph follows here.");
    }

    @Test void wordsHyphenatedAtLineEndsAreRejoined() throws Exception {
        String t = text(List.of(page(null, null,
                List.of("The harbour drew inter-", "national attention after the storm."))));
        assertThat(t).contains("drew international attention");
    }

    @Test void aLineEndHyphenOfACompoundWrittenWithAHyphenElsewhereIsKept() throws Exception {
        String t = text(List.of(page(null, null,
                List.of("The town valued its self-reliance above all.", "Its long tradition of self-", "reliance began with fishing."))));
        assertThat(t).contains("tradition of self-reliance began").doesNotContain("selfreliance");
    }

    @Test void aLineEndHyphenBeforeACapitalisedWordIsKept() throws Exception {
        String t = text(List.of(page(null, null,
                List.of("The talks between the two ports of the Japan-", "South Korea coast went well."))));
        assertThat(t).contains("the Japan-South Korea coast");
    }

    @Test void sentenceSplitAcrossAPageBreakIsRejoined() throws Exception {
        String t = text(List.of(
                page("Coastal Review", "1", List.of("The old harbour was rebuilt after the storm, and according")),
                page("Coastal Review", "2", List.of("to the council the work took three years to finish.")),
                page("Coastal Review", "3", List.of("Boats returned in the spring and the fish market opened again."))));
        assertThat(t).isEqualTo("The old harbour was rebuilt after the storm, and according to the council the work took three years to finish.\n\n"
                + "Boats returned in the spring and the fish market opened again.");
    }

    @Test void wordHyphenatedAcrossAPageBreakIsRejoined() throws Exception {
        String t = text(List.of(
                page("Coastal Review", "1", List.of("The storm damaged the old recon-")),
                page("Coastal Review", "2", List.of("struction works near the pier.")),
                page("Coastal Review", "3", List.of("Boats returned in the spring and the fish market opened again."))));
        assertThat(t).startsWith("The storm damaged the old reconstruction works near the pier.");
    }

    @Test void aHeadingAtThePageTopStartsANewParagraph() throws Exception {
        String t = text(List.of(
                page(null, null, List.of("The first page ends with a full sentence.")),
                page(null, null, List.of("What Came Next"), List.of("The storm came in the autumn."))));
        assertThat(t).isEqualTo("The first page ends with a full sentence.\n\nWhat Came Next\n\nThe storm came in the autumn.");
    }
}
