package org.lectern.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lectern.accounts.AccountService;
import org.lectern.accounts.PasswordHasher;
import org.lectern.accounts.UserRepository;
import org.lectern.db.Database;
import org.lectern.db.DatabaseSettings;
import org.lectern.testing.DatabaseTest;
import org.lectern.testing.TestDatabases;

@DatabaseTest
class UsersCommandTest {

    record Run(int exit, String out, String err) {}

    static Run lectern(String stdin, String... args) {
        InputStream oldIn = System.in;
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exit = Main.run(args);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setIn(oldIn);
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    static String[] withDatabase(DatabaseSettings s, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--data", s.dataDir().toString()));
        if (s.url() != null) {
            all.addAll(List.of("--db-url", s.url(), "--db-user", s.effectiveUser()));
        }
        return all.toArray(String[]::new);
    }

    @Test
    void theFirstInstructorCreatedFromTheCommandLineIsAnAdminAndCanSignIn() {
        try (TestDatabases.Fresh fresh = TestDatabases.fresh()) {
            Run run = lectern("s3cret-password\n", withDatabase(fresh.settings(), "users", "create", "--role", "instructor",
                    "--email", "Ada@School.test", "--name", "Ada", "--password-stdin"));
            assertThat(run.exit()).as(run.err()).isZero();
            assertThat(run.out()).contains("ada@school.test").contains("administrator");

            Run second = lectern("another-password\n", withDatabase(fresh.settings(), "users", "create", "--role", "instructor",
                    "--email", "bob@school.test", "--name", "Bob", "--password-stdin"));
            assertThat(second.exit()).isZero();
            assertThat(second.out()).doesNotContain("administrator");

            try (Database db = Database.open(fresh.settings())) {
                var accounts = new AccountService(db.dsl(), new UserRepository(db.dsl()), new PasswordHasher());
                assertThat(accounts.authenticate("ada@school.test", "s3cret-password")).get()
                        .satisfies(u -> assertThat(u.admin()).isTrue());
            }
        }
    }

    @Test
    void aWeakPasswordOrDuplicateEmailIsRefusedWithTheReason() {
        try (TestDatabases.Fresh fresh = TestDatabases.fresh()) {
            Run weak = lectern("short\n", withDatabase(fresh.settings(), "users", "create", "--role", "student",
                    "--email", "sam@school.test", "--name", "Sam", "--password-stdin"));
            assertThat(weak.exit()).isNotZero();
            assertThat(weak.err()).contains("at least 8 characters");

            lectern("long-enough-1\n", withDatabase(fresh.settings(), "users", "create", "--role", "student",
                    "--email", "sam@school.test", "--name", "Sam", "--password-stdin"));
            Run dup = lectern("long-enough-2\n", withDatabase(fresh.settings(), "users", "create", "--role", "student",
                    "--email", "sam@school.test", "--name", "Sam", "--password-stdin"));
            assertThat(dup.exit()).isNotZero();
            assertThat(dup.err()).contains("already exists");
        }
    }

    @Test
    void anUnknownRoleIsAUsageError() {
        try (TestDatabases.Fresh fresh = TestDatabases.fresh()) {
            Run run = lectern("whatever-123\n", withDatabase(fresh.settings(), "users", "create", "--role", "teacher",
                    "--email", "x@school.test", "--name", "X", "--password-stdin"));
            assertThat(run.exit()).isEqualTo(2);
            assertThat(run.err()).contains("unknown role");
        }
    }
}
