package io.cockpit.application.port.in.telemetry;

import io.cockpit.domain.account.Account;
import io.cockpit.domain.account.TrackingId;
import io.cockpit.domain.privacy.RequestNote;
import io.cockpit.domain.telemetry.Identification;
import io.cockpit.domain.telemetry.IdentificationReason;

import java.util.Optional;

/**
 * The operator ties a Tracking-ID to its account: only with the user's consent, or for a pressing legitimate
 * interest (suspected abuse, a legal claim) explained in a note. Every attempt is audited; every identification is
 * recorded for the user to see.
 */
public interface IdentifyTrackingIdUseCase {

    record Identified(Identification identification, Account account) {
    }

    /**
     * @throws io.cockpit.domain.shared.DomainException {@code identification.tracking_id_unknown},
     *         {@code identification.consent_missing}, {@code identification.note_required}
     */
    Identified identify(String operator, TrackingId trackingId, IdentificationReason reason, Optional<RequestNote> note);
}
