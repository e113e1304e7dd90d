package io.cockpit.adapters.posthog;

import com.posthog.java.Sender;
import com.posthog.java.shaded.org.json.JSONObject;
import io.cockpit.application.port.out.telemetry.TelemetryCounters;
import io.cockpit.domain.telemetry.TelemetryOutcome;
import io.cockpit.domain.telemetry.TelemetrySignal;

import java.util.List;

/**
 * The PostHog client's HTTP sender, wrapped: it dates each event by when it happened (the client would stamp the
 * moment it was queued) and counts every batch as sent or failed once PostHog answered.
 */
final class CountingSender implements Sender {

    /** The property that carries the event's time to this sender; it never reaches PostHog. */
    static final String OCCURRED_AT = "$cockpit_occurred_at";

    private final Sender delegate;
    private final TelemetryCounters counters;

    CountingSender(Sender delegate, TelemetryCounters counters) {
        this.delegate = delegate;
        this.counters = counters;
    }

    @Override
    public Boolean send(List<JSONObject> events) {
        for (JSONObject event : events) {
            JSONObject properties = event.optJSONObject("properties");
            if (properties != null && properties.has(OCCURRED_AT)) {
                event.put("timestamp", properties.remove(OCCURRED_AT));
            }
        }
        boolean sent;
        try {
            sent = Boolean.TRUE.equals(delegate.send(events));
        } catch (RuntimeException e) {
            sent = false;
        }
        TelemetryOutcome outcome = sent ? TelemetryOutcome.SENT : TelemetryOutcome.FAILED;
        events.forEach(event -> counters.count(TelemetrySignal.PRODUCT_EVENT, outcome));
        return sent;
    }

    @Override
    public JSONObject post(String route, String distinctId) {
        throw new UnsupportedOperationException("feature flags are not used");
    }
}
