package org.lectern.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.lectern.ops.Backups;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Restore a backup made by 'lectern backup' into an empty H2 database (a new --data directory).")
public final class RestoreCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions database;

    @Option(names = "--from", required = true, description = "Backup file written by 'lectern backup'")
    Path from;

    @Override
    public Integer call() {
        try {
            Backups.restore(database.settings(), from);
            System.out.printf("Restored %s into %s. Start Lectern with the same --data to use it.%n",
                    from.toAbsolutePath(), database.settings().describe());
            return 0;
        } catch (Backups.BackupException e) {
            System.err.println("restore: " + e.getMessage());
            return 2;
        }
    }
}
