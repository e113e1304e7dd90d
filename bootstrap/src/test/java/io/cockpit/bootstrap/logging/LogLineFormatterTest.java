package io.cockpit.bootstrap.logging;

import org.junit.jupiter.api.Test;

import java.util.logging.Level;
import java.util.logging.LogRecord;

import static org.assertj.core.api.Assertions.assertThat;

class LogLineFormatterTest {

    /** Found in a review: an unexpected failure's stack trace went to standard output with what its message held. */
    @Test
    void aStackTraceIsScrubbedAndKeepsItsFrames() {
        LogRecord record = new LogRecord(Level.SEVERE, "request 0a1b2c3d failed");
        record.setLoggerName("io.cockpit.http");
        record.setThrown(new IllegalStateException("mail to jana.q@example.com from 203.0.113.77 with "
                + "ses_Canary0123456789 at /home/jana/cockpit?token=secret-query-value",
                new RuntimeException("password=SuperSecretPw")));

        String line = new LogLineFormatter().format(record);

        assertThat(line).contains("SEVERE io.cockpit.http - request 0a1b2c3d failed",
                "java.lang.IllegalStateException: mail to [email] from [ip]", "Caused by: java.lang.RuntimeException",
                "at io.cockpit.bootstrap.logging.LogLineFormatterTest.aStackTraceIsScrubbedAndKeepsItsFrames(");
        assertThat(line).doesNotContain("jana.q", "example.com", "203.0.113.77", "ses_Canary0123456789",
                "/home/jana", "secret-query-value", "SuperSecretPw");
    }
}
