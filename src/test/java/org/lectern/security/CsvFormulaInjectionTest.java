package org.lectern.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lectern.testing.DatabaseTest;
import org.lectern.testing.Fixtures;
import org.lectern.testing.People;
import org.lectern.testing.TestServer;
import org.lectern.testing.WebClient;

/**
 * Students whose names a spreadsheet would run as formulas: in every export format each such cell
 * comes back (parsed as CSV) with a leading apostrophe, so it is text, and no cell starts a formula.
 */
@DatabaseTest
class CsvFormulaInjectionTest {

    static final List<String> NAMES = List.of("=HYPERLINK(\"http://x\",\"y\")", "+1", "-2", "@SUM(A1)", "\t=1+2 tab");
    static TestServer server;
    static WebClient ada;
    static long classId;
    static final List<String> stored = new ArrayList<>();

    @BeforeAll
    static void start() {
        server = TestServer.start();
        ada = People.firstInstructor(server, "ada@school.test");
        classId = People.createClass(ada, "Ada's class");
        String code = People.joinCode(ada, classId);
        int i = 0;
        for (String name : NAMES) {
            People.studentJoining(server, code, name, "s" + (i++) + "@school.test");
        }
        Fixtures.assign(server, classId, "the-way-forward-to-build-up-the-japan-south-korea-rapprochement");
        // The names as the roster keeps them (a join may trim surrounding white space).
        stored.addAll(Fixtures.dsl(server).select(org.lectern.db.generated.Tables.USERS.NAME)
                .from(org.lectern.db.generated.Tables.USERS).where(org.lectern.db.generated.Tables.USERS.EMAIL.like("s%@school.test"))
                .fetch(org.lectern.db.generated.Tables.USERS.NAME));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static List<CSVRecord> export(String format) throws Exception {
        WebClient.Page p = ada.get("/classes/" + classId + "/grades.csv?format=" + format);
        assertThat(p.status()).isEqualTo(200);
        return CSVFormat.RFC4180.parse(new StringReader(p.body())).getRecords();
    }

    @ParameterizedTest
    @ValueSource(strings = {"canvas", "moodle", "long"})
    void noCellOfTheExportStartsAFormula(String format) throws Exception {
        List<String> risky = new ArrayList<>();
        for (CSVRecord r : export(format)) {
            for (String cell : r) {
                if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
                    risky.add(cell);
                }
            }
        }
        assertThat(risky).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"canvas", "moodle", "long"})
    void eachFormulaLikeNameComesBackAsTextWithALeadingApostrophe(String format) throws Exception {
        List<String> cells = new ArrayList<>();
        export(format).forEach(r -> r.forEach(cells::add));
        assertThat(stored).hasSize(NAMES.size());
        for (String name : stored) {
            boolean risky = "=+-@\t\r".indexOf(name.charAt(0)) >= 0;
            // The name may be one cell or split into name parts; either way, neutralised where it starts.
            assertThat(cells.stream().anyMatch(c -> c.equals("'" + name) || c.startsWith("'" + name) || !risky && c.contains(name)))
                    .as(format + " has " + name + " neutralised: " + cells).isTrue();
        }
    }
}
