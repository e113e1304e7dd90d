package io.cockpit.application.testing.fakes;

import io.cockpit.application.port.out.access.ApiKeyRepository;
import io.cockpit.application.port.out.shared.UniquenessViolation.Rule;
import io.cockpit.domain.access.ApiKey;
import io.cockpit.domain.access.ApiKeyRole;
import io.cockpit.domain.access.TokenHash;

import java.util.List;
import java.util.Optional;

import static io.cockpit.application.testing.fakes.UniqueKey.unique;

public final class FakeApiKeyRepository implements ApiKeyRepository {

    private final FakeTable<ApiKey> keys;

    public FakeApiKeyRepository(FakeDatabase database) {
        this.keys = database.table("api_key", ApiKey::id, List.of(unique("uq_api_key_hash", Rule.IDENTIFIER, ApiKey::hash)));
    }

    @Override
    public Optional<ApiKey> findByHash(TokenHash hash) {
        return keys.select(key -> key.hash().equals(hash)).stream().findFirst();
    }

    @Override
    public void add(ApiKey key) {
        keys.insert(new ApiKey(key.id(), key.role(), key.name(), key.hash(), StoredTime.of(key.createdAt())));
    }

    @Override
    public boolean existsFor(ApiKeyRole role) {
        return !keys.select(key -> key.role() == role).isEmpty();
    }
}
