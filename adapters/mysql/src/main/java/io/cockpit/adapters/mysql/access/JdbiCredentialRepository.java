package io.cockpit.adapters.mysql.access;

import io.cockpit.adapters.mysql.InstantColumns;
import io.cockpit.adapters.mysql.JdbiTransactions;
import io.cockpit.adapters.mysql.UniqueKeys;
import io.cockpit.application.port.out.access.CredentialRepository;
import io.cockpit.application.port.out.register.ExportedItem;
import io.cockpit.application.port.out.shared.UniquenessViolation;
import io.cockpit.domain.access.PasswordHash;
import io.cockpit.domain.account.UserId;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** Conditional writes: an INSERT refused by the primary key, an UPDATE on the hash the caller checked. */
public final class JdbiCredentialRepository implements CredentialRepository {

    private final JdbiTransactions db;

    public JdbiCredentialRepository(JdbiTransactions db) {
        this.db = db;
    }

    @Override
    public Optional<PasswordHash> find(UserId userId) {
        return db.withHandle(h -> h.createQuery("SELECT password_hash FROM credential WHERE user_id = :userId")
                .bind("userId", userId.value())
                .mapTo(String.class)
                .findOne()
                .map(PasswordHash::new));
    }

    @Override
    public boolean create(UserId userId, PasswordHash hash, Instant changedAt) {
        try {
            UniqueKeys.translate(Map.of(), () -> db.withHandle(h -> h.createUpdate(
                            "INSERT INTO credential (user_id, password_hash, changed_at) VALUES (:userId, :hash, :at)")
                    .bind("userId", userId.value()).bind("hash", hash.encoded()).bind("at", changedAt)
                    .execute()));
            return true;
        } catch (UniquenessViolation exists) {
            return false;
        }
    }

    @Override
    public boolean replace(UserId userId, PasswordHash expected, PasswordHash replacement, Instant changedAt) {
        return db.withHandle(h -> h.createUpdate("UPDATE credential SET password_hash = :replacement, changed_at = :at "
                        + "WHERE user_id = :userId AND password_hash = :expected")
                .bind("userId", userId.value()).bind("expected", expected.encoded())
                .bind("replacement", replacement.encoded()).bind("at", changedAt)
                .execute()) == 1;
    }

    @Override
    public void export(UserId user, Consumer<ExportedItem> sink) {
        db.withHandle(h -> h.createQuery("SELECT changed_at FROM credential WHERE user_id = :userId")
                .bind("userId", user.value())
                .map((rs, ctx) -> CredentialRepository.exported(InstantColumns.read(rs, "changed_at")))
                .findOne())
                .ifPresent(sink);
    }

    @Override
    public int erase(UserId user, int limit) {
        return db.withHandle(h -> h.createUpdate("DELETE FROM credential WHERE user_id = :userId")
                .bind("userId", user.value())
                .execute());
    }
}
