package io.cockpit.bootstrap;

import java.io.Console;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The terminal of whoever started the server, if any: {@code /dev/tty} (the controlling terminal, also when standard
 * output goes to a file or a pipe), else an interactive console. A process with neither (a service, a container
 * without {@code -t}) has none.
 */
final class Terminal {

    private Terminal() {
    }

    static Optional<PrintStream> find() {
        try {
            return Optional.of(new PrintStream(new FileOutputStream("/dev/tty"), true, StandardCharsets.UTF_8));
        } catch (IOException | SecurityException noControllingTerminal) {
            return interactiveConsole();
        }
    }

    /** For systems without /dev/tty: Console.isTerminal() (Java 22+) says whether the console is a terminal. */
    private static Optional<PrintStream> interactiveConsole() {
        Console console = System.console();
        if (console == null) {
            return Optional.empty();
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            if (!(Boolean) isTerminal.invoke(console)) {
                return Optional.empty();
            }
        } catch (ReflectiveOperationException olderJava) {
            // before Java 22 System.console() is null unless input and output are a terminal
        }
        return Optional.of(new PrintStream(System.out, true, StandardCharsets.UTF_8));
    }
}
