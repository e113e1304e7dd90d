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

import java.util.Map;
import java.util.Optional;

public final class JdbiApiKeyRepository implements ApiKeyRepository {

    private final JdbiTransactions db;

    public JdbiApiKeyRepository(JdbiTransactions db) {
        this.db = db;
    }

    @Override
    public Optional<ApiKey> findByHash(TokenHash hash) {
        return db.withHandle(h -> h.createQuery(
                        "SELECT id, role, name, key_hash, created_at FROM api_key WHERE key_hash = :hash")
                .bind("hash", hash.hex())
                .map((rs, ctx) -> new ApiKey(rs.getString("id"), ApiKeyRole.valueOf(rs.getString("role")),
                        new ApiKeyName(rs.getString("name")), new TokenHash(rs.getString("key_hash")),
                        InstantColumns.read(rs, "created_at")))
                .findOne());
    }

    @Override
    public void add(ApiKey key) {
        UniqueKeys.translate(Map.of("uq_api_key_hash", UniquenessViolation.Rule.IDENTIFIER),
                () -> db.withHandle(h -> h.createUpdate("INSERT INTO api_key (id, role, name, key_hash, created_at) "
                                + "VALUES (:id, :role, :name, :hash, :createdAt)")
                        .bind("id", key.id())
                        .bind("role", key.role().name())
                        .bind("name", key.name().value())
                        .bind("hash", key.hash().hex())
                        .bind("createdAt", key.createdAt())
                        .execute()));
    }

    @Override
    public boolean existsFor(ApiKeyRole role) {
        return db.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM api_key WHERE role = :role")
                .bind("role", role.name())
                .mapTo(Long.class)
                .one()) > 0;
    }
}
