package io.cockpit.bootstrap.logging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The access log in daily files ({@code COCKPIT_ACCESS_LOG_DIR}): every line of the {@code io.cockpit.access} logger
 * also goes to {@code access-<UTC date>.log} there, the file of the day the line was logged. The lines name the route
 * template, status, duration and request id, no address or identifier; the retention job deletes the files 30 days
 * after their day ({@link AccessLogExpiry}).
 */
public final class AccessLogFiles extends Handler {

    /** The logger whose lines go to the files. */
    public static final String LOGGER = "io.cockpit.access";

    private final Path directory;
    private final LogLineFormatter format = new LogLineFormatter();
    private final java.util.concurrent.ScheduledExecutorService flusher =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(
                    Thread.ofPlatform().daemon().name("cockpit-access-log-flush").factory());
    private LocalDate day;
    private Writer writer;

    public AccessLogFiles(Path directory) {
        this.directory = directory;
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the access log directory " + directory, e);
        }
        setLevel(Level.ALL);
        // written in batches, like the console: a line reaches the file within this time, not with a write of its own
        flusher.scheduleWithFixedDelay(this::flush, ConsoleLogHandler.FLUSH_MILLIS, ConsoleLogHandler.FLUSH_MILLIS,
                java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    /** Adds a handler writing to {@code directory} to the access logger; close it at shutdown. */
    public static AccessLogFiles install(Path directory) {
        AccessLogFiles files = new AccessLogFiles(directory);
        Logger.getLogger(LOGGER).addHandler(files);
        return files;
    }

    static String fileName(LocalDate day) {
        return "access-" + day + ".log";
    }

    @Override
    public synchronized void publish(LogRecord record) {
        if (!isLoggable(record)) {
            return;
        }
        LocalDate of = LocalDate.ofInstant(record.getInstant(), ZoneOffset.UTC);
        try {
            if (!of.equals(day)) {
                closeWriter();
                writer = Files.newBufferedWriter(directory.resolve(fileName(of)), StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                day = of;
            }
            writer.write(format.format(record));
        } catch (IOException e) {
            reportError("cannot write the access log", e, 0);
        }
    }

    @Override
    public synchronized void flush() {
        if (writer != null) {
            try {
                writer.flush();
            } catch (IOException e) {
                reportError("cannot flush the access log", e, 0);
            }
        }
    }

    @Override
    public synchronized void close() {
        flusher.shutdownNow();
        Logger.getLogger(LOGGER).removeHandler(this);
        closeWriter();
    }

    private void closeWriter() {
        if (writer != null) {
            try {
                writer.close();
            } catch (IOException e) {
                reportError("cannot close the access log", e, 0);
            }
            writer = null;
            day = null;
        }
    }
}
