package org.lectern.importing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.lectern.questions.Question;
import org.lectern.questions.QuestionBank;
import org.lectern.questions.QuestionWriter;
import org.lectern.questions.QuestionsFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The modules a site offers: {@code content/} on disk (reviewable, regenerated from sources) and
 * the database (what pages are served from). Seeds are imported on first start, and every start
 * brings the database in line with {@code content/}, changing only what changed.
 */
public final class ModuleLibrary {

    private static final Logger LOG = LoggerFactory.getLogger(ModuleLibrary.class);

    private final DSLContext dsl;
    private final ModuleRepository modules;
    private final QuestionBank questions;
    private final Path contentDir;

    public record SyncResult(int modules, int changed) {}

    /** An upload's outcome: the new module, or the reason it could not be imported. */
    public record AddResult(Optional<ModuleRepository.StoredModule> module, String failure) {}

    public ModuleLibrary(DSLContext dsl, Path contentDir) {
        this.dsl = dsl;
        this.modules = new ModuleRepository(dsl);
        this.questions = new QuestionBank(dsl);
        this.contentDir = contentDir;
    }

    public ModuleRepository modules() {
        return modules;
    }

    public QuestionBank questions() {
        return questions;
    }

    /** On first start: import the seed articles into an empty content directory and generate questions. */
    public void prepareContent(Path seedsDir) throws IOException {
        Files.createDirectories(contentDir);
        if (moduleDirs().isEmpty() && Files.isDirectory(seedsDir)) {
            ContentImport.Result result = ContentImport.run(List.of(seedsDir), contentDir);
            result.failures().forEach(f -> LOG.warn("Seed {} not imported: {}", f.fileName(), f.reason()));
            LOG.info("Imported {} seed articles into {}", result.written().size(), contentDir);
        }
        boolean missingQuestions = false;
        for (Path dir : moduleDirs()) {
            missingQuestions |= !Files.isRegularFile(dir.resolve(QuestionsFile.FILE_NAME));
        }
        if (missingQuestions) {
            QuestionWriter.writeAll(contentDir, QuestionWriter.loadModules(contentDir));
        }
    }

    /** Brings the database in line with content/: new and changed modules and their questions. */
    public synchronized SyncResult syncToDatabase() throws IOException {
        int count = 0;
        int changed = 0;
        for (Path dir : moduleDirs()) {
            count++;
            if (syncOne(dir, "import", null)) {
                changed++;
            }
        }
        if (changed > 0) {
            LOG.info("Library: {} modules, {} new or changed", count, changed);
        }
        return new SyncResult(count, changed);
    }

    /**
     * An instructor's upload: import the file into content/, generate its questions (with the whole
     * library as corpus), and store it. Nothing is written when the import fails.
     */
    public synchronized AddResult addArticle(String fileName, byte[] bytes, long uploadedBy) throws IOException {
        ArticleImporter.ImportOutcome outcome = new ArticleImporter().importOne(fileName, bytes);
        if (outcome instanceof ArticleImporter.Failed failed) {
            return new AddResult(Optional.empty(), failed.reason());
        }
        Path tmp = Files.createTempDirectory("lectern-upload-");
        try {
            Path input = tmp.resolve(safeFileName(fileName));
            Files.write(input, bytes);
            ContentImport.Result result = ContentImport.run(List.of(input), contentDir);
            if (!result.ok() || result.written().isEmpty()) {
                String reason = result.failures().isEmpty() ? "nothing could be imported" : result.failures().get(0).reason();
                return new AddResult(Optional.empty(), reason);
            }
            Module added = result.written().get(0);
            QuestionWriter.writeAll(contentDir, QuestionWriter.loadModules(contentDir));
            syncOne(contentDir.resolve(added.slug()), "upload", uploadedBy);
            syncToDatabase();
            return new AddResult(modules.findBySlug(added.slug()), null);
        } finally {
            try (Stream<Path> s = Files.walk(tmp)) {
                s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private boolean syncOne(Path dir, String origin, Long uploadedBy) throws IOException {
        String moduleMd = Files.readString(dir.resolve(ModuleFile.FILE_NAME), StandardCharsets.UTF_8);
        Path questionsFile = dir.resolve(QuestionsFile.FILE_NAME);
        String questionsYaml = Files.isRegularFile(questionsFile) ? Files.readString(questionsFile, StandardCharsets.UTF_8) : "";
        String hash = sha256(moduleMd + "\u0000" + questionsYaml);
        // Fast path for every start after the first: a module directory is named by its slug, and
        // an unchanged hash means there is nothing to parse or write.
        if (modules.contentHash(dir.getFileName().toString()).filter(hash::equals).isPresent()) {
            return false;
        }
        Module module = ModuleFile.parse(moduleMd);
        if (modules.contentHash(module.slug()).filter(hash::equals).isPresent()) {
            return false;
        }
        List<Question> generated = questionsYaml.isEmpty() ? List.of() : QuestionsFile.parse(questionsYaml);
        dsl.transaction(cfg -> {
            ModuleRepository tx = new ModuleRepository(cfg.dsl());
            long id = tx.upsert(module, moduleMd, hash, origin, uploadedBy);
            new QuestionBank(cfg.dsl()).syncGenerated(id, generated);
        });
        return true;
    }

    private List<Path> moduleDirs() throws IOException {
        if (!Files.isDirectory(contentDir)) {
            return List.of();
        }
        List<Path> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(contentDir)) {
            for (Path p : s.sorted().toList()) {
                if (Files.isRegularFile(p.resolve(ModuleFile.FILE_NAME))) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    private static String safeFileName(String name) {
        String base = Path.of(name == null || name.isBlank() ? "upload.txt" : name).getFileName().toString();
        return base.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
