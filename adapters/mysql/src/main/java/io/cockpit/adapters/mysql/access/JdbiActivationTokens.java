package io.cockpit.adapters.mysql.access;

import io.cockpit.adapters.mysql.BatchDelete;
import io.cockpit.adapters.mysql.InstantColumns;
import io.cockpit.adapters.mysql.JdbiTransactions;
import io.cockpit.application.port.out.access.ActivationTokens;
import io.cockpit.application.port.out.register.ExportedItem;
import io.cockpit.domain.access.TokenHash;
import io.cockpit.domain.account.UserId;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

public final class JdbiActivationTokens implements ActivationTokens {

    private static final BatchDelete OF_USER = BatchDelete.byKey("activation_token", "token_hash", "user_id = :userId",
            "token_hash");
    private static final BatchDelete EXPIRED = BatchDelete.byKey("activation_token", "token_hash", "expires_at < :cutoff",
            "expires_at, token_hash");

    private final JdbiTransactions db;

    public JdbiActivationTokens(JdbiTransactions db) {
        this.db = db;
    }

    @Override
    public void replace(UserId userId, TokenHash hash, Instant expiresAt, Instant issuedAt) {
        db.inTransaction(() -> db.withHandle(h -> {
            h.createUpdate("DELETE FROM activation_token WHERE user_id = :userId")
                    .bind("userId", userId.value())
                    .execute();
            return h.createUpdate("INSERT INTO activation_token (token_hash, user_id, issued_at, expires_at) "
                            + "VALUES (:hash, :userId, :issuedAt, :expiresAt)")
                    .bind("hash", hash.hex())
                    .bind("userId", userId.value())
                    .bind("issuedAt", issuedAt)
                    .bind("expiresAt", expiresAt)
                    .execute();
        }));
    }

    @Override
    public Optional<UserId> findValid(TokenHash hash, Instant now) {
        return db.withHandle(h -> h.createQuery(
                        "SELECT user_id FROM activation_token WHERE token_hash = :hash AND expires_at > :now")
                .bind("hash", hash.hex())
                .bind("now", now)
                .mapTo(String.class)
                .findOne()
                .map(UserId::new));
    }

    @Override
    public Optional<UserId> consume(TokenHash hash, Instant now) {
        return db.inTransaction(() -> findValid(hash, now).filter(userId -> db.withHandle(h -> h.createUpdate(
                        "DELETE FROM activation_token WHERE token_hash = :hash AND expires_at > :now")
                .bind("hash", hash.hex())
                .bind("now", now)
                .execute()) == 1));
    }

    @Override
    public void revokeAll(UserId userId) {
        db.withHandle(h -> h.createUpdate("DELETE FROM activation_token WHERE user_id = :userId")
                .bind("userId", userId.value())
                .execute());
    }

    /** A user has at most one token; oldest first all the same. */
    @Override
    public void export(UserId user, Consumer<ExportedItem> sink) {
        db.withHandle(h -> h.createQuery("SELECT issued_at, expires_at FROM activation_token WHERE user_id = :userId "
                        + "ORDER BY issued_at, token_hash")
                .bind("userId", user.value())
                .map((rs, ctx) -> ActivationTokens.exported(InstantColumns.read(rs, "issued_at"),
                        InstantColumns.read(rs, "expires_at")))
                .list())
                .forEach(sink);
    }

    @Override
    public int erase(UserId user, int limit) {
        return OF_USER.run(db, Map.of("userId", user.value()), limit);
    }

    @Override
    public int deleteExpired(Instant cutoff, int limit) {
        return EXPIRED.run(db, Map.of("cutoff", cutoff), limit);
    }
}
