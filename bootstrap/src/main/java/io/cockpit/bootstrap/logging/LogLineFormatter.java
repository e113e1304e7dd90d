package io.cockpit.bootstrap.logging;

import io.cockpit.domain.telemetry.TextScrubber;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;

/**
 * One line per record: UTC time with milliseconds, level, logger, message; a stack trace below if there is one,
 * scrubbed like an error report ({@link TextScrubber}: e-mail and IP addresses, tokens, secrets, query strings, user
 * names in home directories), since an exception's message can carry what a request held.
 */
public final class LogLineFormatter extends Formatter {

    private static final TextScrubber SCRUBBER = TextScrubber.generic();

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    @Override
    public String format(LogRecord record) {
        StringBuilder line = new StringBuilder(160)
                .append(TIME.format(record.getInstant())).append(' ')
                .append(record.getLevel().getName()).append(' ')
                .append(record.getLoggerName()).append(" - ")
                .append(formatMessage(record));
        if (record.getThrown() != null) {
            StringWriter trace = new StringWriter();
            record.getThrown().printStackTrace(new PrintWriter(trace));
            line.append(System.lineSeparator()).append(SCRUBBER.scrub(trace.toString().stripTrailing()));
        }
        return line.append(System.lineSeparator()).toString();
    }
}
