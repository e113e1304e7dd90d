package io.cockpit.adapters.sentry;

import com.fasterxml.jackson.databind.JsonNode;
import io.cockpit.application.port.out.telemetry.ClientErrorReport;
import io.cockpit.application.testing.RecordingCounters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Review: a frame of an inline script or eval'd code names the page's URL, whose path names the contact. */
class AppEventFramePathTest {

    private final SentryStandIn sentry = new SentryStandIn();

    @AfterEach
    void stop() {
        sentry.close();
    }

    @Test
    void aFramesPageUrlKeepsOnlyItsOriginLikeTheRequestUrl() {
        SentryErrorReporter reporter = new SentryErrorReporter(new SentrySettings(sentry.dsn(), "test", 10,
                Duration.ofSeconds(10)), new RecordingCounters());
        String header = "{\"event_id\":\"9ec79c33ec9942ab8353589fcb2e04dc\"}";
        String event = "{\"event_id\":\"9ec79c33ec9942ab8353589fcb2e04dc\",\"platform\":\"javascript\","
                + "\"exception\":{\"values\":[{\"type\":\"TypeError\",\"stacktrace\":{\"frames\":[{"
                + "\"filename\":\"https://app.example/contacts/erika-musterfrau-4711\","
                + "\"abs_path\":\"https://app.example/contacts/erika-musterfrau-4711\",\"function\":\"onclick\","
                + "\"lineno\":1}]}}]}}";
        String text = header + "\n{\"type\":\"event\",\"length\":" + event.getBytes(StandardCharsets.UTF_8).length
                + "}\n" + event + "\n";
        reporter.forward(new ClientErrorReport(text.getBytes(StandardCharsets.UTF_8), Optional.empty()));
        reporter.close();

        JsonNode sent = sentry.events().getFirst();
        assertThat(sent.toString()).doesNotContain("musterfrau");
    }

    @Test
    void theAppsSdkIsKept() {
        SentryErrorReporter reporter = new SentryErrorReporter(new SentrySettings(sentry.dsn(), "test", 10,
                Duration.ofSeconds(10)), new RecordingCounters());
        String event = "{\"event_id\":\"9ec79c33ec9942ab8353589fcb2e04dc\",\"platform\":\"javascript\","
                + "\"sdk\":{\"name\":\"sentry.javascript.browser\",\"version\":\"8.1.0\"},"
                + "\"contexts\":{\"browser\":{\"name\":\"Firefox\",\"version\":\"133.0\"}},"
                + "\"exception\":{\"values\":[{\"type\":\"TypeError\"}]}}";
        String text = "{}\n{\"type\":\"event\",\"length\":" + event.getBytes(StandardCharsets.UTF_8).length
                + "}\n" + event + "\n";
        reporter.forward(new ClientErrorReport(text.getBytes(StandardCharsets.UTF_8), Optional.empty()));
        reporter.close();

        JsonNode sent = sentry.events().getFirst();
        assertThat(sent.path("sdk").path("name").asText()).as(sent.toString()).isEqualTo("sentry.javascript.browser");
    }
}
