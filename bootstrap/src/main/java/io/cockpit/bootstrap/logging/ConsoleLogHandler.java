package io.cockpit.bootstrap.logging;

import java.io.OutputStream;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.StreamHandler;

/**
 * Log lines to standard output. Warnings and errors are flushed at once; other lines within {@value #FLUSH_MILLIS}
 * ms, so that the access log line of every request does not cost a write to the terminal or pipe of its own.
 */
public final class ConsoleLogHandler extends StreamHandler {

    static final long FLUSH_MILLIS = 200;

    private final ScheduledExecutorService flusher = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("cockpit-log-flush").factory());

    /** As named in logging.properties: to standard output. */
    private volatile boolean closed;

    public ConsoleLogHandler() {
        this(System.out, FLUSH_MILLIS);
    }

    ConsoleLogHandler(OutputStream out, long flushMillis) {
        super(out, new LogLineFormatter());
        setLevel(Level.ALL);
        setFilter(new ClientLeftMidRequest());
        flusher.scheduleWithFixedDelay(this::flush, flushMillis, flushMillis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void publish(LogRecord record) {
        super.publish(record);
        if (closed || record.getLevel().intValue() >= Level.WARNING.intValue()) {
            flush();
        }
    }

    /**
     * Flushes and stops the flusher; the stream (standard output) stays open, and lines logged later in the shutdown
     * are written at once.
     */
    @Override
    public void close() {
        closed = true;
        flusher.shutdownNow();
        flush();
    }
}
