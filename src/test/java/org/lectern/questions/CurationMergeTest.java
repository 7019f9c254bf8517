package org.lectern.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.importing.Module;
import org.lectern.importing.ModuleFile;

class CurationMergeTest {

    static Question q(String id, String prompt) {
        return Question.of(QuestionType.true_false, prompt, Skill.recall, 1, "", List.of("E."), "See.").withAnswer("true", null).withId(id);
    }

    @Test
    void approvedAndEditedAreKeptVerbatimRejectedAreLeftOutNewOnesAreAdded() {
        List<Question> generated = List.of(q("a", "True or false: A is new."), q("b", "True or false: B is new."),
                q("c", "True or false: C is new."), q("d", "True or false: D is new."));
        Question edited = q("b", "True or false: B as the instructor wrote it.");
        Question gone = q("z", "True or false: Z was approved long ago.");
        List<Curation> curation = List.of(new Curation("a", Curation.Status.approved, generated.get(0)),
                new Curation("b", Curation.Status.edited, edited), new Curation("c", Curation.Status.rejected, null),
                new Curation("z", Curation.Status.approved, gone));
        List<Question> merged = CurationMerge.merge(generated, curation);
        assertThat(merged).extracting(Question::id).containsExactly("a", "b", "d", "z");
        assertThat(merged.get(1).prompt()).isEqualTo("True or false: B as the instructor wrote it.");
        assertThat(merged.get(1).status()).isEqualTo("edited");
        assertThat(merged.get(0).status()).isEqualTo("approved");
        assertThat(merged.get(2).status()).isNull();
    }

    @Test
    void generateHonoursTheCurationFile(@TempDir Path dir) throws Exception {
        Module river = Fixtures.river();
        ModuleFile.write(dir, river);
        ModuleFile.write(dir, Fixtures.delta());
        List<Module> modules = QuestionWriter.loadModules(dir);
        QuestionWriter.writeAll(dir, modules, new BuiltInQuestionGenerator());
        Path file = dir.resolve("river-accord").resolve(QuestionsFile.FILE_NAME);
        List<Question> first = QuestionsFile.read(file);
        Question toEdit = first.get(0), toReject = first.get(1);
        Question edited = new Question(toEdit.id(), toEdit.type(), toEdit.prompt() + " (edited)", toEdit.options(), toEdit.answer(),
                toEdit.accepted(), toEdit.pairs(), toEdit.items(), toEdit.modules(), toEdit.evidence(), toEdit.section(),
                toEdit.skill(), 3, "Instructor's explanation.", null);
        Curation.record(dir.resolve("river-accord"), new Curation(toEdit.id(), Curation.Status.edited, edited));
        Curation.record(dir.resolve("river-accord"), new Curation(toReject.id(), Curation.Status.rejected, null));

        QuestionWriter.writeAll(dir, modules, new BuiltInQuestionGenerator());
        List<Question> second = QuestionsFile.read(file);
        assertThat(second).extracting(Question::id).doesNotContain(toReject.id());
        Question kept = second.stream().filter(x -> x.id().equals(toEdit.id())).findFirst().orElseThrow();
        assertThat(kept.prompt()).endsWith("(edited)");
        assertThat(kept.explanation()).isEqualTo("Instructor's explanation.");
        assertThat(kept.status()).isEqualTo("edited");
        assertThat(second).hasSize(first.size() - 1);
        assertThat(Files.readString(dir.resolve("river-accord").resolve(Curation.FILE_NAME))).contains("status: rejected");
    }
}
