package io.cockpit.adapters.mysql.access;

import io.cockpit.adapters.mysql.BatchDelete;
import io.cockpit.adapters.mysql.InstantColumns;
import io.cockpit.adapters.mysql.JdbiTransactions;
import io.cockpit.application.port.out.register.ExportedItem;
import io.cockpit.domain.access.TokenHash;
import io.cockpit.domain.account.UserId;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * A table of one-time tokens by hash (activation and password reset keep the same columns): at most one token per
 * user, consumed once, exported without the hash, erased per user and deleted when expired.
 */
abstract class JdbiOneTimeTokenTable {

    private final JdbiTransactions db;
    private final String table;
    private final BiFunction<Instant, Instant, ExportedItem> exported;
    private final BatchDelete ofUser;
    private final BatchDelete expired;

    /** @param exported the port's export item of a token's issue and expiry times */
    JdbiOneTimeTokenTable(JdbiTransactions db, String table, BiFunction<Instant, Instant, ExportedItem> exported) {
        this.db = db;
        this.table = table;
        this.exported = exported;
        this.ofUser = BatchDelete.byKey(table, "token_hash", "user_id = :userId", "token_hash");
        this.expired = BatchDelete.byKey(table, "token_hash", "expires_at < :cutoff", "expires_at, token_hash");
    }

    public void replace(UserId userId, TokenHash hash, Instant expiresAt, Instant issuedAt) {
        db.inTransaction(() -> db.withHandle(h -> {
            h.createUpdate("DELETE FROM " + table + " WHERE user_id = :userId")
                    .bind("userId", userId.value())
                    .execute();
            return h.createUpdate("INSERT INTO " + table + " (token_hash, user_id, issued_at, expires_at) "
                            + "VALUES (:hash, :userId, :issuedAt, :expiresAt)")
                    .bind("hash", hash.hex())
                    .bind("userId", userId.value())
                    .bind("issuedAt", issuedAt)
                    .bind("expiresAt", expiresAt)
                    .execute();
        }));
    }

    public Optional<UserId> findValid(TokenHash hash, Instant now) {
        return db.withHandle(h -> h.createQuery(
                        "SELECT user_id FROM " + table + " WHERE token_hash = :hash AND expires_at > :now")
                .bind("hash", hash.hex())
                .bind("now", now)
                .mapTo(String.class)
                .findOne()
                .map(UserId::new));
    }

    public Optional<UserId> consume(TokenHash hash, Instant now) {
        return db.inTransaction(() -> findValid(hash, now).filter(userId -> db.withHandle(h -> h.createUpdate(
                        "DELETE FROM " + table + " WHERE token_hash = :hash AND expires_at > :now")
                .bind("hash", hash.hex())
                .bind("now", now)
                .execute()) == 1));
    }

    public void revokeAll(UserId userId) {
        db.withHandle(h -> h.createUpdate("DELETE FROM " + table + " WHERE user_id = :userId")
                .bind("userId", userId.value())
                .execute());
    }

    /** A user has at most one token; oldest first all the same. */
    public void export(UserId user, Consumer<ExportedItem> sink) {
        db.withHandle(h -> h.createQuery("SELECT issued_at, expires_at FROM " + table + " WHERE user_id = :userId "
                        + "ORDER BY issued_at, token_hash")
                .bind("userId", user.value())
                .map((rs, ctx) -> exported.apply(InstantColumns.read(rs, "issued_at"),
                        InstantColumns.read(rs, "expires_at")))
                .list())
                .forEach(sink);
    }

    public int erase(UserId user, int limit) {
        return ofUser.run(db, Map.of("userId", user.value()), limit);
    }

    public int deleteExpired(Instant cutoff, int limit) {
        return expired.run(db, Map.of("cutoff", cutoff), limit);
    }
}
