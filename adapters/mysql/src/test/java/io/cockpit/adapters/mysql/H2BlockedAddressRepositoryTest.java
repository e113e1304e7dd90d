package io.cockpit.adapters.mysql;

import io.cockpit.application.port.out.BlockedAddressRepository;
import io.cockpit.application.port.out.BlockedAddressRepositoryContract;
import org.junit.jupiter.api.AfterEach;

/** The BlockedAddressRepository contract on H2 in MySQL mode. */
class H2BlockedAddressRepositoryTest extends BlockedAddressRepositoryContract {

    private final StoreUnderTest under = StoreUnderTest.h2();

    @Override
    protected BlockedAddressRepository blocked() {
        return under.store().blockedAddresses();
    }

    @AfterEach
    void close() {
        under.close();
    }
}
