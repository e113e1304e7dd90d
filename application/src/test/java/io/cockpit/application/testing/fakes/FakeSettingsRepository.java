package io.cockpit.application.testing.fakes;

import io.cockpit.application.port.out.register.ExportedItem;
import io.cockpit.application.port.out.settings.SettingsRepository;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.settings.UserSettings;
import io.cockpit.domain.shared.Versioned;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

public final class FakeSettingsRepository implements SettingsRepository {

    private record Stored(UserId userId, UserSettings settings, long version, Instant updatedAt) {
    }

    private final FakeTable<Stored> settings;

    public FakeSettingsRepository(FakeDatabase database) {
        this.settings = database.table("user_settings", Stored::userId, List.of());
    }

    @Override
    public Optional<Versioned<UserSettings>> find(UserId userId) {
        return settings.find(userId).map(stored -> new Versioned<>(stored.settings(), stored.version()));
    }

    @Override
    public long save(UserId userId, UserSettings changed, long expectedVersion, Instant savedAt) {
        Versions.write(settings, new Stored(userId, changed, expectedVersion + 1, StoredTime.of(savedAt)), userId,
                expectedVersion, Stored::version, "settings");
        return expectedVersion + 1;
    }

    @Override
    public void export(UserId user, Consumer<ExportedItem> sink) {
        settings.find(user).ifPresent(stored -> SettingsRepository.exported(stored.settings()).forEach(sink));
    }

    @Override
    public int erase(UserId user, int limit) {
        return settings.delete(user, stored -> true).isPresent() ? 1 : 0;
    }
}
