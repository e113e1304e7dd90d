package io.cockpit.adapters.mysql.account;

import io.cockpit.adapters.mysql.JdbiTransactions;
import io.cockpit.adapters.mysql.UniqueKeys;
import io.cockpit.application.port.out.account.TrackingIdHash;
import io.cockpit.application.port.out.account.TrackingIdRegistry;
import io.cockpit.application.port.out.shared.UniquenessViolation;

import java.time.Instant;
import java.util.Map;

/** {@code issued_tracking_id}: the keyed hash of every Tracking-ID ever issued, as its primary key. */
public final class JdbiTrackingIdRegistry implements TrackingIdRegistry {

    private final JdbiTransactions db;

    public JdbiTrackingIdRegistry(JdbiTransactions db) {
        this.db = db;
    }

    @Override
    public boolean register(TrackingIdHash hash, Instant issuedAt) {
        // a plain INSERT: INSERT IGNORE would also swallow errors other than the duplicate
        try {
            UniqueKeys.translate(Map.of(), () -> db.withHandle(h -> h.createUpdate(
                            "INSERT INTO issued_tracking_id (tracking_id_hash, issued_at) VALUES (:hash, :issuedAt)")
                    .bind("hash", hash.hex())
                    .bind("issuedAt", issuedAt)
                    .execute()));
            return true;
        } catch (UniquenessViolation taken) {
            return false;
        }
    }

    @Override
    public boolean isRegistered(TrackingIdHash hash) {
        return db.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM issued_tracking_id WHERE tracking_id_hash = :hash")
                .bind("hash", hash.hex())
                .mapTo(Long.class)
                .one()) > 0;
    }
}
