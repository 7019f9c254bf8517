package org.lectern.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.importing.Module;
import org.lectern.importing.ModuleFile;
import org.lectern.questions.QuestionsFile;

class QuestionsCliTest {

    static final String BODY = """
            ## Origins

            In 1994, the governments of Norway and Sweden signed the Nordic River Accord to share water data. The Baltic Water Commission (BWC) was created to monitor the river for both countries. Swedish Prime Minister Anna Lindqvist said the accord would protect farmers across the region.

            ## Today

            In 2020, Norway and Sweden expanded the accord to cover groundwater. The two governments must also fund the Baltic Water Commission fully and on time. The Regional Climate Institute (RCI) warned that drought poses a serious risk to the farms along the river.
            """;

    @Test
    void generateWritesQuestionsAndReportPrintsCounts(@TempDir Path dir) throws Exception {
        ModuleFile.write(dir, new Module("river", "River", List.of("A. Writer"), "river.txt", "", "", Module.Kind.excerpt, List.of(),
                80, 1, 10, List.of(), List.of(), List.of(), List.of(), BODY.strip()));
        PrintStream old = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            assertThat(Main.run("generate", dir.toString())).isZero();
            assertThat(Main.run("questions", "report", dir.toString())).isZero();
        } finally {
            System.setOut(old);
        }
        Path file = dir.resolve("river").resolve("questions.yaml");
        assertThat(file).exists();
        assertThat(QuestionsFile.read(file)).isNotEmpty();
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("river: ").contains("by type:").contains("by skill:").contains("rejected:");
        assertThat(Files.readString(file)).startsWith("questions:");
    }
}
