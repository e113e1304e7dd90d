package io.cockpit.application.port.out.telemetry;

import io.cockpit.application.testing.RecordingCounters;
import io.cockpit.domain.account.TrackingId;
import io.cockpit.domain.telemetry.TelemetryOutcome;
import io.cockpit.domain.telemetry.TelemetrySignal;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every error reporter promises: handing a report over never waits for the destination; whatever leaves the
 * process is scrubbed (no e-mail, IP, token, user name in a path, the user's name or User-ID; the Tracking-ID is
 * the only identity); every report is accounted for once.
 */
public abstract class ErrorReporterContract {

    protected static final TrackingId TRACKING_ID = new TrackingId("amber-falcon");
    protected static final String USER_ID = "01937f4c-8a2b-7c3d-9e4f-5a6b7c8d9e0f";
    protected static final ReportSubject JANA = new ReportSubject(TRACKING_ID,
            List.of("Jana Quokkastein", "jana.quokkastein@example.com", "jana.quokkastein", USER_ID));
    /** Everything personal the reports below carry. */
    protected static final List<String> PERSONAL = List.of("Quokkastein", "quokkastein", "jana.quokkastein",
            "example.com", "203.0.113.77", "2001:db8::77", "ses_Canary0123456789", "ckp_Canary0123456789",
            "/home/jana/", "C:\\Users\\jana", USER_ID, "secret-query-value", "SuperSecretPw");

    /**
     * Other people an app's screen shows (its contacts, what they wrote), which the text scrubber cannot know: found in
     * a review where they reached Sentry through an app's message, exception value, breadcrumbs, extra, tags and URL.
     */
    protected static final List<String> THIRD_PARTIES = List.of("Musterfrau", "Mustermann", "Beispiel", "Frau Probe",
            "0171 2345678", "Liebe Frau", "petra-probe-4711", "Acme GmbH");

    protected final RecordingCounters counters = new RecordingCounters();

    /** A fresh reporter counting into {@link #counters}, whose queue holds at most {@code capacity} reports. */
    protected abstract ErrorReporter reporter(int capacity);

    /** Everything that left the process so far, as text (requests to the destination, or log lines). */
    protected abstract List<String> delivered();

    /** How many error events reached the destination (for the log: how many were logged). */
    protected abstract int deliveredEvents();

    /** From now on the destination answers only after {@code delay} (nothing for an adapter without one). */
    protected abstract void destinationAnswersAfter(Duration delay);

    protected static Throwable canaryFailure() {
        IllegalStateException cause = new IllegalStateException("mail to jana.quokkastein@example.com from "
                + "203.0.113.77 and 2001:db8::77 with ses_Canary0123456789 failed");
        return new RuntimeException("Jana Quokkastein (" + USER_ID + ") at /home/jana/cockpit and "
                + "C:\\Users\\jana\\x GET /v1/me?email=secret-query-value key ckp_Canary0123456789 "
                + "password=SuperSecretPw", cause);
    }

    protected static ErrorReport report() {
        return new ErrorReport(canaryFailure(), "request", Map.of("route", "/v1/me", "method", "GET",
                "status", "500", "request_id", "0a1b2c3d4e5f6a7b"), Optional.of(JANA),
                Instant.parse("2026-11-29T12:00:00Z"));
    }

