package io.cockpit.adapters.memory;

import io.cockpit.application.port.out.telemetry.ClientErrorReport;
import io.cockpit.application.port.out.telemetry.ErrorReport;
import io.cockpit.application.port.out.telemetry.ErrorReporter;
import io.cockpit.application.port.out.telemetry.ReportSubject;
import io.cockpit.application.port.out.telemetry.TelemetryCounters;
import io.cockpit.domain.telemetry.TelemetryOutcome;
import io.cockpit.domain.telemetry.TelemetrySignal;
import io.cockpit.domain.telemetry.TextScrubber;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The embedded default: an error report becomes one scrubbed warning in the log (exception types and messages, the
 * tags), nothing leaves the process. An app's envelope is not forwarded: its items are counted and named only.
 */
public final class LoggingErrorReporter implements ErrorReporter {

    private static final Logger LOG = System.getLogger("io.cockpit.telemetry.errors");
    private static final Pattern ITEM_TYPE = Pattern.compile("\"type\"\\s*:\\s*\"([a-z_]{1,40})\"");

    private final TelemetryCounters counters;

    public LoggingErrorReporter(TelemetryCounters counters) {
        this.counters = counters;
    }

    @Override
    public void report(ErrorReport report) {
        TextScrubber scrubber = scrubber(report.subject().map(ReportSubject::personalValues).orElse(List.of()));
        StringBuilder line = new StringBuilder("error report (").append(report.where());
        report.tags().forEach((key, value) -> line.append(' ').append(key).append('=')
                .append(scrubber.scrub(value)));
        line.append(')');
        for (Throwable cause = report.failure(); cause != null; cause = cause.getCause()) {
            line.append(cause == report.failure() ? ": " : " <- ").append(cause.getClass().getName());
            if (cause.getMessage() != null) {
                line.append(": ").append(scrubber.scrub(cause.getMessage()));
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        LOG.log(Level.WARNING, line.toString());
        counters.count(TelemetrySignal.ERROR_REPORT, TelemetryOutcome.LOGGED);
    }

    @Override
    public void forward(ClientErrorReport report) {
        String text = new String(report.envelope(), StandardCharsets.UTF_8);
        String[] lines = text.split("\n", -1);
        if (lines.length < 3 || !lines[0].strip().startsWith("{")) {
            counters.count(TelemetrySignal.CLIENT_ERROR_REPORT, TelemetryOutcome.DROPPED_NOT_ALLOWED);
            return;
        }
        int events = 0;
        for (int i = 1; i + 1 < lines.length; i += 2) {
            Matcher type = ITEM_TYPE.matcher(lines[i]);
            if (type.find() && type.group(1).equals("event") && lines[i + 1].strip().startsWith("{")) {
                events++;
                counters.count(TelemetrySignal.CLIENT_ERROR_REPORT, TelemetryOutcome.LOGGED);
            } else if (!lines[i].isBlank()) {
                counters.count(TelemetrySignal.CLIENT_ERROR_REPORT, TelemetryOutcome.DROPPED_NOT_ALLOWED);
            }
        }
        LOG.log(Level.WARNING, "app error report with " + events + " error event(s), not forwarded (no Sentry DSN "
                + "configured)");
    }

    private static TextScrubber scrubber(List<String> personalValues) {
        return personalValues.isEmpty() ? TextScrubber.generic() : TextScrubber.knowing(personalValues);
    }

    @Override
    public void close() {
    }
}
