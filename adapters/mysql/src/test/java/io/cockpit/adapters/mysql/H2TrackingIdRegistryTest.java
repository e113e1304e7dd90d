package io.cockpit.adapters.mysql;

import io.cockpit.application.port.out.TrackingIdRegistry;
import io.cockpit.application.port.out.TrackingIdRegistryContract;
import org.junit.jupiter.api.AfterEach;

/** The TrackingIdRegistry contract on H2 in MySQL mode. */
class H2TrackingIdRegistryTest extends TrackingIdRegistryContract {

    private final StoreUnderTest under = StoreUnderTest.h2();

    @Override
    protected TrackingIdRegistry registry() {
        return under.store().trackingIdRegistry();
    }

    @AfterEach
    void close() {
        under.close();
    }
}
