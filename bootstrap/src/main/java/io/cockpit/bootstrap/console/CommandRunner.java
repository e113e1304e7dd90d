package io.cockpit.bootstrap.console;

import io.cockpit.adapters.mysql.DatabaseSettings;
import io.cockpit.adapters.mysql.MigrationKeys;
import io.cockpit.adapters.mysql.RelationalStore;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where a store command runs. With MySQL: here, on its own connection, also while servers run. Embedded: inside the
 * running server if there is one ({@link ConsoleSocket}), since H2 lets one process at a time open its file; here
 * when the server is stopped.
 */
public final class CommandRunner {

    private CommandRunner() {
    }

    /**
     * @param dataDir the embedded data directory, empty with MySQL
     * @param keys    for migrating a database that is behind (the server secret's, when the command has it)
     */
    public static int run(String name, List<String> args, StoreCommand command, Optional<Path> dataDir,
                          DatabaseSettings database, MigrationKeys keys, PrintStream out, PrintStream err) {
        if (dataDir.isPresent()) {
            Optional<Integer> inServer = ConsoleSocket.send(dataDir.get(), name, args, out, err);
            if (inServer.isPresent()) {
                return inServer.get();
            }
            if (RelationalStore.openInAnotherProcess(database)) {
                err.println("The embedded database in " + dataDir.get().toAbsolutePath().normalize()
                        + " is open in a running Cockpit that does not answer on "
                        + ConsoleSocket.FILE + " (see its log). Stop it, run this command, start it again.");
                return 1;
            }
        }
        try (RelationalStore store = RelationalStore.open(database, keys)) {
            return command.execute(args, store, out, err);
        }
    }
}
