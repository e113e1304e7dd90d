package io.cockpit.domain.telemetry;

import io.cockpit.domain.account.TrackingId;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.privacy.RequestNote;
import io.cockpit.domain.shared.ItemId;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The operator tied a Tracking-ID to its user: when, why, under which operator key, with the note that explains a
 * pressing interest. The user sees every one of these ({@code GET /v1/me/identifications}), the note excepted.
 */
public record Identification(ItemId id, UserId userId, TrackingId trackingId, IdentificationReason reason,
                             Optional<RequestNote> note, String operator, Instant identifiedAt) {

    public Identification {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(trackingId, "trackingId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(note, "note");
        if (Objects.requireNonNull(operator, "operator").isBlank()) {
            throw new IllegalArgumentException("an identification names the operator key");
        }
        Objects.requireNonNull(identifiedAt, "identifiedAt");
        if (reason.pressingInterest() && note.isEmpty()) {
            throw TelemetryErrors.noteRequired();
        }
    }
}
