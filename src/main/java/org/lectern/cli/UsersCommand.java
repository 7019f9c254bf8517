package org.lectern.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.lectern.accounts.AccountService;
import org.lectern.accounts.PasswordHasher;
import org.lectern.accounts.Role;
import org.lectern.accounts.User;
import org.lectern.accounts.UserRepository;
import org.lectern.db.Database;
import org.lectern.shared.InvalidInput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "users", mixinStandardHelpOptions = true, description = "Manage accounts.",
        subcommands = UsersCommand.Create.class)
public final class UsersCommand implements Runnable {

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Create an account. The first instructor on an empty database becomes administrator.")
    static final class Create implements Callable<Integer> {

        @Mixin
        DatabaseOptions database;

        @Option(names = "--role", required = true, description = "instructor or student")
        String role;

        @Option(names = "--email", required = true)
        String email;

        @Option(names = "--name", required = true)
        String name;

        @Option(names = "--admin", description = "Make this instructor an administrator.")
        boolean admin;

        @Option(names = "--password-stdin", required = true,
                description = "Read the password from the first line of standard input (never from the command line).")
        boolean passwordStdin;

        @Override
        public Integer call() throws IOException {
            String password = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            Role parsedRole;
            try {
                parsedRole = Role.parse(role);
            } catch (IllegalArgumentException e) {
                System.err.println("users create: " + e.getMessage());
                return 2;
            }
            try (Database db = Database.open(database.settings())) {
                var accounts = new AccountService(db.dsl(), new UserRepository(db.dsl()), new PasswordHasher());
                boolean first = accounts.needsSetup();
                boolean makeAdmin = parsedRole == Role.instructor && (admin || first);
                User user = db.dsl().transactionResult(cfg ->
                        accounts.createUser(cfg.dsl(), email, name, password, parsedRole, makeAdmin, false));
                System.out.println("Created " + user.role() + " " + user.email() + (user.admin() ? " (administrator)" : ""));
                return 0;
            } catch (InvalidInput e) {
                System.err.println("users create: " + e.getMessage());
                return 1;
            }
        }
    }
}
