package io.cockpit.application.port.out.privacy;

import io.cockpit.application.port.out.register.ExportedItem;
import io.cockpit.application.port.out.register.PersonalDataStore;
import io.cockpit.application.port.out.shared.StaleWriteException;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.privacy.PrivacyPersonalData;
import io.cockpit.domain.privacy.PrivacySwitches;
import io.cockpit.domain.shared.Versioned;

import java.time.Instant;
import java.util.Optional;

/**
 * A user's privacy switches; no row means the defaults (version 0). Export: one item, {@code errorReporting,
 * statistics, analyticsIdentification, productAnalytics, recommendations, updatedAt}, nothing while the defaults
 * apply. Erasure deletes the row.
 */
public interface PrivacyRepository extends PersonalDataStore {

    @Override
    default String category() {
        return PrivacyPersonalData.PRIVACY_SWITCHES.id();
    }

    Optional<Versioned<PrivacySwitches>> find(UserId userId);

    /** Saved switches as the export shows them. */
    static ExportedItem exported(PrivacySwitches switches, Instant updatedAt) {
        return ExportedItem.builder()
                .field("errorReporting", switches.errorReporting())
                .field("statistics", switches.statistics())
                .field("analyticsIdentification", switches.analyticsIdentification())
                .field("productAnalytics", switches.productAnalytics())
                .field("recommendations", switches.recommendations())
                .field("updatedAt", updatedAt)
                .build();
    }

    /**
     * @return the new version
     * @throws StaleWriteException if another version than {@code expectedVersion} is stored
     */
    long save(UserId userId, PrivacySwitches switches, long expectedVersion, Instant savedAt);
}
