package io.cockpit.adapters.sentry;

import com.fasterxml.jackson.databind.JsonNode;
import io.cockpit.application.port.out.telemetry.ClientErrorReport;
import io.cockpit.application.port.out.telemetry.ErrorReporter;
import io.cockpit.application.port.out.telemetry.ErrorReporterContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The ErrorReporter contract on the Sentry SDK, pointed at a WireMock stand-in for Sentry. */
class SentryErrorReporterTest extends ErrorReporterContract {

    private final SentryStandIn sentry = new SentryStandIn();

    @AfterEach
    void stop() {
        sentry.close();
    }

    @Override
    protected ErrorReporter reporter(int capacity) {
        return new SentryErrorReporter(new SentrySettings(sentry.dsn(), "test", capacity, Duration.ofSeconds(10)),
                counters);
    }

    @Override
    protected List<String> delivered() {
        return sentry.everythingReceived();
    }

    @Override
    protected int deliveredEvents() {
        return sentry.events().size();
    }

    @Override
    protected void destinationAnswersAfter(Duration delay) {
        sentry.answerAfter(delay);
    }

    @Test
    void theServersReportNamesTheTrackingIdAsItsUserAndKeepsItsTags() {
        ErrorReporter reporter = reporter(10);
        reporter.report(report());
        reporter.close();

        JsonNode event = sentry.events().getFirst();
        assertThat(event.path("user").toString()).isEqualTo("{\"id\":\"amber-falcon\"}");
        assertThat(event.path("environment").asText()).isEqualTo("test");
        assertThat(event.path("tags").path("route").asText()).isEqualTo("/v1/me");
        assertThat(event.path("tags").path("where").asText()).isEqualTo("request");
        assertThat(event.has("server_name")).isFalse();
        assertThat(event.path("exception").path("values").toString()).contains("IllegalStateException",
                "[email]", "[ip]", "[token]", "/home/[user]/");
        assertThat(sentry.requests()).allSatisfy(request -> assertThat(request.getUrl()).startsWith("/api/42/"));
    }

    /** What an app's event keeps: enough to find the fault (type, frames, release, browser), nothing its screen showed. */
    @Test
    void anAppsEventKeepsItsFaultAndOriginAndTheTrackingIdOnly() {
        ErrorReporter reporter = reporter(10);
        reporter.forward(new ClientErrorReport(clientEnvelope(), Optional.of(JANA)));
        reporter.close();

        JsonNode event = sentry.events().getFirst();
        JsonNode exception = event.path("exception").path("values").get(0);
        JsonNode frame = exception.path("stacktrace").path("frames").get(0);
        assertThat(event.path("user").toString()).isEqualTo("{\"id\":\"amber-falcon\"}");
        assertThat(event.path("event_id").asText()).isEqualTo("9ec79c33ec9942ab8353589fcb2e04dc");
        assertThat(exception.path("type").asText()).isEqualTo("TypeError");
        assertThat(exception.has("value")).isFalse();
        assertThat(frame.path("function").asText()).isEqualTo("send");
        assertThat(frame.path("lineno").asInt()).isEqualTo(3);
        assertThat(frame.path("filename").asText()).isEqualTo("/home/[user]/app.js");
        assertThat(frame.has("vars")).isFalse();
        assertThat(event.path("request").toString()).isEqualTo("{\"url\":\"https://app.example\"}");
        assertThat(event.path("contexts").path("browser").toString())
                .isEqualTo("{\"name\":\"Firefox\",\"version\":\"133.0\"}");
        assertThat(event.path("contexts").has("contact")).isFalse();
        for (String gone : List.of("message", "breadcrumbs", "extra", "tags", "transaction", "fingerprint")) {
            assertThat(event.has(gone)).as(gone).isFalse();
        }
    }
}
