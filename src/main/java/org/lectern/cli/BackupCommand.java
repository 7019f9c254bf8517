package org.lectern.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.lectern.ops.Backups;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Back up the built-in H2 database to one compressed SQL file (stop the server first).",
                "For PostgreSQL, use pg_dump (the command says how)."})
public final class BackupCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions database;

    @Option(names = "--to", required = true, description = "Backup file to write, e.g. lectern-2025-09-01.zip")
    Path to;

    @Override
    public Integer call() {
        try {
            long bytes = Backups.backup(database.settings(), to);
            System.out.printf("Backed up %s to %s (%,d bytes).%n", database.settings().describe(), to.toAbsolutePath(), bytes);
            System.out.println("Restore with: lectern restore --from " + to + " --data NEW_DATA_DIR");
            return 0;
        } catch (Backups.BackupException e) {
            System.err.println("backup: " + e.getMessage());
            return 2;
        }
    }
}
