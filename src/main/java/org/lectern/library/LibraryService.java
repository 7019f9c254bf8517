package org.lectern.library;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.lectern.accounts.User;
import org.lectern.importing.ModuleLibrary;
import org.lectern.importing.ModuleRepository;
import org.lectern.questions.CurationRepository;
import org.lectern.questions.Question;
import org.lectern.questions.QuestionBank;
import org.lectern.questions.export.GiftExport;
import org.lectern.questions.export.QtiExport;
import org.lectern.shared.Forbidden;
import org.lectern.shared.InvalidInput;
import org.lectern.shared.NotFound;

/** The module library as instructors see it: list, upload, preview, question export. */
public final class LibraryService {

    public static final long MAX_UPLOAD_BYTES = 20L * 1024 * 1024;

    private final DSLContext dsl;
    private final ModuleLibrary library;

    public LibraryService(DSLContext dsl, ModuleLibrary library) {
        this.dsl = dsl;
        this.library = library;
    }

    public record Entry(ModuleRepository.ModuleSummary module, int questions, int askable, int toReview, int rejected) {}

    public List<Entry> list(User instructor) {
        requireInstructor(instructor);
        Map<Long, Map<String, Integer>> counts = new CurationRepository(dsl).statusCounts();
        return library.modules().list().stream().map(m -> {
            Map<String, Integer> c = counts.getOrDefault(m.id(), Map.of());
            int askable = QuestionBank.ASKABLE.stream().mapToInt(s -> c.getOrDefault(s, 0)).sum();
            int total = c.values().stream().mapToInt(Integer::intValue).sum() - c.getOrDefault("retired", 0);
            return new Entry(m, total, askable, c.getOrDefault("generated", 0), c.getOrDefault("rejected", 0));
        }).toList();
    }

    public ModuleRepository.StoredModule module(User instructor, long moduleId) {
        requireInstructor(instructor);
        return library.modules().findById(moduleId).orElseThrow(() -> new NotFound("No such module."));
    }

    /** Imports an uploaded file or pasted text, generates its questions; the new module, or InvalidInput with the reason. */
    public ModuleRepository.StoredModule add(User instructor, String fileName, byte[] bytes, String pastedTitle, String pastedText) {
        requireInstructor(instructor);
        String name = fileName;
        byte[] content = bytes;
        String pasted = pastedText == null ? "" : pastedText.strip();
        if (name != null && !name.isBlank() && (content == null || content.length == 0) && pasted.isEmpty()) {
            throw new InvalidInput("\"" + name + "\" is empty: choose the file with the article's text, or paste the text.");
        }
        if (content == null || content.length == 0) {
            String text = pasted;
            if (text.isEmpty()) {
                throw new InvalidInput("Choose a file (.txt, .md, .html or .pdf) or paste the article's text.");
            }
            String title = pastedTitle == null ? "" : pastedTitle.strip();
            content = ((title.isEmpty() ? "" : title + "\n\n") + text + "\n").getBytes(StandardCharsets.UTF_8);
            name = "pasted.txt";
        } else {
            String lower = name == null ? "" : name.toLowerCase(java.util.Locale.ROOT);
            if (!(lower.endsWith(".txt") || lower.endsWith(".md") || lower.endsWith(".html") || lower.endsWith(".htm")
                    || lower.endsWith(".pdf"))) {
                throw new InvalidInput("Lectern reads .txt, .md, .html and .pdf files; \"" + name + "\" is none of these.");
            }
        }
        if (content.length > MAX_UPLOAD_BYTES) {
            throw new InvalidInput("That file is larger than 20 MB.");
        }
        ModuleLibrary.AddResult result;
        try {
            result = library.addArticle(name, content, instructor.id());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (result.module().isEmpty()) {
            throw new InvalidInput("The article could not be imported: " + result.failure());
        }
        return result.module().get();
    }

    /** The module rendered by the same renderer students read with. */
    public record Preview(ModuleRepository.StoredModule module, org.lectern.reading.ModuleRenderer.Rendered rendered) {}

    public Preview preview(User instructor, long moduleId) {
        ModuleRepository.StoredModule m = module(instructor, moduleId);
        return new Preview(m, org.lectern.reading.ModuleRenderer.render(m.module()));
    }

    /** The text with each askable question's evidence marked, anchored to the question. */
    public List<ArticleText.Block> highlighted(ModuleRepository.StoredModule m, List<QuestionBank.StoredQuestion> questions) {
        Map<String, String> evidence = new LinkedHashMap<>();
        for (QuestionBank.StoredQuestion q : questions) {
            if (!"rejected".equals(q.status()) && !"retired".equals(q.status())) {
                for (String e : q.question().evidence()) {
                    evidence.putIfAbsent(e, "q-" + q.id());
                }
            }
        }
        return ArticleText.blocks(m.module(), evidence);
    }

    private List<Question> exportable(long moduleId) {
        return new QuestionBank(dsl).forModule(moduleId, true).stream().map(QuestionBank.StoredQuestion::question).toList();
    }

    public String gift(User instructor, long moduleId) {
        ModuleRepository.StoredModule m = module(instructor, moduleId);
        return GiftExport.export(m.module().title(), exportable(moduleId));
    }

    public void qti(User instructor, long moduleId, OutputStream out) {
        ModuleRepository.StoredModule m = module(instructor, moduleId);
        QtiExport.write(m.module().slug(), m.module().title(), exportable(moduleId), out);
    }

    public String slug(long moduleId) {
        return library.modules().findById(moduleId).map(m -> m.module().slug()).orElse("module");
    }

    private static void requireInstructor(User user) {
        if (!user.isInstructor()) {
            throw new Forbidden("Only instructors can do this.");
        }
    }

    static Map<String, Integer> empty() {
        return new HashMap<>();
    }
}
