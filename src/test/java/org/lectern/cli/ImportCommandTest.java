package org.lectern.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {

    static final String GOOD = "Harbour News\n\nBy Ann Lee\n\nThe harbour council met on Tuesday evening to discuss the plans for the new sea wall.";

    @Test void badFilesAreReportedOthersImportedExitIsNonZeroAndNoTempFilesRemain(@TempDir Path tmp) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("good.txt"), GOOD);
        Files.write(in.resolve("empty.txt"), new byte[0]);
        Files.write(in.resolve("binary.txt"), new byte[]{0, 1, 2, 0, 3, 0});
        Files.writeString(in.resolve("broken.pdf"), "%PDF-1.4 nonsense");
        Path out = tmp.resolve("out");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream oldErr = System.err, oldOut = System.out;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        int code;
        try {
            code = Main.run("import", in.toString(), "--out", out.toString());
        } finally {
            System.setErr(oldErr);
            System.setOut(oldOut);
        }
        assertThat(code).isNotZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("empty.txt: empty", "binary.txt: binary", "broken.pdf: ");
        assertThat(Files.readString(out.resolve("harbour-news/module.md"))).contains("title: Harbour News");
        try (Stream<Path> s = Files.walk(out)) {
            assertThat(s.filter(Files::isRegularFile).map(p -> out.relativize(p).toString()).sorted().toList())
                    .containsExactly("harbour-news/module.md", "harbour-news/questions.yaml");
        }
    }

    @Test void extractPrintsTheModuleMarkdown(@TempDir Path tmp) throws Exception {
        Path f = Files.writeString(tmp.resolve("good.txt"), GOOD);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream old = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = Main.run("extract", f.toString());
        } finally {
            System.setOut(old);
        }
        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("---\nslug: harbour-news\n").contains("authors:\n- Ann Lee");
        assertThat(List.of(tmp.toFile().list())).containsExactly("good.txt");
    }
}
