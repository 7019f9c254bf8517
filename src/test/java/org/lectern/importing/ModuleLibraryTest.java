package org.lectern.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.db.Database;
import org.lectern.questions.Question;
import org.lectern.questions.QuestionBank;
import org.lectern.questions.QuestionsFile;
import org.lectern.testing.DatabaseTest;
import org.lectern.testing.TestDatabases;
import org.lectern.testing.TestServer;

@DatabaseTest
class ModuleLibraryTest {

    @TempDir
    Path content;

    @Test
    void firstStartImportsTheSeedsWithQuestionsIntoContentAndTheDatabase() throws Exception {
        try (TestDatabases.Fresh fresh = TestDatabases.fresh(); Database db = Database.open(fresh.settings())) {
            ModuleLibrary library = new ModuleLibrary(db.dsl(), content);
            library.prepareContent(Path.of("seeds"));
            ModuleLibrary.SyncResult sync = library.syncToDatabase();

            assertThat(sync.modules()).isEqualTo(5);
            assertThat(library.modules().list()).hasSize(5);
            for (var summary : library.modules().list()) {
                assertThat(content.resolve(summary.slug()).resolve("questions.yaml")).isRegularFile();
                assertThat(library.questions().forModule(summary.id(), true)).as(summary.slug()).isNotEmpty();
            }
        }
    }

    @Test
    void syncingAgainChangesNothingAndCreatesNoDuplicates() throws Exception {
        try (TestDatabases.Fresh fresh = TestDatabases.fresh(); Database db = Database.open(fresh.settings())) {
            copyContent();
            ModuleLibrary library = new ModuleLibrary(db.dsl(), content);
            library.syncToDatabase();
            long questions = countQuestions(library);
            ModuleLibrary.SyncResult again = library.syncToDatabase();
            assertThat(again.changed()).isZero();
            assertThat(library.modules().list()).hasSize(5);
            assertThat(countQuestions(library)).isEqualTo(questions);
        }
    }

    @Test
    void regenerationKeepsCuratedQuestionsAndRevisesUntouchedOnes() throws Exception {
        try (TestDatabases.Fresh fresh = TestDatabases.fresh(); Database db = Database.open(fresh.settings())) {
            copyContent();
            ModuleLibrary library = new ModuleLibrary(db.dsl(), content);
            library.syncToDatabase();
            var module = library.modules().list().get(0);
            List<QuestionBank.StoredQuestion> stored = library.questions().forModule(module.id(), false);
            QuestionBank.StoredQuestion curated = stored.get(0);
            QuestionBank.StoredQuestion untouched = stored.get(1);
            Question edited = new Question(curated.key(), curated.question().type(), "Instructor's own wording?",
                    curated.question().options(), curated.question().answer(), curated.question().accepted(),
                    curated.question().pairs(), curated.question().items(), curated.question().modules(),
                    curated.question().evidence(), curated.question().section(), curated.question().skill(),
                    curated.question().difficulty(), curated.question().explanation(), null);
            library.questions().saveRevision(curated.id(), edited, "edited", null);

            // The generator now words both questions differently.
            Path file = content.resolve(module.slug()).resolve(QuestionsFile.FILE_NAME);
            List<Question> regenerated = QuestionsFile.parse(Files.readString(file, StandardCharsets.UTF_8)).stream()
                    .map(q -> q.id().equals(curated.key()) || q.id().equals(untouched.key())
                            ? new Question(q.id(), q.type(), q.prompt() + " (reworded)", q.options(), q.answer(), q.accepted(),
                            q.pairs(), q.items(), q.modules(), q.evidence(), q.section(), q.skill(), q.difficulty(),
                            q.explanation(), null)
                            : q)
                    .toList();
            QuestionsFile.write(file, regenerated);
            library.syncToDatabase();

            assertThat(library.questions().find(curated.id()).orElseThrow().question().prompt()).isEqualTo("Instructor's own wording?");
            var revised = library.questions().find(untouched.id()).orElseThrow();
            assertThat(revised.question().prompt()).endsWith("(reworded)");
            assertThat(revised.revision()).isEqualTo(2);
            assertThat(library.questions().revision(untouched.revisionId()).orElseThrow().prompt())
                    .as("the revision a student may have seen is kept").doesNotEndWith("(reworded)");
        }
    }

    private long countQuestions(ModuleLibrary library) {
        return library.modules().list().stream().mapToLong(m -> library.questions().forModule(m.id(), false).size()).sum();
    }

    private void copyContent() {
        TestServer.copyTree(Path.of("content"), content);
    }
}
