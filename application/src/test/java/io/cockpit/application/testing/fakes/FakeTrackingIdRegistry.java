package io.cockpit.application.testing.fakes;

import io.cockpit.application.port.out.account.TrackingIdHash;
import io.cockpit.application.port.out.account.TrackingIdRegistry;
import io.cockpit.application.port.out.shared.UniquenessViolation;

import java.time.Instant;
import java.util.List;

public final class FakeTrackingIdRegistry implements TrackingIdRegistry {

    private record Issued(TrackingIdHash hash, Instant issuedAt) {
    }

    private final FakeTable<Issued> issued;

    public FakeTrackingIdRegistry(FakeDatabase database) {
        this.issued = database.table("issued_tracking_id", Issued::hash, List.of());
    }

    @Override
    public boolean register(TrackingIdHash hash, Instant issuedAt) {
        try {
            issued.insert(new Issued(hash, StoredTime.of(issuedAt)));
            return true;
        } catch (UniquenessViolation taken) {
            return false;
        }
    }

    @Override
    public boolean isRegistered(TrackingIdHash hash) {
        return issued.find(hash).isPresent();
    }
}
