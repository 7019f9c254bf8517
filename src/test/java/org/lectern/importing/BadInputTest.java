package org.lectern.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/** Files that cannot be imported fail with a reason; PDFs with text are imported and repaired. */
class BadInputTest {

    final ArticleImporter importer = new ArticleImporter();

    String reason(String name, byte[] bytes) {
        ArticleImporter.ImportOutcome o = importer.importOne(name, bytes);
        assertThat(o).isInstanceOf(ArticleImporter.Failed.class);
        return ((ArticleImporter.Failed) o).reason();
    }

    @Test void emptyFile() {
        assertThat(reason("e.txt", new byte[0])).contains("empty");
        assertThat(reason("e.txt", "  \n\n ".getBytes(StandardCharsets.UTF_8))).contains("empty");
    }

    @Test void binaryFile() {
        assertThat(reason("b.txt", new byte[]{1, 2, 0, 5, (byte) 0x89, 0, 0, 7, 'P', 'N', 'G'})).contains("binary");
    }

    @Test void fileOverTwentyMegabytes() {
        assertThat(reason("big.txt", new byte[(int) ArticleImporter.MAX_BYTES + 1])).contains("too large");
    }

    @Test void brokenPdf() {
        assertThat(reason("broken.pdf", "%PDF-1.7\nthis is not really a pdf".getBytes(StandardCharsets.US_ASCII))).contains("PDF");
    }

    @Test void pdfWithoutTextLayer() throws Exception {
        assertThat(reason("scan.pdf", pdf(List.of()))).contains("no text layer");
    }

    @Test void singlePagePdfIsImported() throws Exception {
        Module m = ((ArticleImporter.Imported) importer.importOne("h.pdf", pdf(List.of(List.of("The Quiet Harbour",
                "The old harbour was rebuilt after the storm and the boats returned in the spring.", "1"))))).module();
        assertThat(m.body()).contains("The old harbour was rebuilt after the storm");
    }

    @Test void unsupportedType() {
        assertThat(reason("photo.jpg", new byte[]{1, 2, 3})).contains("unsupported");
    }


    @Test void pdfTextIsImportedWithPageNumbersAndRunningHeadersRemovedAndPagesRejoined() throws Exception {
        List<List<String>> pages = List.of(
                List.of("Harbour Review", "The Quiet Harbour", "The old harbour was rebuilt after the storm, and according", "1"),
                List.of("Harbour Review", "to the council the work took three years to finish.", "2"),
                List.of("Harbour Review", "Boats returned in the spring and the fish market opened again.", "3"));
        Module m = ((ArticleImporter.Imported) importer.importOne("h.pdf", pdf(pages))).module();
        assertThat(m.title()).isEqualTo("The Quiet Harbour");
        assertThat(m.body()).contains("and according to the council the work took three years to finish.")
                .doesNotContain("Harbour Review").doesNotContainPattern("(?m)^\\d$");
    }

    static byte[] pdf(List<List<String>> pages) throws Exception {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            if (pages.isEmpty()) doc.addPage(new PDPage());
            for (List<String> lines : pages) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                    cs.setLeading(14);
                    cs.newLineAtOffset(60, 720);
                    for (String l : lines) { cs.showText(l); cs.newLine(); cs.newLine(); }
                    cs.endText();
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }
}
