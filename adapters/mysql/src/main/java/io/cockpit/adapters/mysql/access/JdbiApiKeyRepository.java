package io.cockpit.adapters.mysql.access;

import io.cockpit.adapters.mysql.InstantColumns;
import io.cockpit.adapters.mysql.JdbiTransactions;
import io.cockpit.adapters.mysql.UniqueKeys;
import io.cockpit.application.port.out.access.ApiKeyRepository;
import io.cockpit.application.port.out.shared.UniquenessViolation;
import io.cockpit.domain.access.ApiKey;
import io.cockpit.domain.access.ApiKeyName;
import io.cockpit.domain.access.ApiKeyRole;
import io.cockpit.domain.access.TokenHash;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Update;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public final class JdbiApiKeyRepository implements ApiKeyRepository {

    private static final String COLUMNS = "id, role, name, key_hash, created_at, last_used_at, expires_at, revoked_at";

    private static final RowMapper<ApiKey> KEY = (rs, ctx) -> new ApiKey(rs.getString("id"),
            ApiKeyRole.valueOf(rs.getString("role")), new ApiKeyName(rs.getString("name")),
            new TokenHash(rs.getString("key_hash")), InstantColumns.read(rs, "created_at"),
            Optional.ofNullable(InstantColumns.read(rs, "last_used_at")),
            Optional.ofNullable(InstantColumns.read(rs, "expires_at")),
            Optional.ofNullable(InstantColumns.read(rs, "revoked_at")));

    private static final Map<String, UniquenessViolation.Rule> UNIQUE = Map.of(
            "uq_api_key_hash", UniquenessViolation.Rule.IDENTIFIER,
            "uq_api_key_first", UniquenessViolation.Rule.IDENTIFIER);

    private final JdbiTransactions db;

    public JdbiApiKeyRepository(JdbiTransactions db) {
        this.db = db;
    }

    @Override
    public Optional<ApiKey> findByHash(TokenHash hash) {
        return db.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM api_key WHERE key_hash = :hash")
                .bind("hash", hash.hex())
                .map(KEY)
                .findOne());
    }

    @Override
    public void add(ApiKey key) {
        insert(key, null);
    }

    @Override
    public void addFirst(ApiKey key) {
        insert(key, key.role().name());
    }

    private void insert(ApiKey key, String firstOfRole) {
        UniqueKeys.translate(UNIQUE, () -> db.withHandle(h -> h.createUpdate("INSERT INTO api_key (" + COLUMNS
                        + ", first_of_role) VALUES (:id, :role, :name, :hash, :createdAt, :lastUsedAt, :expiresAt, "
                        + ":revokedAt, :firstOfRole)")
                .bind("id", key.id())
                .bind("role", key.role().name())
                .bind("name", key.name().value())
                .bind("hash", key.hash().hex())
                .bind("createdAt", key.createdAt())
                .bindByType("lastUsedAt", key.lastUsedAt().orElse(null), Instant.class)
                .bindByType("expiresAt", key.expiresAt().orElse(null), Instant.class)
                .bindByType("revokedAt", key.revokedAt().orElse(null), Instant.class)
                .bindByType("firstOfRole", firstOfRole, String.class)
                .execute()));
    }

    @Override
    public boolean existsFor(ApiKeyRole role) {
        return db.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM api_key WHERE role = :role")
                .bind("role", role.name())
                .mapTo(Long.class)
                .one()) > 0;
    }

    @Override
    public List<ApiKey> all() {
        return db.withHandle(h -> h.createQuery("SELECT " + COLUMNS
                        + " FROM api_key ORDER BY role, name, created_at, id")
                .map(KEY)
                .list());
    }

    @Override
    public int revoke(ApiKeyRole role, ApiKeyName name, Optional<String> id, Instant at) {
        return db.withHandle(h -> {
            Update update = h.createUpdate("UPDATE api_key SET revoked_at = :at WHERE role = :role AND name = :name "
                            + "AND revoked_at IS NULL" + (id.isPresent() ? " AND id = :id" : ""))
                    .bind("at", at)
                    .bind("role", role.name())
                    .bind("name", name.value());
            id.ifPresent(one -> update.bind("id", one));
            return update.execute();
        });
    }

    @Override
    public void recordUse(String id, Instant at) {
        db.withHandle(h -> h.createUpdate("UPDATE api_key SET last_used_at = :at WHERE id = :id")
                .bind("at", at)
                .bind("id", id)
                .execute());
    }
}
