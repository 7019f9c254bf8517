package org.lectern.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.lectern.importing.Module;
import org.lectern.questions.GenerationReport;
import org.lectern.questions.QuestionGenerator;
import org.lectern.questions.QuestionWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "questions", mixinStandardHelpOptions = true, description = "Question generation tools.",
        subcommands = {QuestionsCommand.Report.class})
public final class QuestionsCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    @Command(name = "report", mixinStandardHelpOptions = true,
            description = "Per module: question counts by type and skill, and what the quality gate rejected and why.")
    public static final class Report implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "DIR") Path dir;

        @Option(names = "--examples", defaultValue = "3", description = "Example rejections per rule (default 3)")
        int examples;

        @Override
        public Integer call() throws Exception {
            List<Module> modules = QuestionWriter.loadModules(dir);
            if (modules.isEmpty()) {
                System.err.println("no modules found under " + dir);
                return 1;
            }
            QuestionGenerator gen = QuestionGenerator.fromEnvironment();
            for (Module m : modules) {
                GenerationReport r = gen.run(m, modules);
                System.out.print(r.render(examples));
            }
            return 0;
        }
    }
}
