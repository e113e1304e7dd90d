package io.cockpit.application.testing.fakes;

import io.cockpit.application.port.out.account.TrackingIdRegistry;
import io.cockpit.application.port.out.shared.UniquenessViolation;
import io.cockpit.domain.account.TrackingId;

import java.time.Instant;
import java.util.List;

public final class FakeTrackingIdRegistry implements TrackingIdRegistry {

    private record Issued(TrackingId trackingId, Instant issuedAt) {
    }

    private final FakeTable<Issued> issued;

    public FakeTrackingIdRegistry(FakeDatabase database) {
        this.issued = database.table("tracking_id_registry", Issued::trackingId, List.of());
    }

    @Override
    public boolean register(TrackingId trackingId, Instant issuedAt) {
        try {
            issued.insert(new Issued(trackingId, StoredTime.of(issuedAt)));
            return true;
        } catch (UniquenessViolation taken) {
            return false;
        }
    }
}
