package org.lectern.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuestionsFileTest {

    @Test
    void roundTripsAndWritesTrueFalseAsABoolean() {
        List<Question> qs = new BuiltInQuestionGenerator().generate(Fixtures.river(), Fixtures.corpus());
        String yaml = QuestionsFile.render(qs);
        assertThat(yaml).startsWith("questions:\n");
        assertThat(yaml).containsPattern("answer: (true|false)\n");
        assertThat(yaml).doesNotContain("answer: \"true\"").doesNotContain("answer: \"false\"");
        List<Question> back = QuestionsFile.parse(yaml);
        assertThat(back).isEqualTo(qs);
        assertThat(QuestionsFile.render(back)).isEqualTo(yaml);
    }

    @Test
    void typeSpecificFieldsOnly() {
        // one question of every type the builders make on the text
        java.util.Map<QuestionType, Question> one = new java.util.EnumMap<>(QuestionType.class);
        for (Question q : BuiltInQuestionGenerator.gated(Fixtures.river(), Fixtures.corpus())) one.putIfAbsent(q.type(), q);
        String yaml = QuestionsFile.render(List.copyOf(one.values()));
        assertThat(yaml).contains("  pairs:\n  - left: ").contains("  items:\n").contains("  accepted:\n").contains("  modules:\n");
        assertThat(yaml).contains("skill: main idea");
    }

    @Test
    void sameModuleGivesByteIdenticalFiles(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a.yaml"), b = dir.resolve("b.yaml");
        QuestionsFile.write(a, new BuiltInQuestionGenerator().generate(Fixtures.river(), Fixtures.corpus()));
        Sentences.clearCache();
        SpanTagger.clearCache();
        QuestionsFile.write(b, new BuiltInQuestionGenerator().generate(Fixtures.river(), Fixtures.corpus()));
        assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
    }
}
