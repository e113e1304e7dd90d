package io.cockpit.adapters.mysql;

import io.cockpit.adapters.mysql.protection.JdbiBlockedAddressRepository;
import io.cockpit.application.port.out.protection.BlockedAddressRepository;
import io.cockpit.application.port.out.protection.BlockedAddressRepositoryContract;
import org.junit.jupiter.api.AfterEach;

/** The BlockedAddressRepository contract on H2 in MySQL mode. */
class H2BlockedAddressRepositoryTest extends BlockedAddressRepositoryContract {

    private final StoreUnderTest under = StoreUnderTest.h2();

    @Override
    protected BlockedAddressRepository blocked() {
        return under.store().repository(JdbiBlockedAddressRepository::new);
    }

    @AfterEach
    void close() {
        under.close();
    }
}
