package io.cockpit.application.port.out.privacy;

import io.cockpit.application.port.out.shared.StaleWriteException;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.privacy.PrivacySwitches;
import io.cockpit.domain.shared.Versioned;

import java.time.Instant;
import java.util.Optional;

/** A user's privacy switches; no row means the defaults (version 0). */
public interface PrivacyRepository {

    Optional<Versioned<PrivacySwitches>> find(UserId userId);

    /**
     * @return the new version
     * @throws StaleWriteException if another version than {@code expectedVersion} is stored
     */
    long save(UserId userId, PrivacySwitches switches, long expectedVersion, Instant savedAt);
}
