package io.cockpit.application.service.settings;

import io.cockpit.application.port.in.settings.SettingsUseCase;
import io.cockpit.application.port.out.settings.SettingsRepository;
import io.cockpit.application.port.out.shared.StaleWriteException;
import io.cockpit.application.port.out.shared.Transactions;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.settings.UserSettings;
import io.cockpit.domain.shared.VersionCheck;
import io.cockpit.domain.shared.Versioned;

import java.time.Clock;

public final class SettingsService implements SettingsUseCase {

    private final SettingsRepository repository;
    private final Transactions transactions;
    private final Clock clock;

    public SettingsService(SettingsRepository repository, Transactions transactions, Clock clock) {
        this.repository = repository;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Versioned<UserSettings> settings(UserId userId) {
        return repository.find(userId).orElse(new Versioned<>(UserSettings.DEFAULT, 0));
    }

    @Override
    public Versioned<UserSettings> replace(UserId userId, VersionCheck expected, UserSettings settings) {
        try {
            return transactions.inTransaction(() -> {
                long current = settings(userId).version();
                expected.require(current);
                return new Versioned<>(settings, repository.save(userId, settings, current, clock.instant()));
            });
        } catch (StaleWriteException concurrent) {
            throw VersionCheck.changedMeanwhile();
        }
    }
}