    /** An app's envelope: one error event full of personal data, and a session item that is never forwarded. */
    protected static byte[] clientEnvelope() {
        String header = "{\"event_id\":\"9ec79c33ec9942ab8353589fcb2e04dc\",\"dsn\":\"https://abc@o1.ingest.sentry.io/1\","
                + "\"sent_at\":\"2026-11-29T12:00:00.000Z\"}";
        String event = "{\"event_id\":\"9ec79c33ec9942ab8353589fcb2e04dc\",\"platform\":\"javascript\","
                + "\"level\":\"error\",\"timestamp\":1796040000,"
                + "\"exception\":{\"values\":[{\"type\":\"TypeError\",\"value\":\"Cannot read jana.quokkastein@example.com"
                + " of Jana Quokkastein and Erika Musterfrau\",\"stacktrace\":{\"frames\":[{\"filename\":\"/home/jana/app.js\","
                + "\"function\":\"send\",\"lineno\":3,\"vars\":{\"password\":\"SuperSecretPw\"}}]}}]},"
                + "\"user\":{\"id\":\"" + USER_ID + "\",\"email\":\"jana.quokkastein@example.com\","
                + "\"ip_address\":\"203.0.113.77\",\"username\":\"Jana Quokkastein\"},"
                + "\"request\":{\"url\":\"https://app.example/contacts/petra-probe-4711?email=secret-query-value\","
                + "\"headers\":{\"User-Agent\":\"Mozilla/5.0\",\"Cookie\":\"__Host-cockpit_session=ses_Canary0123456789\","
                + "\"Authorization\":\"Bearer ses_Canary0123456789\",\"Content-Type\":\"application/json\"},"
                + "\"cookies\":\"a=b\",\"data\":{\"note\":\"Jana Quokkastein\"},\"query_string\":\"email=secret-query-value\"},"
                + "\"breadcrumbs\":{\"values\":[{\"category\":\"fetch\",\"data\":{\"url\":\"/v1/me?x=secret-query-value\"},"
                + "\"message\":\"from 2001:db8::77\"},{\"category\":\"ui.click\","
                + "\"message\":\"span[title=\\\"Dr. Hans Beispiel, CFO at Acme GmbH\\\"]\"}]},"
                + "\"extra\":{\"path\":\"C:\\\\Users\\\\jana\\\\x\",\"key\":\"ckp_Canary0123456789\","
                + "\"draft\":\"Liebe Frau Probe, anbei das Angebot\"},"
                + "\"message\":{\"formatted\":\"Failed to render message from Max Mustermann: mein Handy ist "
                + "0171 2345678\"},\"transaction\":\"/contacts/petra-probe-4711\","
                + "\"tags\":{\"contact\":\"Erika Musterfrau\"},\"fingerprint\":[\"Erika Musterfrau\"],"
                + "\"contexts\":{\"contact\":{\"name\":\"Erika Musterfrau\"},"
                + "\"browser\":{\"name\":\"Firefox\",\"version\":\"133.0\"}}}";
        String session = "{\"sid\":\"7c7b6585f5a24a4c9e4a2b1c0d9e8f7a\",\"did\":\"" + USER_ID + "\",\"status\":\"ok\"}";
        String text = header + "\n" + "{\"type\":\"event\",\"length\":" + event.getBytes(StandardCharsets.UTF_8).length
                + "}\n" + event + "\n" + "{\"type\":\"session\"}\n" + session + "\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aReportLeavesScrubbedWithTheTrackingIdAsItsOnlyIdentity() {
        ErrorReporter reporter = reporter(100);
        reporter.report(report());
        reporter.close();

        assertThat(deliveredEvents()).isEqualTo(1);
        String everything = String.join("\n", delivered());
        assertThat(everything).isNotEmpty();
        for (String personal : PERSONAL) {
            assertThat(everything).as("left the process: " + personal).doesNotContainIgnoringCase(personal);
        }
        assertThat(everything).contains("IllegalStateException");
    }

    @Test
    void anAppsEnvelopeIsScrubbedTheSameWayAndOnlyItsErrorEventsLeave() {
        ErrorReporter reporter = reporter(100);
        reporter.forward(new ClientErrorReport(clientEnvelope(), Optional.of(JANA)));
        reporter.close();

        String everything = String.join("\n", delivered());
        for (String personal : PERSONAL) {
            assertThat(everything).as("left the process: " + personal).doesNotContainIgnoringCase(personal);
        }
        for (String other : THIRD_PARTIES) {
            assertThat(everything).as("left the process: " + other).doesNotContainIgnoringCase(other);
        }
        assertThat(everything).doesNotContain("Mozilla", "7c7b6585f5a24a4c9e4a2b1c0d9e8f7a");
        assertThat(counters.total(TelemetrySignal.CLIENT_ERROR_REPORT)).isEqualTo(2);
        assertThat(counters.of(TelemetrySignal.CLIENT_ERROR_REPORT, TelemetryOutcome.DROPPED_NOT_ALLOWED))
                .as("the session item").isEqualTo(1);
    }

    @Test
    void aMalformedEnvelopeSendsNothing() {
        ErrorReporter reporter = reporter(100);
        reporter.forward(new ClientErrorReport("not an envelope".getBytes(StandardCharsets.UTF_8), Optional.empty()));
        reporter.close();

        assertThat(deliveredEvents()).isZero();
        assertThat(counters.of(TelemetrySignal.CLIENT_ERROR_REPORT, TelemetryOutcome.DROPPED_NOT_ALLOWED))
                .isEqualTo(1);
    }

    @Test
    void aSlowDestinationNeverSlowsTheCallerAndEveryReportIsAccountedFor() {
        destinationAnswersAfter(Duration.ofMillis(800));
        ErrorReporter reporter = reporter(3);
        long start = System.nanoTime();
        for (int i = 0; i < 30; i++) {
            reporter.report(report());
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        reporter.close();

        assertThat(took).as("a blocking adapter would take seconds").isLessThan(Duration.ofMillis(2000));
        assertThat(counters.total(TelemetrySignal.ERROR_REPORT)).isEqualTo(30);
        long delivered = counters.of(TelemetrySignal.ERROR_REPORT, TelemetryOutcome.SENT)
                + counters.of(TelemetrySignal.ERROR_REPORT, TelemetryOutcome.LOGGED);
        assertThat(delivered).isEqualTo(deliveredEvents());
    }
}
