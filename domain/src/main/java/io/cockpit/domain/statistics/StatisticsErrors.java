package io.cockpit.domain.statistics;

import io.cockpit.domain.shared.DomainException;
import io.cockpit.domain.shared.ErrorCode;

/** The statistics capability's refusals. */
public final class StatisticsErrors {

    private StatisticsErrors() {
    }

    public static DomainException consentRequired() {
        return new DomainException(ErrorCode.STATISTICS_CONSENT_REQUIRED, "Statistics are recorded only with your "
                + "consent (the statistics switch in the privacy settings), and not while processing is restricted.");
    }
}
