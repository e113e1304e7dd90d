package io.cockpit.application.port.out.telemetry;

import io.cockpit.application.testing.RecordingCounters;
import io.cockpit.domain.account.TrackingId;
import io.cockpit.domain.telemetry.ProductEvent;
import io.cockpit.domain.telemetry.ProductEventName;
import io.cockpit.domain.telemetry.TelemetryOutcome;
import io.cockpit.domain.telemetry.TelemetrySignal;
import io.cockpit.domain.telemetry.TrackedEvent;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every product analytics adapter promises: handing an event over never waits for the destination, every
 * event is accounted for once (sent, dropped or disabled), and what arrives carries the Tracking-ID and the allowed
 * properties only.
 */
public abstract class ProductAnalyticsContract {

    protected static final TrackingId TRACKING_ID = new TrackingId("amber-falcon");

    /** One event as the destination received it (properties without the vendor's own {@code $} keys). */
    public record Received(String distinctId, String event, Map<String, Object> properties) {
    }

    protected final RecordingCounters counters = new RecordingCounters();

    /** A fresh adapter counting into {@link #counters}, whose queue holds at most {@code capacity} events. */
    protected abstract ProductAnalytics analytics(int capacity);

    /** What reached the destination so far (empty for an adapter that sends nothing). */
    protected abstract List<Received> received();

    /** From now on the destination answers only after {@code delay} (nothing for an adapter without one). */
    protected abstract void destinationAnswersAfter(Duration delay);

    private static TrackedEvent event(int i) {
        return new TrackedEvent(TRACKING_ID, ProductEvent.of(ProductEventName.SEARCH_RUN,
                Instant.parse("2026-11-29T12:00:00Z").plusSeconds(i), Map.of("scope", "chats", "filters", i % 20)));
    }

    @Test
    void everyEventIsAccountedForOnce() {
        ProductAnalytics analytics = analytics(1000);
        for (int i = 0; i < 20; i++) {
            analytics.capture(event(i));
        }
        analytics.close();

        assertThat(counters.total(TelemetrySignal.PRODUCT_EVENT)).isEqualTo(20);
        assertThat(counters.of(TelemetrySignal.PRODUCT_EVENT, TelemetryOutcome.SENT)).isEqualTo(received().size());
        assertThat(counters.of(TelemetrySignal.PRODUCT_EVENT, TelemetryOutcome.DROPPED_QUEUE_FULL)).isZero();
    }

    @Test
    void whatArrivesCarriesTheTrackingIdAndTheAllowedPropertiesOnly() {
        ProductAnalytics analytics = analytics(1000);
        analytics.capture(event(3));
        analytics.close();

        for (Received received : received()) {
            assertThat(received.distinctId()).isEqualTo(TRACKING_ID.value());
            assertThat(received.event()).isEqualTo("search_run");
            assertThat(received.properties()).containsOnlyKeys("scope", "filters");
            assertThat(received.properties().get("scope")).isEqualTo("chats");
        }
    }

    @Test
    void aSlowDestinationNeverSlowsTheCallerAndOverflowIsDroppedAndCounted() {
        destinationAnswersAfter(Duration.ofMillis(800));
        ProductAnalytics analytics = analytics(10);
        long start = System.nanoTime();
        for (int i = 0; i < 100; i++) {
            analytics.capture(event(i));
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        analytics.close();

        assertThat(took).as("a blocking adapter would take seconds").isLessThan(Duration.ofMillis(1000));
        assertThat(counters.total(TelemetrySignal.PRODUCT_EVENT)).isEqualTo(100);
        long sent = counters.of(TelemetrySignal.PRODUCT_EVENT, TelemetryOutcome.SENT);
        assertThat(sent).isEqualTo(received().size());
        if (sent > 0) {
            assertThat(counters.of(TelemetrySignal.PRODUCT_EVENT, TelemetryOutcome.DROPPED_QUEUE_FULL))
                    .as("a queue of 10 cannot hold 100 events while the destination is slow").isPositive();
        }
    }

    @Test
    void eventsAfterCloseAreDroppedAndCounted() {
        ProductAnalytics analytics = analytics(1000);
        analytics.close();
        analytics.capture(event(1));

        assertThat(counters.total(TelemetrySignal.PRODUCT_EVENT)).isEqualTo(1);
        assertThat(counters.of(TelemetrySignal.PRODUCT_EVENT, TelemetryOutcome.SENT)).isZero();
    }
}
