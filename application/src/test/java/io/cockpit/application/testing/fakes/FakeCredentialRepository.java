package io.cockpit.application.testing.fakes;

import io.cockpit.application.port.out.access.CredentialRepository;
import io.cockpit.domain.access.PasswordHash;
import io.cockpit.domain.account.UserId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public final class FakeCredentialRepository implements CredentialRepository {

    private record Credential(UserId userId, PasswordHash hash, Instant changedAt) {
    }

    private final FakeDatabase database;
    private final FakeTable<Credential> credentials;

    public FakeCredentialRepository(FakeDatabase database) {
        this.database = database;
        this.credentials = database.table("credential", Credential::userId, List.of());
    }

    @Override
    public Optional<PasswordHash> find(UserId userId) {
        return credentials.find(userId).map(Credential::hash);
    }

    @Override
    public void save(UserId userId, PasswordHash hash, Instant changedAt) {
        Credential credential = new Credential(userId, hash, StoredTime.of(changedAt));
        database.atomically(() -> {
            if (credentials.update(userId, stored -> true, stored -> credential).isEmpty()) {
                credentials.insert(credential);
            }
            return null;
        });
    }
}
