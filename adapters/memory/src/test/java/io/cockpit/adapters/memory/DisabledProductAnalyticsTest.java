package io.cockpit.adapters.memory;

import io.cockpit.application.port.out.telemetry.ProductAnalytics;
import io.cockpit.application.port.out.telemetry.ProductAnalyticsContract;
import io.cockpit.domain.telemetry.TelemetryOutcome;
import io.cockpit.domain.telemetry.TelemetrySignal;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The ProductAnalytics contract on the embedded default: nothing leaves, everything is counted as disabled. */
class DisabledProductAnalyticsTest extends ProductAnalyticsContract {

    @Override
    protected ProductAnalytics analytics(int capacity) {
        return new DisabledProductAnalytics(counters);
    }

    @Override
    protected List<Received> received() {
        return List.of();
    }

    @Override
    protected void destinationAnswersAfter(Duration delay) {
    }

    @Test
    void countsEveryEventAsDisabled() {
        ProductAnalytics analytics = analytics(10);
        for (int i = 0; i < 20; i++) {
            analytics.capture(new io.cockpit.domain.telemetry.TrackedEvent(TRACKING_ID,
                    io.cockpit.domain.telemetry.ProductEvent.of(io.cockpit.domain.telemetry.ProductEventName.SIGNED_IN,
                            java.time.Instant.now(), java.util.Map.of())));
        }

        assertThat(counters.of(TelemetrySignal.PRODUCT_EVENT, TelemetryOutcome.DISABLED)).isEqualTo(20);
    }
}
