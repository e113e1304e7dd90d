package io.cockpit.adapters.memory;

import io.cockpit.application.port.out.telemetry.ErrorReporter;
import io.cockpit.application.port.out.telemetry.ErrorReporterContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** The ErrorReporter contract on the embedded default: what leaves the process is the log line. */
class LoggingErrorReporterTest extends ErrorReporterContract {

    private final Logger logger = Logger.getLogger("io.cockpit.telemetry.errors");
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void capture() {
        logger.setLevel(Level.ALL);
        logger.addHandler(capture);
    }

    @AfterEach
    void release() {
        logger.removeHandler(capture);
    }

    @Override
    protected ErrorReporter reporter(int capacity) {
        return new LoggingErrorReporter(counters);
    }

    @Override
    protected List<String> delivered() {
        return records.stream().map(record -> record.getMessage()
                + (record.getThrown() == null ? "" : " " + record.getThrown())).toList();
    }

    @Override
    protected int deliveredEvents() {
        return (int) records.stream().filter(record -> record.getMessage().startsWith("error report")).count();
    }

    @Override
    protected void destinationAnswersAfter(Duration delay) {
    }
}
