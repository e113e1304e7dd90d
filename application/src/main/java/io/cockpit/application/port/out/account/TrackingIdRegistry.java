package io.cockpit.application.port.out.account;

import io.cockpit.domain.account.TrackingId;

import java.time.Instant;

/**
 * Every Tracking-ID ever issued, kept after its account is deleted (it then names no one) so that no ID is ever
 * issued twice.
 */
public interface TrackingIdRegistry {

    /** Registers the ID; {@code false} if it was issued before (then it must not be used). */
    boolean register(TrackingId trackingId, Instant issuedAt);
}
