package io.cockpit.adapters.posthog;

import com.fasterxml.jackson.databind.JsonNode;
import io.cockpit.application.port.out.telemetry.ProductAnalytics;
import io.cockpit.application.port.out.telemetry.ProductAnalyticsContract;
import io.cockpit.domain.telemetry.ProductEvent;
import io.cockpit.domain.telemetry.ProductEventName;
import io.cockpit.domain.telemetry.TelemetryOutcome;
import io.cockpit.domain.telemetry.TelemetrySignal;
import io.cockpit.domain.telemetry.TrackedEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The ProductAnalytics contract on the PostHog client, pointed at a WireMock stand-in for PostHog. */
class PostHogProductAnalyticsTest extends ProductAnalyticsContract {

    private final PostHogStandIn posthog = new PostHogStandIn();

    @AfterEach
    void stop() {
        posthog.close();
    }

    @Override
    protected ProductAnalytics analytics(int capacity) {
        return new PostHogProductAnalytics(new PostHogSettings("phc_test_key", posthog.host(), capacity,
                Duration.ofSeconds(10)), counters);
    }

    @Override
    protected List<Received> received() {
        return posthog.events();
    }

    @Override
    protected void destinationAnswersAfter(Duration delay) {
        posthog.answerAfter(delay);
    }

    @Test
    void sendsToTheBatchEndpointWithGeoIpAndPersonProfilesOffAndTheEventsOwnTime() {
        ProductAnalytics analytics = analytics(100);
        analytics.capture(new TrackedEvent(TRACKING_ID, ProductEvent.of(ProductEventName.SIGNED_IN,
                Instant.parse("2026-11-29T12:00:07.5Z"), Map.of("method", "password"))));
        analytics.close();

        assertThat(posthog.requests()).singleElement().satisfies(request -> {
            assertThat(request.getUrl()).isEqualTo("/batch");
            assertThat(request.getBodyAsString()).contains("\"api_key\":\"phc_test_key\"");
        });
        JsonNode event = posthog.rawEvents().getFirst();
        assertThat(event.path("distinct_id").asText()).isEqualTo("amber-falcon");
        assertThat(event.path("timestamp").asText()).isEqualTo("2026-11-29T12:00:07Z");
        assertThat(event.path("properties").path("$geoip_disable").asBoolean()).isTrue();
        assertThat(event.path("properties").path("$process_person_profile").asBoolean(true)).isFalse();
        assertThat(event.path("properties").has(CountingSender.OCCURRED_AT)).isFalse();
        assertThat(event.path("properties").has("$set")).isFalse();
    }

    @Test
    void aFailingPostHogCountsTheEventsAsFailed() {
        posthog.answerWith(503);
        ProductAnalytics analytics = analytics(100);
        analytics.capture(new TrackedEvent(TRACKING_ID, ProductEvent.of(ProductEventName.SIGNED_IN, Instant.now(),
                Map.of())));
        analytics.close();

        assertThat(counters.of(TelemetrySignal.PRODUCT_EVENT, TelemetryOutcome.FAILED)).isEqualTo(1);
        assertThat(counters.of(TelemetrySignal.PRODUCT_EVENT, TelemetryOutcome.SENT)).isZero();
    }
}
