package io.cockpit.application.testing.fakes;

import io.cockpit.application.port.out.privacy.PrivacyRepository;
import io.cockpit.application.port.out.register.ExportedItem;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.privacy.PrivacySwitches;
import io.cockpit.domain.shared.Versioned;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

public final class FakePrivacyRepository implements PrivacyRepository {

    private record Stored(UserId userId, PrivacySwitches switches, long version, Instant updatedAt) {
    }

    private final FakeTable<Stored> privacy;

    public FakePrivacyRepository(FakeDatabase database) {
        this.privacy = database.table("privacy_settings", Stored::userId, List.of());
    }

    @Override
    public Optional<Versioned<PrivacySwitches>> find(UserId userId) {
        return privacy.find(userId).map(stored -> new Versioned<>(stored.switches(), stored.version()));
    }

    @Override
    public long save(UserId userId, PrivacySwitches switches, long expectedVersion, Instant savedAt) {
        Versions.write(privacy, new Stored(userId, switches, expectedVersion + 1, StoredTime.of(savedAt)), userId,
                expectedVersion, Stored::version, "privacy switches");
        return expectedVersion + 1;
    }

    @Override
    public void export(UserId user, Consumer<ExportedItem> sink) {
        privacy.find(user).map(stored -> PrivacyRepository.exported(stored.switches(), stored.updatedAt()))
                .ifPresent(sink);
    }

    @Override
    public int erase(UserId user, int limit) {
        return privacy.delete(user, stored -> true).isPresent() ? 1 : 0;
    }
}
