package io.cockpit.bootstrap;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The keys created at the first start, shown once: on the terminal, never on standard output, which is often a
 * log file (systemd, docker, nohup), and never to a logger. Without a terminal they are withheld and the way to a key
 * is named instead.
 */
final class FirstStartNotices {

    private FirstStartNotices() {
    }

    /** @param terminals finds the terminal; asked only when there is something to show */
    static void show(List<String> notices, Supplier<Optional<PrintStream>> terminals, PrintStream out) {
        if (notices.isEmpty()) {
            return;
        }
        Optional<PrintStream> terminal = terminals.get();
        if (terminal.isPresent()) {
            notices.forEach(terminal.get()::println);
            terminal.get().flush();
            return;
        }
        out.println(notices.size() + (notices.size() == 1 ? " key was" : " keys were") + " created at this first "
                + "start; keys are shown only on a terminal, and this process has none, so they are not shown. Create "
                + "one with `./cockpit keys create partner|operator NAME`, or start with COCKPIT_BOOTSTRAP_PARTNER_KEY "
                + "and COCKPIT_BOOTSTRAP_OPERATOR_KEY set.");
    }
}
