package io.cockpit.adapters.mysql;

import io.cockpit.application.port.out.KnownSignInAddresses;
import io.cockpit.application.port.out.KnownSignInAddressesContract;
import org.junit.jupiter.api.AfterEach;

/** The KnownSignInAddresses contract on H2 in MySQL mode. */
class H2KnownSignInAddressesTest extends KnownSignInAddressesContract {

    private final StoreUnderTest under = StoreUnderTest.h2();

    @Override
    protected KnownSignInAddresses addresses() {
        return under.store().knownSignInAddresses();
    }

    @AfterEach
    void close() {
        under.close();
    }
}
