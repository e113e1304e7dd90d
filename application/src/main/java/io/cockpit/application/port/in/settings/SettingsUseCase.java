package io.cockpit.application.port.in.settings;

import io.cockpit.domain.account.UserId;
import io.cockpit.domain.settings.UserSettings;
import io.cockpit.domain.shared.VersionCheck;
import io.cockpit.domain.shared.Versioned;

/** The user's settings. */
public interface SettingsUseCase {

    Versioned<UserSettings> settings(UserId userId);

    /** @throws io.cockpit.domain.shared.DomainException {@code precondition.failed} if the check does not hold */
    Versioned<UserSettings> replace(UserId userId, VersionCheck expected, UserSettings settings);
}
