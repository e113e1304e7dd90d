package io.cockpit.application.port.out.telemetry;

import io.cockpit.domain.telemetry.TrackedEvent;

/**
 * Product analytics (PostHog in production; disabled in the embedded mode). Only events the allow-list built, with
 * the Tracking-ID as their only identity, and only after the service asked the user's permissions.
 */
public interface ProductAnalytics extends AutoCloseable {

    /**
     * Hands the event over and returns at once: sending happens later, from a bounded queue; a full queue drops
     * the event. Whatever becomes of it is counted ({@link TelemetryCounters}).
     */
    void capture(TrackedEvent event);

    /** Sends what is queued (waiting a few seconds at most), then stops. */
    @Override
    void close();
}
