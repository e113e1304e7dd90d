package io.cockpit.domain.recommendation;

import io.cockpit.domain.privacy.ProcessingPermissions;
import io.cockpit.domain.shared.DomainException;
import io.cockpit.domain.shared.ErrorCode;

import java.util.Optional;

/** Why no recommendation may be computed for a user now. */
public final class RecommendationErrors {

    private RecommendationErrors() {
    }

    /** The refusal for these permissions, or none when recommending is allowed. A restriction comes first. */
    public static Optional<DomainException> refusal(ProcessingPermissions permissions) {
        if (permissions.restricted()) {
            return Optional.of(new DomainException(ErrorCode.RECOMMENDATIONS_RESTRICTED,
                    "You restricted the processing of your data; no suggestions are computed until you lift it."));
        }
        if (!permissions.mayRecommend()) {
            return Optional.of(new DomainException(ErrorCode.RECOMMENDATIONS_OBJECTED,
                    "You objected to suggestions (privacy switch recommendations); turn it on to get them."));
        }
        return Optional.empty();
    }
}
