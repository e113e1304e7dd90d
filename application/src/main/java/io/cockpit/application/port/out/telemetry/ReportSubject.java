package io.cockpit.application.port.out.telemetry;

import io.cockpit.domain.account.TrackingId;

import java.util.List;
import java.util.Objects;

/**
 * The user an error report is about, as the reporter may know them: the Tracking-ID (the only identity that is sent)
 * and the user's own values that the scrubber must remove wherever they appear (name, e-mail address, User-ID).
 */
public record ReportSubject(TrackingId trackingId, List<String> personalValues) {

    public ReportSubject {
        Objects.requireNonNull(trackingId, "trackingId");
        personalValues = List.copyOf(personalValues);
    }

    @Override
    public String toString() {
        return "ReportSubject[" + trackingId + "]";
    }
}
