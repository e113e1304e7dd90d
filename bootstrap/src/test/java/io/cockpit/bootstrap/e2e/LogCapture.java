package io.cockpit.bootstrap.e2e;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** Collects what the server logs (it runs in the test's JVM), formatted as the log would show it. */
final class LogCapture extends Handler implements AutoCloseable {

    private final Logger root = Logger.getLogger("");
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Level previous;

    LogCapture() {
        previous = Logger.getLogger("io.cockpit").getLevel();
        Logger.getLogger("io.cockpit").setLevel(Level.ALL);
        setLevel(Level.ALL);
        root.addHandler(this);
    }

    List<String> lines() {
        return List.copyOf(lines);
    }

    /** The lines of {@code logger}, once there are at least {@code count} (log lines follow the response). */
    List<String> awaitLines(String logger, int count) {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(5);
        List<String> found;
        do {
            found = lines().stream().filter(line -> line.startsWith(logger + " ")).toList();
            if (found.size() >= count) {
                return found;
            }
            Thread.onSpinWait();
        } while (System.nanoTime() < deadline);
        return found;
    }

    @Override
    public void publish(LogRecord record) {
        String message = record.getMessage();
        if (record.getParameters() != null) {
            message = java.text.MessageFormat.format(message, record.getParameters());
        }
        lines.add(record.getLoggerName() + " " + message + (record.getThrown() == null ? "" : " " + record.getThrown()));
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        root.removeHandler(this);
        Logger.getLogger("io.cockpit").setLevel(previous);
    }
}
