package io.cockpit.domain.telemetry;

import io.cockpit.domain.shared.DomainException;
import io.cockpit.domain.shared.ErrorCode;

/** The refusals of identifying a Tracking-ID. */
public final class TelemetryErrors {

    private TelemetryErrors() {
    }

    public static DomainException trackingIdUnknown() {
        return new DomainException(ErrorCode.IDENTIFICATION_TRACKING_ID_UNKNOWN,
                "No account has this Tracking-ID.");
    }

    public static DomainException consentMissing() {
        return new DomainException(ErrorCode.IDENTIFICATION_CONSENT_MISSING,
                "The user has not allowed identification (or processing is restricted); only a pressing "
                        + "legitimate interest with a note allows it.");
    }

    public static DomainException noteRequired() {
        return new DomainException(ErrorCode.IDENTIFICATION_NOTE_REQUIRED,
                "An identification for a pressing legitimate interest needs a note saying why.");
    }
}
