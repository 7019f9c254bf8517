package org.lectern.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A file that names no title of its own is titled by its file name, written as words; its slug stays the file name's. */
class BareFileTitleTest {

    @Test
    void aFileWithoutATitleLineIsTitledByItsFileNameAsWords() {
        String text = """
                The town council voted on Monday to keep the old market hall open for another ten years. Traders had asked the council to repair the roof before the winter, and the repairs will cost about 300,000 pounds.

                The hall opened in 1892 and holds forty stalls on three days a week.
                """;
        var outcome = new ArticleImporter().importOne("market-hall_vote.md", text.getBytes(StandardCharsets.UTF_8));
        Module m = ((ArticleImporter.Imported) outcome).module();
        assertThat(m.title()).isEqualTo("Market hall vote");
        assertThat(m.slug()).isEqualTo("market-hall-vote");
    }

    @Test
    void fileNamesBecomeWords() {
        assertThat(ArticleImporter.titleFromFileName("mountain-rescue-interview.md")).isEqualTo("Mountain rescue interview");
        assertThat(ArticleImporter.titleFromFileName("notes.txt")).isEqualTo("Notes");
        assertThat(ArticleImporter.titleFromFileName("---.txt")).isEqualTo("---");
    }
}
