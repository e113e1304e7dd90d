package io.cockpit.application.port.out.settings;

import io.cockpit.application.port.out.shared.StaleWriteException;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.settings.UserSettings;
import io.cockpit.domain.shared.Versioned;

import java.time.Instant;
import java.util.Optional;

/** A user's settings; no row means the defaults (version 0). */
public interface SettingsRepository {

    Optional<Versioned<UserSettings>> find(UserId userId);

    /**
     * Stores the settings if the stored version is {@code expectedVersion} (0: none stored yet).
     *
     * @return the new version
     * @throws StaleWriteException if another version is stored
     */
    long save(UserId userId, UserSettings settings, long expectedVersion, Instant savedAt);
}
