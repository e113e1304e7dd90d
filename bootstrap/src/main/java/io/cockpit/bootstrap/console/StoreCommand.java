package io.cockpit.bootstrap.console;

import io.cockpit.adapters.mysql.RelationalStore;

import java.io.PrintStream;
import java.util.List;

/**
 * A command of {@code ./cockpit} that works on the relational store ({@code keys ...}). The same code runs in the
 * command's own process, or, while an embedded server holds the H2 file, in the server on its behalf
 * ({@link ConsoleSocket}).
 */
@FunctionalInterface
public interface StoreCommand {

    /**
     * @param args the arguments after the command's name
     * @return the exit code: 0 done, 1 failed, 2 bad arguments
     */
    int execute(List<String> args, RelationalStore database, PrintStream out, PrintStream err);
}
