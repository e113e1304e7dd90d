package io.cockpit.adapters.mysql;

import io.cockpit.adapters.mysql.access.JdbiKnownSignInAddresses;
import io.cockpit.application.port.out.access.KnownSignInAddresses;
import io.cockpit.application.port.out.access.KnownSignInAddressesContract;
import org.junit.jupiter.api.AfterEach;

/** The KnownSignInAddresses contract on the real MariaDB server. */
class MariaDbKnownSignInAddressesTest extends KnownSignInAddressesContract {

    private final StoreUnderTest under = StoreUnderTest.mariaDb();

    @Override
    protected KnownSignInAddresses addresses() {
        return under.store().repository(JdbiKnownSignInAddresses::new);
    }

    @AfterEach
    void close() {
        under.close();
    }
}
