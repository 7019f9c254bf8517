package org.lectern.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.lectern.importing.Module;
import org.lectern.questions.QuestionBenchmark;
import org.lectern.questions.QuestionWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code lectern bench questions}: to be hung under the bench command. */
@Command(name = "questions", mixinStandardHelpOptions = true,
        description = "Time question generation (cold and warm) over imported modules or the raw seeds.")
public final class BenchQuestionsCommand implements Callable<Integer> {

    @Option(names = "--dir", description = "Content directory with <slug>/module.md (default: build rough modules from --seeds)")
    Path dir;

    @Option(names = "--seeds", defaultValue = "seeds", description = "Seed text directory (default: seeds)")
    Path seeds;

    @Option(names = "--runs", defaultValue = "7", description = "Warm runs (default 7)")
    int runs;

    @Override
    public Integer call() throws Exception {
        List<Module> modules = dir != null ? QuestionWriter.loadModules(dir) : QuestionBenchmark.fromSeeds(seeds);
        System.out.print(new QuestionBenchmark(modules, runs).run().render());
        return 0;
    }
}
