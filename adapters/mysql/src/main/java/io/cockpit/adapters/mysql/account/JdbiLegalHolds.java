package io.cockpit.adapters.mysql.account;

import io.cockpit.adapters.mysql.InstantColumns;
import io.cockpit.adapters.mysql.JdbiTransactions;
import io.cockpit.application.port.out.account.LegalHolds;
import io.cockpit.application.port.out.register.ExportedItem;
import io.cockpit.domain.account.LegalHold;
import io.cockpit.domain.account.UserId;

import java.util.Optional;
import java.util.function.Consumer;

/** {@code legal_hold}: one row per held account. */
public final class JdbiLegalHolds implements LegalHolds {

    private final JdbiTransactions db;

    public JdbiLegalHolds(JdbiTransactions db) {
        this.db = db;
    }

    /**
     * One upsert, so that puts at once (or a put while another lifts the hold) never insert the row twice: the key
     * decides, the later put's reason and time stay.
     */
    @Override
    public void put(LegalHold hold) {
        db.withHandle(h -> h.createUpdate("INSERT INTO legal_hold (user_id, hold_reason, since) "
                        + "VALUES (:userId, :reason, :since) "
                        + "ON DUPLICATE KEY UPDATE hold_reason = VALUES(hold_reason), since = VALUES(since)")
                .bind("userId", hold.userId().value()).bind("reason", hold.reason()).bind("since", hold.since())
                .execute());
    }

    @Override
    public boolean remove(UserId userId) {
        return db.withHandle(h -> h.createUpdate("DELETE FROM legal_hold WHERE user_id = :userId")
                .bind("userId", userId.value()).execute()) > 0;
    }

    @Override
    public Optional<LegalHold> find(UserId userId) {
        return db.withHandle(h -> h.createQuery("SELECT hold_reason, since FROM legal_hold WHERE user_id = :userId")
                .bind("userId", userId.value())
                .map((rs, ctx) -> new LegalHold(userId, rs.getString("hold_reason"), InstantColumns.read(rs, "since")))
                .findOne());
    }

    @Override
    public void export(UserId user, Consumer<ExportedItem> sink) {
        find(user).map(LegalHolds::exported).ifPresent(sink);
    }

    @Override
    public int erase(UserId user, int limit) {
        return remove(user) ? 1 : 0;
    }
}
