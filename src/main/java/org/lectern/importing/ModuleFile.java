package org.lectern.importing;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The on-disk form of a {@link Module}: UTF-8, YAML front matter between {@code ---} lines, then
 * the Markdown body. Writing is atomic (temp file, then move) and byte-for-byte deterministic.
 */
public final class ModuleFile {

    public static final String FILE_NAME = "module.md";

    private static final YAMLMapper YAML = YAMLMapper.builder(
                    YAMLFactory.builder()
                            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                            .disable(YAMLGenerator.Feature.SPLIT_LINES)
                            .build())
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();

    private ModuleFile() {}

    /** Front matter fields in the documented order; the body is not part of the front matter. */
    @JsonPropertyOrder({"slug", "title", "authors", "source_file", "source", "published", "kind", "related",
            "words", "reading_minutes", "grade_level", "glossary", "entities", "about_authors", "references"})
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record FrontMatter(String slug, String title, List<String> authors, String sourceFile, String source,
                       String published, Module.Kind kind, List<String> related, int words, int readingMinutes,
                       double gradeLevel, List<Module.GlossaryEntry> glossary, List<Module.EntityCount> entities,
                       List<String> aboutAuthors, List<Module.Reference> references) {}

    public static String render(Module m) {
        FrontMatter fm = new FrontMatter(m.slug(), m.title(), m.authors(), m.sourceFile(), m.source(), m.published(),
                m.kind(), m.related(), m.words(), m.readingMinutes(), m.gradeLevel(), m.glossary(), m.entities(),
                m.aboutAuthors(), m.references());
        try {
            String yaml = YAML.writeValueAsString(fm);
            String body = m.body().strip();
            return "---\n" + yaml + "---\n\n" + body + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Module parse(String text) {
        String normalised = text.replace("\r\n", "\n");
        if (!normalised.startsWith("---\n")) {
            throw new IllegalArgumentException("module file does not start with YAML front matter (---)");
        }
        int end = normalised.indexOf("\n---\n", 3);
        if (end < 0) {
            throw new IllegalArgumentException("module file front matter is not closed with ---");
        }
        String yaml = normalised.substring(4, end + 1);
        String body = normalised.substring(end + 5).strip();
        try {
            FrontMatter fm = YAML.readValue(yaml, FrontMatter.class);
            return new Module(fm.slug(), fm.title(), orEmpty(fm.authors()), fm.sourceFile(), fm.source(),
                    fm.published(), fm.kind(), orEmpty(fm.related()), fm.words(), fm.readingMinutes(),
                    fm.gradeLevel(), orEmpty(fm.glossary()), orEmpty(fm.entities()), orEmpty(fm.aboutAuthors()),
                    orEmpty(fm.references()), body);
        } catch (IOException e) {
            throw new IllegalArgumentException("module front matter is not valid YAML: " + e.getMessage(), e);
        }
    }

    public static Module read(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    /** Writes {@code dir/<slug>/module.md} atomically and returns its path. */
    public static Path write(Path dir, Module m) throws IOException {
        Path moduleDir = dir.resolve(m.slug());
        Files.createDirectories(moduleDir);
        Path target = moduleDir.resolve(FILE_NAME);
        writeAtomically(target, render(m));
        return target;
    }

    /** Write to a temp file beside the target, then move it over: readers never see half a file. */
    public static void writeAtomically(Path target, String content) throws IOException {
        Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            Files.writeString(tmp, content, StandardCharsets.UTF_8);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
