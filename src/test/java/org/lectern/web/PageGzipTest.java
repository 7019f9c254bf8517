package org.lectern.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.lectern.shared.SafeHtml;

/** A page's gzip body, built from its own text and parts compressed once, is the page itself. */
class PageGzipTest {

    static final SafeHtml SECTION = SafeHtml.kept(paragraphs("Section", 60));
    static final SafeHtml OPTIONS = SafeHtml.kept(paragraphs("Option — “quoted” · é", 40));
    final PageGzip gzip = new PageGzip(1);

    @Test
    void ownTextAndKeptPartsDecompressToThePageInOrder() throws Exception {
        List<Object> pieces = List.of("<header>Ada</header>", SECTION, "<form>token-1</form>", OPTIONS, "<footer/>");
        PageGzip.Body body = gzip.gzip(pieces);
        String page = "<header>Ada</header>" + SECTION.html() + "<form>token-1</form>" + OPTIONS.html() + "<footer/>";
        assertThat(gunzip(body.gzip())).isEqualTo(page);
        assertThat(body.plainBytes()).isEqualTo(page.getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void aPageEndingOrStartingWithAKeptPartOrWithEmptyTextIsStillWhole() throws Exception {
        assertThat(gunzip(gzip.gzip(List.of(SECTION)).gzip())).isEqualTo(SECTION.html());
        assertThat(gunzip(gzip.gzip(List.of("", SECTION, OPTIONS)).gzip())).isEqualTo(SECTION.html() + OPTIONS.html());
        assertThat(gunzip(gzip.gzip(List.of(SECTION, "", "tail")).gzip())).isEqualTo(SECTION.html() + "tail");
        assertThat(gunzip(gzip.gzip(List.of("only the page's own text")).gzip())).isEqualTo("only the page's own text");
    }

    @Test
    void twoStudentsPagesCarryTheSameCompressedBytesForTheSharedSection() {
        byte[] ada = gzip.gzip(List.of("<p>Ada's page, token a1b2</p>", SECTION, "<p>notes: none</p>")).gzip();
        byte[] ben = gzip.gzip(List.of("<p>Ben's page with a longer header, token z9y8</p>", SECTION, "<p>notes: read twice</p>")).gzip();
        byte[] sectionAlone = gzip.gzip(List.of(SECTION)).gzip();
        // The section's blocks: its compressed body without gzip's header, final block and trailer.
        byte[] blocks = Arrays.copyOfRange(sectionAlone, 10, sectionAlone.length - 10);
        assertThat(blocks.length).isGreaterThan(100);
        assertThat(indexOf(ada, blocks)).isPositive();
        assertThat(indexOf(ben, blocks)).isPositive();
    }

    @Test
    void aPageThatFitsTheFirstWindowCarriesItsOwnTextUncompressed() throws Exception {
        String own = "<form><input name=\"_csrf\" value=\"token-ada-1234\"></form>".repeat(20);
        byte[] body = gzip.gzip(List.of(own, SECTION)).gzip();
        assertThat(body.length).isLessThan(PageGzip.FIRST_WINDOW_BYTES);
        assertThat(indexOf(body, own.getBytes(StandardCharsets.UTF_8))).isPositive();
        assertThat(gunzip(body)).isEqualTo(own + SECTION.html());
    }

    @Test
    void aPageBeyondTheFirstWindowHasItsOwnTextCompressed() throws Exception {
        String own = "<li><a href=\"/assignments/1/read/3\">A section of the reading</a></li>\n".repeat(300);
        byte[] body = gzip.gzip(List.of(own, SECTION)).gzip();
        assertThat(own.length()).isGreaterThan(PageGzip.FIRST_WINDOW_BYTES);
        assertThat(body.length).isLessThan(own.length() / 4);
        assertThat(gunzip(body)).isEqualTo(own + SECTION.html());
    }

    @Test
    void onlyLargeKeptPartsAreWorthSplicing() {
        assertThat(PageGzip.worthKeeping(SECTION)).isTrue();
        assertThat(PageGzip.worthKeeping(new SafeHtml(SECTION.html()))).isFalse();
        assertThat(PageGzip.worthKeeping(SafeHtml.kept("<p>short</p>"))).isFalse();
    }

    private static String paragraphs(String word, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append("<p><span class=\"sentence\" id=\"s-").append(i).append("\">").append(word).append(' ').append(i * 7919 % 1000)
                    .append(" says something different each time: ").append(Integer.toHexString(i * 2654435761L > 0 ? i * 40503 : i)).append("</span></p>\n");
        }
        return b.toString();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static String gunzip(byte[] body) throws Exception {
        try (var in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
