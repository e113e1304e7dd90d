package io.cockpit.application.port.out.account;

import java.time.Instant;

/**
 * Every Tracking-ID ever issued, as a keyed hash only and without any link to an account: kept after the account is
 * erased, so that no Tracking-ID is ever issued twice, while nothing of it remains in clear.
 */
public interface TrackingIdRegistry {

    /** Registers the hash of a drawn Tracking-ID; {@code false} if it was issued before (then it must not be used). */
    boolean register(TrackingIdHash hash, Instant issuedAt);

    boolean isRegistered(TrackingIdHash hash);
}
