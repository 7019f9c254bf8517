package org.lectern.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.lectern.classes.ClassRepository;
import org.lectern.classes.JoinCodes;
import org.lectern.classes.SchoolClass;
import org.lectern.db.Database;
import org.lectern.grading.GradeExport;
import org.lectern.grading.ReviewService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export-grades", mixinStandardHelpOptions = true,
        description = "Write a class's grades as CSV for Canvas, Moodle, or one row per student and assignment.")
public final class ExportGradesCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions database;

    @Option(names = "--class", required = true, description = "The class's join code.")
    String classCode;

    @Option(names = "--format", defaultValue = "long", description = "canvas, moodle or long. Default: ${DEFAULT-VALUE}")
    String format;

    @Option(names = {"-o", "--output"}, description = "File to write (default: standard output).")
    Path output;

    @Override
    public Integer call() throws IOException {
        GradeExport.Format f;
        try {
            f = GradeExport.Format.parse(format);
        } catch (org.lectern.shared.InvalidInput e) {
            System.err.println(e.getMessage());
            return 2;
        }
        try (Database db = Database.open(database.settings())) {
            SchoolClass c = new ClassRepository(db.dsl()).findByJoinCode(JoinCodes.normalise(classCode)).orElse(null);
            if (c == null) {
                System.err.println("No class has the join code " + classCode + ".");
                return 1;
            }
            // Standard output is flushed, never closed.
            OutputStream out = output == null ? new java.io.FilterOutputStream(System.out) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    flush();
                }
            } : Files.newOutputStream(output);
            try (OutputStream buffered = new BufferedOutputStream(out, 1 << 16)) {
                ReviewService.exportGrades(db.dsl(), c.id(), f, buffered);
            }
        }
        return 0;
    }
}
