package io.cockpit.adapters.mysql;

import io.cockpit.adapters.mysql.account.JdbiTrackingIdRegistry;
import io.cockpit.application.port.out.account.TrackingIdRegistry;
import io.cockpit.application.port.out.account.TrackingIdRegistryContract;
import org.junit.jupiter.api.AfterEach;

/** The TrackingIdRegistry contract on H2 in MySQL mode. */
class H2TrackingIdRegistryTest extends TrackingIdRegistryContract {

    private final StoreUnderTest under = StoreUnderTest.h2();

    @Override
    protected TrackingIdRegistry registry() {
        return under.store().repository(JdbiTrackingIdRegistry::new);
    }

    @AfterEach
    void close() {
        under.close();
    }
}
