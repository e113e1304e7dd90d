package io.cockpit.adapters.mysql;

import io.cockpit.adapters.mysql.account.JdbiTrackingIdRegistry;
import io.cockpit.application.port.out.account.TrackingIdRegistry;
import io.cockpit.application.port.out.account.TrackingIdRegistryContract;
import org.junit.jupiter.api.AfterEach;

/** The TrackingIdRegistry contract on the real MariaDB server. */
class MariaDbTrackingIdRegistryTest extends TrackingIdRegistryContract {

    private final StoreUnderTest under = StoreUnderTest.mariaDb();

    @Override
    protected TrackingIdRegistry registry() {
        return under.store().repository(JdbiTrackingIdRegistry::new);
    }

    @AfterEach
    void close() {
        under.close();
    }
}
