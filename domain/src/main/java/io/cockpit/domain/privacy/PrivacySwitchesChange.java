package io.cockpit.domain.privacy;

import java.util.Objects;
import java.util.Optional;

/**
 * The switches a client sends to replace the user's. Clients written before the objection switches send only the
 * first three; the switches they do not send keep their stored values (never the defaults), so an older client can
 * neither undo an objection nor record one.
 */
public record PrivacySwitchesChange(boolean errorReporting, boolean statistics, boolean analyticsIdentification,
                                    Optional<Boolean> productAnalytics, Optional<Boolean> recommendations) {

    public PrivacySwitchesChange {
        Objects.requireNonNull(productAnalytics, "productAnalytics");
        Objects.requireNonNull(recommendations, "recommendations");
    }

    /** A change that names every switch. */
    public static PrivacySwitchesChange to(PrivacySwitches all) {
        return new PrivacySwitchesChange(all.errorReporting(), all.statistics(), all.analyticsIdentification(),
                Optional.of(all.productAnalytics()), Optional.of(all.recommendations()));
    }

    /** The switches after this change is applied to {@code current}. */
    public PrivacySwitches applyTo(PrivacySwitches current) {
        return new PrivacySwitches(errorReporting, statistics, analyticsIdentification,
                productAnalytics.orElse(current.productAnalytics()), recommendations.orElse(current.recommendations()));
    }
}
