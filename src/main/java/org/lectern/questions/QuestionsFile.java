package org.lectern.questions;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lectern.importing.ModuleFile;

/**
 * {@code questions.yaml}: a top-level {@code questions:} list, fields in a fixed order, only the fields a type
 * needs. Written deterministically and atomically; a true_false answer is a YAML boolean.
 */
public final class QuestionsFile {

    public static final String FILE_NAME = "questions.yaml";

    static final YAMLMapper YAML = YAMLMapper.builder(YAMLFactory.builder()
                    .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                    .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                    .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                    .disable(YAMLGenerator.Feature.SPLIT_LINES)
                    .build())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private QuestionsFile() {}

    public static String render(List<Question> questions) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Question q : questions) list.add(toMap(q));
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("questions", list);
        try {
            return YAML.writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Question> parse(String yaml) {
        try {
            Map<String, Object> root = YAML.readValue(yaml, new TypeReference<Map<String, Object>>() {});
            List<Question> out = new ArrayList<>();
            Object qs = root == null ? null : root.get("questions");
            if (qs instanceof List<?> l) for (Object o : l) if (o instanceof Map<?, ?> m) out.add(fromMap(m));
            return out;
        } catch (IOException e) {
            throw new IllegalArgumentException("questions file is not valid YAML: " + e.getMessage(), e);
        }
    }

    public static List<Question> read(Path file) throws IOException {
        return Files.exists(file) ? parse(Files.readString(file, StandardCharsets.UTF_8)) : List.of();
    }

    public static void write(Path file, List<Question> questions) throws IOException {
        Files.createDirectories(file.getParent());
        ModuleFile.writeAtomically(file, render(questions));
    }

    static Map<String, Object> toMap(Question q) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", q.id());
        m.put("type", q.type().name());
        m.put("prompt", q.prompt());
        switch (q.type()) {
            case multiple_choice, main_idea -> { m.put("options", q.options()); m.put("answer", q.answer()); }
            case true_false -> m.put("answer", Boolean.parseBoolean(q.answer()));
            case cloze -> { m.put("answer", q.answer()); m.put("accepted", q.accepted()); }
            case matching -> {
                List<Map<String, String>> pairs = new ArrayList<>();
                for (Question.Pair p : q.pairs()) {
                    Map<String, String> pm = new LinkedHashMap<>();
                    pm.put("left", p.left());
                    pm.put("right", p.right());
                    pairs.add(pm);
                }
                m.put("pairs", pairs);
            }
            case ordering -> m.put("items", q.items());
            case short_answer, select_evidence -> m.put("answer", q.answer());
            case discussion -> m.put("modules", q.modules());
        }
        m.put("evidence", q.evidence());
        m.put("section", q.section());
        m.put("skill", q.skill().label());
        m.put("difficulty", q.difficulty());
        m.put("explanation", q.explanation());
        if (q.status() != null) m.put("status", q.status());
        return m;
    }

    static Question fromMap(Map<?, ?> m) {
        QuestionType type = QuestionType.valueOf(str(m.get("type")));
        List<Question.Pair> pairs = new ArrayList<>();
        if (m.get("pairs") instanceof List<?> l) {
            for (Object o : l) if (o instanceof Map<?, ?> p) pairs.add(new Question.Pair(str(p.get("left")), str(p.get("right"))));
        }
        Object d = m.get("difficulty");
        int difficulty = d == null ? 2 : Integer.parseInt(d.toString());
        return new Question(str(m.get("id")), type, str(m.get("prompt")), strings(m.get("options")), str(m.get("answer")),
                strings(m.get("accepted")), pairs, strings(m.get("items")), strings(m.get("modules")),
                strings(m.get("evidence")), str(m.get("section")), m.get("skill") == null ? Skill.recall : Skill.parse(str(m.get("skill"))),
                difficulty, str(m.get("explanation")), str(m.get("status")));
    }

    private static String str(Object o) { return o == null ? null : o.toString(); }

    private static List<String> strings(Object o) {
        List<String> out = new ArrayList<>();
        if (o instanceof List<?> l) for (Object x : l) out.add(String.valueOf(x));
        return out;
    }
}
