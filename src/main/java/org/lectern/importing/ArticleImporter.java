package org.lectern.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The import pipeline, pure: file name and bytes in, {@link Module} (or a reason) out. Supports
 * {@code .txt}, {@code .md}, {@code .html}/{@code .htm} and {@code .pdf}. {@link #importAll} also
 * links modules across the corpus (summaries, overlaps) and makes slugs unique.
 */
public final class ArticleImporter {

    public static final long MAX_BYTES = 20L * 1024 * 1024;
    public static final List<String> EXTENSIONS = List.of("txt", "md", "markdown", "html", "htm", "pdf");

    /** Result of importing one file. */
    public sealed interface ImportOutcome permits Imported, Failed {
        String fileName();
    }

    public record Imported(String fileName, Module module) implements ImportOutcome {}

    public record Failed(String fileName, String reason) implements ImportOutcome {}

    /** One input: its file name (used for type and {@code source_file}) and content. */
    public record Source(String fileName, byte[] bytes) {}

    public static boolean supports(String fileName) {
        return EXTENSIONS.contains(extension(fileName));
    }

    /** Imports one file on its own (kind is article or excerpt; no cross-module links). */
    public ImportOutcome importOne(String fileName, byte[] bytes) {
        try {
            return new Imported(fileName, toModule(fileName, bytes));
        } catch (ImportException e) {
            return new Failed(fileName, e.getMessage());
        } catch (RuntimeException e) {
            return new Failed(fileName, "could not be processed (" + e.getClass().getSimpleName() + ")");
        }
    }

    /**
     * Imports files and links them with each other and with {@code existing} modules (e.g. those
     * already in {@code content/}). Returns outcomes in input order, plus the existing modules whose
     * links changed are in {@link Batch#updatedExisting()}.
     */
    public Batch importAll(List<Source> sources, List<Module> existing) {
        List<ImportOutcome> outcomes = new ArrayList<>();
        for (Source s : sources) outcomes.add(importOne(s.fileName(), s.bytes()));
        // Newly imported files replace existing modules from the same source file.
        Map<String, Module> bySource = new TreeMap<>();
        for (Module m : existing) bySource.put(m.sourceFile(), unlinked(m));
        for (ImportOutcome o : outcomes) if (o instanceof Imported i) bySource.put(i.module().sourceFile(), i.module());
        List<Module> linked = CorpusLinker.link(new ArrayList<>(bySource.values()));
        Map<String, Module> linkedBySource = new TreeMap<>();
        for (Module m : linked) linkedBySource.put(m.sourceFile(), m);
        List<ImportOutcome> finalOutcomes = new ArrayList<>();
        for (ImportOutcome o : outcomes) {
            finalOutcomes.add(o instanceof Imported i ? new Imported(i.fileName(), linkedBySource.get(i.module().sourceFile())) : o);
        }
        List<Module> updated = new ArrayList<>();
        for (Module m : existing) {
            Module now = linkedBySource.get(m.sourceFile());
            boolean reimported = outcomes.stream().anyMatch(o -> o instanceof Imported i && i.module().sourceFile().equals(m.sourceFile()));
            if (!reimported && now != null && !ModuleFile.render(now).equals(ModuleFile.render(m))) updated.add(now);
        }
        return new Batch(finalOutcomes, updated);
    }

    public record Batch(List<ImportOutcome> outcomes, List<Module> updatedExisting) {
        public List<Module> modules() {
            return outcomes.stream().filter(o -> o instanceof Imported).map(o -> ((Imported) o).module()).toList();
        }

        public List<Failed> failures() {
            return outcomes.stream().filter(o -> o instanceof Failed).map(o -> (Failed) o).toList();
        }
    }

    /** An existing module as it was before linking (so links are recomputed, not accumulated). */
    private static Module unlinked(Module m) {
        Module.Kind k = m.kind() == Module.Kind.summary ? Module.Kind.article : m.kind();
        String title = m.title().endsWith(" (Summary)") ? m.title().substring(0, m.title().length() - 10) : m.title();
        String slug = Slugger.slug(title, m.sourceFile());
        return new Module(slug, title, m.authors(), m.sourceFile(), m.source(), m.published(), k, List.of(), m.words(),
                m.readingMinutes(), m.gradeLevel(), m.glossary(), m.entities(), m.aboutAuthors(), m.references(), m.body());
    }

    static Module toModule(String fileName, byte[] bytes) throws ImportException {
        if (bytes.length == 0) throw new ImportException("empty file");
        if (bytes.length > MAX_BYTES) {
            throw new ImportException(String.format(Locale.ROOT, "file too large (%.1f MB; the limit is 20 MB)", bytes.length / 1048576.0));
        }
        String ext = extension(fileName);
        String text;
        Hints hints;
        switch (ext) {
            case "pdf" -> {
                PdfTextExtractor.Extracted x = PdfTextExtractor.extract(bytes);
                text = x.text();
                hints = x.hints();
            }
            case "html", "htm" -> {
                HtmlContentExtractor.Extracted x = HtmlContentExtractor.extract(TextDecoder.decode(bytes));
                text = x.text();
                hints = x.hints();
            }
            case "txt", "md", "markdown" -> {
                text = TextDecoder.decode(bytes);
                hints = Hints.NONE;
                if (HtmlContentExtractor.looksLikeHtml(text)) {
                    HtmlContentExtractor.Extracted x = HtmlContentExtractor.extract(text);
                    text = x.text();
                    hints = x.hints();
                }
            }
            default -> throw new ImportException("unsupported file type '." + ext + "' (expected .txt, .md, .html, .htm or .pdf)");
        }
        if (text.isBlank()) throw new ImportException("empty file (no text)");
        Draft d = TextCleaner.clean(text, hints);
        if (d.blocks().isEmpty() || Text.words(plain(d.blocks())) < 5) throw new ImportException("no article text found");
        return analyse(fileName, d);
    }

    static Module analyse(String fileName, Draft d) {
        String body = MarkdownRenderer.render(d.blocks());
        String plain = plain(d.blocks());
        int words = Text.words(plain);
        List<Module.GlossaryEntry> glossary = AcronymGlossary.find(plain + "\n" + String.join("\n", d.aboutAuthors()));
        List<Module.EntityCount> entities = EntityFinder.find(plain, d.authors(), glossary);
        String title = d.title().isBlank() ? titleFromFileName(fileName) : d.title();
        return new Module(Slugger.slug(title, fileName), title, d.authors(), fileName, d.source(), d.published(),
                d.truncated() ? Module.Kind.excerpt : Module.Kind.article, List.of(), words, Readability.readingMinutes(words),
                Readability.gradeLevel(plain), glossary, entities, d.aboutAuthors(), d.references(), body);
    }

    /**
     * The title of a file that names none: its name as words ("mountain-rescue-interview.md" → "Mountain rescue
     * interview"), since a reader sees the title on every page; the slug stays the file name's.
     */
    static String titleFromFileName(String fileName) {
        String base = fileName.replaceFirst("\\.[^.]+$", "");
        String words = base.replaceAll("[-_]+", " ").replaceAll("\\s+", " ").strip();
        if (words.isEmpty()) return base;
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** Body text without Markdown syntax, one block per line. */
    static String plain(List<Block> blocks) {
        StringBuilder b = new StringBuilder();
        for (Block x : blocks) {
            if (x.type() == Block.Type.HEADING) continue;
            b.append(x.text().replaceAll("\\[([^\\]]*)]\\([^)]*\\)", "$1").replaceAll("[*_`]", "")).append('\n');
        }
        return b.toString();
    }

    static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
