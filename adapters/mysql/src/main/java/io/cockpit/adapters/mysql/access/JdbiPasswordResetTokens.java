package io.cockpit.adapters.mysql.access;

import io.cockpit.adapters.mysql.JdbiTransactions;
import io.cockpit.application.port.out.access.PasswordResetTokens;
import io.cockpit.domain.access.TokenHash;
import io.cockpit.domain.account.UserId;

import java.time.Instant;
import java.util.Optional;

public final class JdbiPasswordResetTokens implements PasswordResetTokens {

    private final JdbiTransactions db;

    public JdbiPasswordResetTokens(JdbiTransactions db) {
        this.db = db;
    }

    @Override
    public void replace(UserId userId, TokenHash hash, Instant expiresAt, Instant issuedAt) {
        db.inTransaction(() -> db.withHandle(h -> {
            h.createUpdate("DELETE FROM password_reset_token WHERE user_id = :userId")
                    .bind("userId", userId.value())
                    .execute();
            return h.createUpdate("INSERT INTO password_reset_token (token_hash, user_id, issued_at, expires_at) "
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
                        "SELECT user_id FROM password_reset_token WHERE token_hash = :hash AND expires_at > :now")
                .bind("hash", hash.hex())
                .bind("now", now)
                .mapTo(String.class)
                .findOne()
                .map(UserId::new));
    }

    @Override
    public Optional<UserId> consume(TokenHash hash, Instant now) {
        return db.inTransaction(() -> findValid(hash, now).filter(userId -> db.withHandle(h -> h.createUpdate(
                        "DELETE FROM password_reset_token WHERE token_hash = :hash AND expires_at > :now")
                .bind("hash", hash.hex())
                .bind("now", now)
                .execute()) == 1));
    }

    @Override
    public void revokeAll(UserId userId) {
        db.withHandle(h -> h.createUpdate("DELETE FROM password_reset_token WHERE user_id = :userId")
                .bind("userId", userId.value())
                .execute());
    }
}
