package io.cockpit.bootstrap.logging;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import static org.assertj.core.api.Assertions.assertThat;

class ConsoleLogHandlerTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    /** Flushes only when told to or for a warning, so that what is buffered can be seen. */
    private final ConsoleLogHandler handler = new ConsoleLogHandler(out, TimeUnit.HOURS.toMillis(1));

    private static LogRecord record(Level level, String message) {
        LogRecord record = new LogRecord(level, message);
        record.setLoggerName("io.cockpit.access");
        record.setInstant(Instant.parse("2026-11-29T10:15:30.007Z"));
        return record;
    }

    private String written() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void helidonsWarningForAClientThatLeftMidRequestIsDroppedOthersAreNot() {
        LogRecord left = record(Level.WARNING, "Internal server error");
        left.setLoggerName("io.helidon.webserver.http1.Http1Connection");
        left.setThrown(new IllegalStateException("Internal error",
                new io.helidon.common.buffers.DataReader.InsufficientDataAvailableException()));
        LogRecord real = record(Level.WARNING, "Internal server error");
        real.setLoggerName("io.helidon.webserver.http1.Http1Connection");
        real.setThrown(new IllegalStateException("Internal error", new NullPointerException("a bug")));

        handler.publish(left);
        handler.publish(real);

        assertThat(written()).containsOnlyOnce("Internal server error").contains("a bug");
    }

    @Test
    void aLineHasTheUtcTimeWithMillisecondsLevelLoggerAndMessage() {
        handler.publish(record(Level.INFO, "GET /v1/me 200 1.3ms id=abc"));
        handler.flush();

        assertThat(written()).isEqualTo("2026-11-29T10:15:30.007Z INFO io.cockpit.access - GET /v1/me 200 1.3ms id=abc"
                + System.lineSeparator());
    }

    @Test
    void routineLinesWaitForTheNextFlushWarningsAreWrittenAtOnce() {
        handler.publish(record(Level.INFO, "routine"));
        assertThat(written()).as("buffered").isEmpty();

        handler.publish(record(Level.WARNING, "trouble"));

        assertThat(written()).contains("routine", "WARNING io.cockpit.access - trouble");
    }

    @Test
    void routineLinesAreWrittenWithinTheFlushInterval() throws InterruptedException {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        ConsoleLogHandler flushing = new ConsoleLogHandler(sink, 50);
        flushing.publish(record(Level.INFO, "soon"));

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!sink.toString(StandardCharsets.UTF_8).contains("soon") && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }

        assertThat(sink.toString(StandardCharsets.UTF_8)).contains("soon");
        flushing.close();
    }

    @Test
    void aStackTraceFollowsItsLine() {
        LogRecord record = record(Level.SEVERE, "failed");
        record.setThrown(new IllegalStateException("broken"));

        handler.publish(record);

        assertThat(written()).contains("SEVERE io.cockpit.access - failed" + System.lineSeparator()
                + "java.lang.IllegalStateException: broken");
    }

    @Test
    void closingFlushesAndLaterLinesAreWrittenAtOnce() {
        handler.publish(record(Level.INFO, "last words"));

        handler.close();
        assertThat(written()).contains("last words");

        handler.publish(record(Level.INFO, "after the end"));
        assertThat(written()).contains("after the end");
    }
}
