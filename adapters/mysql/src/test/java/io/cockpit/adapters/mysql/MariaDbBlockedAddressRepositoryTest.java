package io.cockpit.adapters.mysql;

import io.cockpit.application.port.out.BlockedAddressRepository;
import io.cockpit.application.port.out.BlockedAddressRepositoryContract;
import org.junit.jupiter.api.AfterEach;

/** The BlockedAddressRepository contract on the real MariaDB server. */
class MariaDbBlockedAddressRepositoryTest extends BlockedAddressRepositoryContract {

    private final StoreUnderTest under = StoreUnderTest.mariaDb();

    @Override
    protected BlockedAddressRepository blocked() {
        return under.store().blockedAddresses();
    }

    @AfterEach
    void close() {
        under.close();
    }
}
