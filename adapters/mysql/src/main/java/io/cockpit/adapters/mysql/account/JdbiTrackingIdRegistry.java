package io.cockpit.adapters.mysql.account;

import io.cockpit.adapters.mysql.JdbiTransactions;
import io.cockpit.adapters.mysql.UniqueKeys;
import io.cockpit.application.port.out.account.TrackingIdRegistry;
import io.cockpit.application.port.out.shared.UniquenessViolation;
import io.cockpit.domain.account.TrackingId;

import java.time.Instant;
import java.util.Map;

public final class JdbiTrackingIdRegistry implements TrackingIdRegistry {

    private final JdbiTransactions db;

    public JdbiTrackingIdRegistry(JdbiTransactions db) {
        this.db = db;
    }

    @Override
    public boolean register(TrackingId trackingId, Instant issuedAt) {
        // a plain INSERT: INSERT IGNORE would also swallow errors other than the duplicate
        try {
            UniqueKeys.translate(Map.of(), () -> db.withHandle(h -> h.createUpdate(
                            "INSERT INTO tracking_id_registry (tracking_id, issued_at) VALUES (:id, :issuedAt)")
                    .bind("id", trackingId.value())
                    .bind("issuedAt", issuedAt)
                    .execute()));
            return true;
        } catch (UniquenessViolation taken) {
            return false;
        }
    }
}
