package org.lectern.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The single entry point of {@code lectern.jar}: one subcommand per task. */
@Command(name = "lectern",
        mixinStandardHelpOptions = true,
        version = "Lectern 0.1.0",
        description = "Self-hosted reading and quiz platform.",
        subcommands = {
                ServeCommand.class,
                UsersCommand.class,
                ImportCommand.class,
                ExtractCommand.class,
                BenchCommand.class,
                GenerateCommand.class,
                QuestionsCommand.class,
                DemoCommand.class,
                ExportGradesCommand.class,
                BackupCommand.class,
                RestoreCommand.class,
                CommandLine.HelpCommand.class
        })
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code (tests call this instead of main). */
    public static int run(String... args) {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
