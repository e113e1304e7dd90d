package io.cockpit.application.testing.fakes;

import io.cockpit.application.port.out.access.CredentialRepository;
import io.cockpit.application.port.out.register.ExportedItem;
import io.cockpit.application.port.out.shared.UniquenessViolation;
import io.cockpit.domain.access.PasswordHash;
import io.cockpit.domain.account.UserId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

public final class FakeCredentialRepository implements CredentialRepository {

    private record Credential(UserId userId, PasswordHash hash, Instant changedAt) {
    }

    private final FakeTable<Credential> credentials;

    public FakeCredentialRepository(FakeDatabase database) {
        this.credentials = database.table("credential", Credential::userId, List.of());
    }

    @Override
    public Optional<PasswordHash> find(UserId userId) {
        return credentials.find(userId).map(Credential::hash);
    }

    @Override
    public boolean create(UserId userId, PasswordHash hash, Instant changedAt) {
        try {
            credentials.insert(new Credential(userId, hash, StoredTime.of(changedAt)));
            return true;
        } catch (UniquenessViolation exists) {
            return false;
        }
    }

    @Override
    public boolean replace(UserId userId, PasswordHash expected, PasswordHash replacement, Instant changedAt) {
        return credentials.update(userId, stored -> stored.hash().equals(expected),
                stored -> new Credential(userId, replacement, StoredTime.of(changedAt))).isPresent();
    }

    @Override
    public void export(UserId user, Consumer<ExportedItem> sink) {
        credentials.find(user).map(stored -> CredentialRepository.exported(stored.changedAt())).ifPresent(sink);
    }

    @Override
    public int erase(UserId user, int limit) {
        return credentials.delete(user, stored -> true).isPresent() ? 1 : 0;
    }
}
