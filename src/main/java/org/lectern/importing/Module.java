package org.lectern.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * A reading module: one cleaned article with its metadata. Immutable; written to and read from
 * {@code content/<slug>/module.md} by {@link ModuleFile}. The body is Markdown with {@code ## }
 * section headings.
 */
public record Module(
        String slug,
        String title,
        List<String> authors,
        String sourceFile,
        String source,
        String published,
        Kind kind,
        List<String> related,
        int words,
        int readingMinutes,
        double gradeLevel,
        List<GlossaryEntry> glossary,
        List<EntityCount> entities,
        List<String> aboutAuthors,
        List<Reference> references,
        String body) {

    public enum Kind { article, summary, excerpt }

    public record GlossaryEntry(String term, String meaning) {}

    /** type is one of person, organisation, place. */
    public record EntityCount(String name, String type, int count) {}

    public record Reference(String text, String url) {}

    /** A section of the body: the heading (empty for text before the first heading) and its Markdown. */
    public record Section(String heading, String markdown) {}

    public Module {
        authors = List.copyOf(authors);
        related = List.copyOf(related);
        glossary = List.copyOf(glossary);
        entities = List.copyOf(entities);
        aboutAuthors = List.copyOf(aboutAuthors);
        references = List.copyOf(references);
    }

    /** Splits the body at {@code ## } headings, in reading order. Empty leading text is dropped. */
    public List<Section> sections() {
        List<Section> out = new ArrayList<>();
        String heading = "";
        StringBuilder text = new StringBuilder();
        for (String line : body.split("\n", -1)) {
            if (line.startsWith("## ")) {
                if (!text.toString().isBlank() || !heading.isEmpty()) {
                    out.add(new Section(heading, text.toString().strip()));
                }
                heading = line.substring(3).strip();
                text.setLength(0);
            } else {
                text.append(line).append('\n');
            }
        }
        if (!text.toString().isBlank() || !heading.isEmpty()) {
            out.add(new Section(heading, text.toString().strip()));
        }
        return out;
    }

    public Module withRelated(List<String> newRelated) {
        return new Module(slug, title, authors, sourceFile, source, published, kind, newRelated, words,
                readingMinutes, gradeLevel, glossary, entities, aboutAuthors, references, body);
    }

    public Module withKind(Kind newKind) {
        return new Module(slug, title, authors, sourceFile, source, published, newKind, related, words,
                readingMinutes, gradeLevel, glossary, entities, aboutAuthors, references, body);
    }
}
