package org.lectern.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** content/ is committed as generated from seeds/; this fails when regenerating would change a module.md or questions.yaml. */
class ContentUpToDateTest {

    static final String HOW_TO_FIX = "content/ is out of date with seeds/, the importer or the question generator. "
            + "Regenerate it with:\n"
            + "  mvn -q package -DskipTests && rm -rf content && java -jar target/lectern.jar import seeds --out content";

    @Test void committedContentMatchesAFreshImportOfTheSeeds(@TempDir Path tmp) throws Exception {
        ContentImport.Result r = ContentImport.run(List.of(Path.of("seeds")), tmp);
        assertThat(r.failures()).isEmpty();
        org.lectern.questions.QuestionWriter.writeAll(tmp, org.lectern.questions.QuestionWriter.loadModules(tmp),
                new org.lectern.questions.BuiltInQuestionGenerator());
        assertThat(moduleFiles(Path.of("content"))).as(HOW_TO_FIX).isEqualTo(moduleFiles(tmp));
        for (Path rel : moduleFiles(tmp)) {
            assertThat(Files.readString(Path.of("content").resolve(rel))).as(HOW_TO_FIX + "\n(differs: " + rel + ")")
                    .isEqualTo(Files.readString(tmp.resolve(rel)));
        }
    }

    @Test void reimportingIntoTheSameDirectoryChangesNothing(@TempDir Path tmp) throws Exception {
        ContentImport.run(List.of(Path.of("seeds")), tmp);
        List<Path> before = moduleFiles(tmp);
        String first = Files.readString(tmp.resolve(before.get(0)));
        ContentImport.run(List.of(Path.of("seeds")), tmp);
        assertThat(moduleFiles(tmp)).isEqualTo(before);
        assertThat(Files.readString(tmp.resolve(before.get(0)))).isEqualTo(first);
    }

    static List<Path> moduleFiles(Path dir) throws Exception {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.getFileName().toString().equals(ModuleFile.FILE_NAME)
                    || p.getFileName().toString().equals(org.lectern.questions.QuestionsFile.FILE_NAME))
                    .map(dir::relativize).sorted().toList();
        }
    }
}
