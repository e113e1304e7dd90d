package io.cockpit.adapters.mysql.access;

import io.cockpit.adapters.mysql.JdbiTransactions;
import io.cockpit.application.port.out.access.CredentialRepository;
import io.cockpit.domain.access.PasswordHash;
import io.cockpit.domain.account.UserId;

import java.time.Instant;
import java.util.Optional;

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
    public void save(UserId userId, PasswordHash hash, Instant changedAt) {
        db.inTransaction(() -> db.withHandle(h -> {
            int updated = h.createUpdate("UPDATE credential SET password_hash = :hash, changed_at = :at "
                            + "WHERE user_id = :userId")
                    .bind("userId", userId.value()).bind("hash", hash.encoded()).bind("at", changedAt)
                    .execute();
            return updated == 1 ? updated : h.createUpdate("INSERT INTO credential (user_id, password_hash, changed_at) "
                            + "VALUES (:userId, :hash, :at)")
                    .bind("userId", userId.value()).bind("hash", hash.encoded()).bind("at", changedAt)
                    .execute();
        }));
    }
}
