package org.lectern.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.lectern.importing.Module;
import org.lectern.questions.GenerationReport;
import org.lectern.questions.QuestionWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write DIR/<slug>/questions.yaml for every DIR/*/module.md (keeps curated questions).")
public final class GenerateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "Content directory holding <slug>/module.md")
    Path dir;

    @Override
    public Integer call() throws Exception {
        List<Module> modules = QuestionWriter.loadModules(dir);
        if (modules.isEmpty()) {
            System.err.println("no modules found under " + dir);
            return 1;
        }
        for (GenerationReport r : QuestionWriter.writeAll(dir, modules)) {
            System.out.println(r.slug() + ": " + r.questions().size() + " questions (" + r.comprehension()
                    + " comprehension, " + r.discussion() + " discussion)");
        }
        return 0;
    }
}
