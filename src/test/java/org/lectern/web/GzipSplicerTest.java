package org.lectern.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** A page spliced from parts compressed apart is one valid gzip body of the whole text. */
class GzipSplicerTest {

    private final GzipSplicer splicer = new GzipSplicer();

    @Test
    void ownAndKeptPartsInAnyOrderDecompressToTheWholeText() throws Exception {
        List<GzipSplicer.Piece> pieces = List.of(
                own("<html><head><title>Reading</title></head><body>"),
                kept("<section><p>The council voted on Tuesday. The council voted again on Friday.</p></section>"),
                own("<form><input name=\"_csrf\" value=\"abc\"></form>"),
                kept("<aside>About this reading</aside>"),
                kept("<nav>Sections</nav>"),
                own("</body></html>"));
        assertThat(gunzip(splicer.gzip(pieces))).isEqualTo(String.join("", pieces.stream().map(GzipSplicer.Piece::text).toList()));
    }

    @Test
    void aKeptPartIsReusedAndStillDecompressesAfterDifferentText() throws Exception {
        GzipSplicer.Piece section = kept("<p>Same section for every student of the class.</p>".repeat(40));
        String first = gunzip(splicer.gzip(List.of(own("<p>Ada</p>"), section, own("<p>token 1</p>"))));
        String second = gunzip(splicer.gzip(List.of(own("<p>Ben, a different name</p>"), section, own("<p>token 2</p>"))));
        assertThat(first).startsWith("<p>Ada</p>").endsWith("<p>token 1</p>").contains(section.text());
        assertThat(second).startsWith("<p>Ben, a different name</p>").endsWith("<p>token 2</p>").contains(section.text());
    }

    @Test
    void textLongerThanTheBuffersAndOutsideAsciiSurvives() throws Exception {
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 5_000; i++) {
            big.append("Säntis ").append(i).append(" — 日本と韓国 ");
        }
        List<GzipSplicer.Piece> pieces = List.of(own(big.toString()), kept(big.reverse().toString()), own(""), own("é"));
        assertThat(gunzip(splicer.gzip(pieces))).isEqualTo(pieces.get(0).text() + pieces.get(1).text() + "é");
    }

    @Test
    void emptyPiecesGiveAnEmptyBody() throws Exception {
        assertThat(gunzip(splicer.gzip(List.of(own(""), kept(""))))).isEmpty();
    }

    private static GzipSplicer.Piece own(String text) {
        return new GzipSplicer.Piece(text, false);
    }

    private static GzipSplicer.Piece kept(String text) {
        return new GzipSplicer.Piece(text, true);
    }

    private static String gunzip(byte[] body) throws Exception {
        try (var in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
