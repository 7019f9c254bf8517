package org.lectern.questions;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lectern.importing.ModuleFile;

/**
 * An instructor's decision about one question, by id. Approved and edited questions are kept exactly as stored;
 * rejected ones stay out of questions.yaml. The file store is {@code DIR/<slug>/curation.yaml}; the web app can
 * keep the same entries in its database and reuse {@link CurationMerge}.
 */
public record Curation(String id, Status status, Question question) {

    public enum Status { approved, edited, rejected }

    public static final String FILE_NAME = "curation.yaml";

    public static List<Curation> read(Path moduleDir) throws IOException {
        Path f = moduleDir.resolve(FILE_NAME);
        if (!Files.exists(f)) return List.of();
        return parse(Files.readString(f, StandardCharsets.UTF_8));
    }

    public static List<Curation> parse(String yaml) {
        try {
            Map<String, Object> root = QuestionsFile.YAML.readValue(yaml, new TypeReference<Map<String, Object>>() {});
            List<Curation> out = new ArrayList<>();
            if (root != null && root.get("curation") instanceof List<?> l) {
                for (Object o : l) {
                    if (!(o instanceof Map<?, ?> m)) continue;
                    Question q = m.get("question") instanceof Map<?, ?> qm ? QuestionsFile.fromMap(qm) : null;
                    out.add(new Curation(String.valueOf(m.get("id")), Status.valueOf(String.valueOf(m.get("status"))), q));
                }
            }
            return out;
        } catch (IOException e) {
            throw new IllegalArgumentException("curation file is not valid YAML: " + e.getMessage(), e);
        }
    }

    public static String render(List<Curation> entries) {
        List<Curation> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing(Curation::id));
        List<Map<String, Object>> list = new ArrayList<>();
        for (Curation c : sorted) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", c.id());
            m.put("status", c.status().name());
            if (c.question() != null) m.put("question", QuestionsFile.toMap(c.question().withStatus(null)));
            list.add(m);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("curation", list);
        try {
            return QuestionsFile.YAML.writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void write(Path moduleDir, List<Curation> entries) throws IOException {
        Files.createDirectories(moduleDir);
        ModuleFile.writeAtomically(moduleDir.resolve(FILE_NAME), render(entries));
    }

    /** Adds or replaces the decision for one id in the module's curation file. */
    public static void record(Path moduleDir, Curation entry) throws IOException {
        List<Curation> all = new ArrayList<>(read(moduleDir));
        all.removeIf(c -> c.id().equals(entry.id()));
        all.add(entry);
        write(moduleDir, all);
    }
}
