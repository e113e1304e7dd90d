package io.cockpit.adapters.mysql.access;

import io.cockpit.adapters.mysql.JdbiTransactions;
import io.cockpit.application.port.out.access.KnownSignInAddresses;
import io.cockpit.domain.account.UserId;

import java.time.Instant;

public final class JdbiKnownSignInAddresses implements KnownSignInAddresses {

    private final JdbiTransactions db;

    public JdbiKnownSignInAddresses(JdbiTransactions db) {
        this.db = db;
    }

    @Override
    public boolean isKnown(UserId userId, String addressHash) {
        return db.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM known_sign_in_address "
                        + "WHERE user_id = :userId AND address_hash = :hash")
                .bind("userId", userId.value())
                .bind("hash", addressHash)
                .mapTo(Long.class)
                .one()) > 0;
    }

    @Override
    public void remember(UserId userId, String addressHash, Instant signedInAt) {
        db.inTransaction(() -> db.withHandle(h -> {
            int updated = h.createUpdate("UPDATE known_sign_in_address SET last_sign_in_at = :at "
                            + "WHERE user_id = :userId AND address_hash = :hash")
                    .bind("userId", userId.value()).bind("hash", addressHash).bind("at", signedInAt)
                    .execute();
            return updated == 1 ? updated : h.createUpdate("INSERT INTO known_sign_in_address "
                            + "(user_id, address_hash, last_sign_in_at) VALUES (:userId, :hash, :at)")
                    .bind("userId", userId.value()).bind("hash", addressHash).bind("at", signedInAt)
                    .execute();
        }));
    }
}
