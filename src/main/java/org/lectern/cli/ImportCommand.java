package org.lectern.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.lectern.importing.ArticleImporter;
import org.lectern.importing.ContentImport;
import org.lectern.importing.Module;
import org.lectern.questions.QuestionWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import articles (.txt, .md, .html, .htm, .pdf files or directories) into DIR/<slug>/module.md, with questions.yaml beside each.")
public final class ImportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or directories to import.")
    List<Path> paths;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "content", description = "Content directory (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--no-questions", description = "Only import; do not write questions.yaml.")
    boolean noQuestions;

    @Override
    public Integer call() throws Exception {
        ContentImport.Result r = ContentImport.run(paths, out);
        if (!r.written().isEmpty() && !noQuestions) {
            // Questions next to each module; the whole directory is the corpus for cross-article questions.
            QuestionWriter.writeAll(out, QuestionWriter.loadModules(out));
        }
        for (Module m : r.written()) System.out.println(out.resolve(m.slug()).resolve("module.md") + "  (" + m.kind() + ", " + m.words() + " words)");
        for (ArticleImporter.Failed f : r.failures()) System.err.println(f.fileName() + ": " + f.reason());
        System.out.println("imported " + r.written().size() + " module(s), " + r.failures().size() + " failure(s)");
        return r.ok() ? 0 : 1;
    }
}
