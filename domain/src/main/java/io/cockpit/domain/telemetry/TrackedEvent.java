package io.cockpit.domain.telemetry;

import io.cockpit.domain.account.TrackingId;

import java.util.Objects;

/** A product event as product analytics receives it: the Tracking-ID is its only identity. */
public record TrackedEvent(TrackingId distinctId, ProductEvent event) {

    public TrackedEvent {
        Objects.requireNonNull(distinctId, "distinctId");
        Objects.requireNonNull(event, "event");
    }
}
