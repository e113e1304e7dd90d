package io.cockpit.adapters.mysql;

import io.cockpit.application.port.out.TrackingIdRegistry;
import io.cockpit.application.port.out.TrackingIdRegistryContract;
import org.junit.jupiter.api.AfterEach;

/** The TrackingIdRegistry contract on the real MariaDB server. */
class MariaDbTrackingIdRegistryTest extends TrackingIdRegistryContract {

    private final StoreUnderTest under = StoreUnderTest.mariaDb();

    @Override
    protected TrackingIdRegistry registry() {
        return under.store().trackingIdRegistry();
    }

    @AfterEach
    void close() {
        under.close();
    }
}
