package io.cockpit.application.testing.fakes;

import io.cockpit.application.port.out.access.ApiKeyRepository;
import io.cockpit.application.port.out.shared.UniquenessViolation.Rule;
import io.cockpit.domain.access.ApiKey;
import io.cockpit.domain.access.ApiKeyName;
import io.cockpit.domain.access.ApiKeyRole;
import io.cockpit.domain.access.TokenHash;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import static io.cockpit.application.testing.fakes.UniqueKey.unique;

public final class FakeApiKeyRepository implements ApiKeyRepository {

    /** A row of api_key: the key, and the role it is the first key of (the unique {@code first_of_role}), if any. */
    private record Row(ApiKey key, Optional<ApiKeyRole> firstOf) {
    }

    private static final Comparator<ApiKey> ORDER = Comparator.comparing((ApiKey key) -> key.role().name())
            .thenComparing(key -> key.name().value()).thenComparing(ApiKey::createdAt).thenComparing(ApiKey::id);

    private final FakeTable<Row> keys;

    public FakeApiKeyRepository(FakeDatabase database) {
        // a unique key on an optional value: rows without one get a value no other row has, as NULLs are distinct
        this.keys = database.table("api_key", row -> row.key().id(), List.of(
                unique("uq_api_key_hash", Rule.IDENTIFIER, row -> row.key().hash()),
                unique("uq_api_key_first", Rule.IDENTIFIER,
                        row -> row.firstOf().<Object>map(ApiKeyRole::name).orElse(row.key().id()))));
    }

    @Override
    public Optional<ApiKey> findByHash(TokenHash hash) {
        return keys.select(row -> row.key().hash().equals(hash)).stream().map(Row::key).findFirst();
    }

    @Override
    public void add(ApiKey key) {
        keys.insert(new Row(stored(key), Optional.empty()));
    }

    @Override
    public void addFirst(ApiKey key) {
        keys.insert(new Row(stored(key), Optional.of(key.role())));
    }

    private static ApiKey stored(ApiKey key) {
        return new ApiKey(key.id(), key.role(), key.name(), key.hash(), StoredTime.of(key.createdAt()),
                key.lastUsedAt().map(StoredTime::of), key.expiresAt().map(StoredTime::of),
                key.revokedAt().map(StoredTime::of));
    }

    @Override
    public boolean existsFor(ApiKeyRole role) {
        return !keys.select(row -> row.key().role() == role).isEmpty();
    }

    @Override
    public List<ApiKey> all() {
        return keys.select(row -> true).stream().map(Row::key).sorted(ORDER).toList();
    }

    @Override
    public int revoke(ApiKeyRole role, ApiKeyName name, Optional<String> id, Instant at) {
        List<String> ids = keys.select(row -> row.key().role() == role && row.key().name().equals(name)
                        && row.key().revokedAt().isEmpty() && id.map(row.key().id()::equals).orElse(true))
                .stream().map(row -> row.key().id()).toList();
        int revoked = 0;
        for (String key : ids) {
            revoked += keys.update(key, row -> row.key().revokedAt().isEmpty(), row -> new Row(
                    withRevokedAt(row.key(), StoredTime.of(at)), row.firstOf())).isPresent() ? 1 : 0;
        }
        return revoked;
    }

    @Override
    public void recordUse(String id, Instant at) {
        keys.update(id, row -> true, row -> new Row(new ApiKey(row.key().id(), row.key().role(), row.key().name(),
                row.key().hash(), row.key().createdAt(), Optional.of(StoredTime.of(at)), row.key().expiresAt(),
                row.key().revokedAt()), row.firstOf()));
    }

    private static ApiKey withRevokedAt(ApiKey key, Instant at) {
        return new ApiKey(key.id(), key.role(), key.name(), key.hash(), key.createdAt(), key.lastUsedAt(),
                key.expiresAt(), Optional.of(at));
    }
}
