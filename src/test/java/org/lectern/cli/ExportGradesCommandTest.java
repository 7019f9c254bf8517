package org.lectern.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lectern.db.Database;
import org.lectern.importing.ModuleLibrary;
import org.lectern.testing.DatabaseTest;
import org.lectern.testing.TestDatabases;

/** {@code lectern export-grades} through Main.run, on the demo class (30 students, five assignments). */
@DatabaseTest
class ExportGradesCommandTest {

    static TestDatabases.Fresh db;

    @BeforeAll
    static void demoClass() throws Exception {
        db = TestDatabases.fresh();
        Path content = db.settings().dataDir().resolve("content");
        try (var walk = Files.walk(Path.of("content"))) {
            for (Path p : walk.toList()) {
                Path target = content.resolve(Path.of("content").relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        try (Database d = Database.open(db.settings())) {
            new ModuleLibrary(d.dsl(), content).syncToDatabase();
            DemoCommand.fill(d.dsl(), OffsetDateTime.now());
        }
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    static UsersCommandTest.Run exportGrades(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "export-grades";
        System.arraycopy(args, 0, all, 1, args.length);
        return UsersCommandTest.lectern("", UsersCommandTest.withDatabase(db.settings(), all));
    }

    static List<CSVRecord> parse(String csv) throws Exception {
        return CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
    }

    @Test
    void canvasToAFileHasTheImportHeadingsAPointsPossibleRowAndEveryStudent() throws Exception {
        Path file = db.settings().dataDir().resolve("canvas.csv");
        UsersCommandTest.Run run = exportGrades("--class", DemoCommand.JOIN_CODE, "--format", "canvas", "-o", file.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).as("nothing on standard output when writing a file").isEmpty();
        List<CSVRecord> rows = parse(Files.readString(file, StandardCharsets.UTF_8));
        assertThat(rows.get(0).toList()).startsWith("Student", "ID", "SIS User ID", "SIS Login ID", "Section").hasSize(5 + 5);
        assertThat(rows.get(1).get(0)).isEqualTo("    Points Possible");
        assertThat(rows.get(1).toList().subList(5, 10)).containsOnly("15");
        assertThat(rows).hasSize(2 + DemoCommand.STUDENTS);
        assertThat(rows.subList(2, rows.size())).allSatisfy(r -> assertThat(r.get(3)).endsWith("@demo.lectern"));
    }

    @Test
    void moodleToStandardOutputIdentifiesStudentsByEmail() throws Exception {
        UsersCommandTest.Run run = exportGrades("--class", DemoCommand.JOIN_CODE, "--format", "moodle");
        assertThat(run.exit()).as(run.err()).isZero();
        List<CSVRecord> rows = parse(run.out());
        assertThat(rows.get(0).toList()).startsWith("Full name", "Email address").hasSize(2 + 5);
        assertThat(rows).hasSize(1 + DemoCommand.STUDENTS);
        assertThat(rows.get(1).get(1)).isEqualTo("student01@demo.lectern");
    }

    @Test
    void longIsTheDefaultAndTheSameOnStandardOutputAndInAFile() throws Exception {
        UsersCommandTest.Run stdout = exportGrades("--class", DemoCommand.JOIN_CODE.toLowerCase(java.util.Locale.ROOT));
        assertThat(stdout.exit()).as(stdout.err()).isZero();
        Path file = db.settings().dataDir().resolve("long.csv");
        assertThat(exportGrades("--class", DemoCommand.JOIN_CODE, "--format", "long", "--output", file.toString()).exit()).isZero();
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(stdout.out());
        List<CSVRecord> rows = parse(stdout.out());
        assertThat(rows.get(0).toList()).containsExactly("student", "email", "section", "assignment", "assignment_id", "score",
                "points_possible", "percent", "status", "submitted_at", "late");
        assertThat(rows).hasSize(1 + DemoCommand.STUDENTS * 5);
        assertThat(rows.subList(1, rows.size())).allSatisfy(r -> {
            assertThat(r.get(8)).matches("submitted|missing|not_started|in_progress");
            assertThat(r.get(6)).isEqualTo("15");
            if (!r.get(5).isEmpty()) {
                double percent = Double.parseDouble(r.get(5)) * 100 / 15;
                assertThat(Double.parseDouble(r.get(7))).isCloseTo(percent, org.assertj.core.api.Assertions.within(0.06));
            }
        });
    }

    @Test
    void anUnknownClassCodeIsAClearErrorWithANonZeroExit() {
        UsersCommandTest.Run run = exportGrades("--class", "NOPE99", "--format", "canvas");
        assertThat(run.exit()).isNotZero();
        assertThat(run.err()).contains("No class has the join code NOPE99");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void anUnknownFormatIsAUsageErrorNamingTheChoices() {
        UsersCommandTest.Run run = exportGrades("--class", DemoCommand.JOIN_CODE, "--format", "excel");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("canvas, moodle or long");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void theClassOptionIsRequired() {
        UsersCommandTest.Run run = exportGrades("--format", "long");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--class");
    }
}
