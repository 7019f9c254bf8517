package org.lectern.cli;

import java.util.concurrent.Callable;
import org.lectern.grading.GradeExport;
import org.lectern.grading.GradeExportBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code lectern bench export}: the grade CSV writer over a synthetic class, rows/s and peak heap growth. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Time the grade export (students x assignments cells through the CSV writer; no database).")
public final class BenchExportCommand implements Callable<Integer> {

    @Option(names = "--students", defaultValue = "10000", description = "Students (default ${DEFAULT-VALUE})")
    int students;

    @Option(names = "--assignments", defaultValue = "50", description = "Assignments (default ${DEFAULT-VALUE})")
    int assignments;

    @Option(names = "--format", defaultValue = "long", description = "canvas, moodle or long (default ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--runs", defaultValue = "3", description = "Timed runs after one warm-up (default ${DEFAULT-VALUE})")
    int runs;

    @Override
    public Integer call() {
        GradeExport.Format f;
        try {
            f = GradeExport.Format.parse(format);
        } catch (org.lectern.shared.InvalidInput e) {
            System.err.println(e.getMessage());
            return 2;
        }
        if (students < 1 || assignments < 1 || runs < 1) {
            System.err.println("--students, --assignments and --runs must be at least 1.");
            return 2;
        }
        GradeExportBenchmark.run(students, assignments, f); // warm-up (JIT)
        for (int i = 0; i < runs; i++) {
            System.out.println(format + ": " + GradeExportBenchmark.run(students, assignments, f));
        }
        return 0;
    }
}
