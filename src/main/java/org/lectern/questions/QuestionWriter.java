package org.lectern.questions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.lectern.importing.Module;
import org.lectern.importing.ModuleFile;

/** Writes {@code DIR/<slug>/questions.yaml} for modules, honouring {@code curation.yaml}. Called by import and generate. */
public final class QuestionWriter {
    private QuestionWriter() {}

    /** Generates for every module (all of them are the corpus) with the default or environment-selected backend. */
    public static List<GenerationReport> writeAll(Path dir, List<Module> modules) throws IOException {
        return writeAll(dir, modules, QuestionGenerator.fromEnvironment());
    }

    public static List<GenerationReport> writeAll(Path dir, List<Module> modules, QuestionGenerator generator) throws IOException {
        List<GenerationReport> reports = new ArrayList<>();
        for (Module m : modules) {
            GenerationReport r = generator.run(m, modules);
            Path moduleDir = dir.resolve(m.slug());
            List<Question> merged = CurationMerge.merge(r.questions(), Curation.read(moduleDir));
            QuestionsFile.write(moduleDir.resolve(QuestionsFile.FILE_NAME), merged);
            reports.add(r);
        }
        return reports;
    }

    /** Every {@code DIR/*}/module.md, in directory-name order. */
    public static List<Module> loadModules(Path dir) throws IOException {
        List<Module> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.sorted().toList()) {
                Path f = p.resolve(ModuleFile.FILE_NAME);
                if (Files.isRegularFile(f)) out.add(ModuleFile.read(f));
            }
        }
        return out;
    }
}
