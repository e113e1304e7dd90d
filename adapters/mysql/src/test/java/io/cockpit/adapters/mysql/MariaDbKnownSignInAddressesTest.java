package io.cockpit.adapters.mysql;

import io.cockpit.application.port.out.KnownSignInAddresses;
import io.cockpit.application.port.out.KnownSignInAddressesContract;
import org.junit.jupiter.api.AfterEach;

/** The KnownSignInAddresses contract on the real MariaDB server. */
class MariaDbKnownSignInAddressesTest extends KnownSignInAddressesContract {

    private final StoreUnderTest under = StoreUnderTest.mariaDb();

    @Override
    protected KnownSignInAddresses addresses() {
        return under.store().knownSignInAddresses();
    }

    @AfterEach
    void close() {
        under.close();
    }
}
