package io.cockpit.application.testing.fakes;

import io.cockpit.application.port.out.protection.BlockedAddressRepository;
import io.cockpit.application.port.out.protection.BlockedAddressRepositoryContract;

class FakeBlockedAddressRepositoryTest extends BlockedAddressRepositoryContract {

    private final BlockedAddressRepository blocked = new FakeBlockedAddressRepository(new FakeDatabase());

    @Override
    protected BlockedAddressRepository blocked() {
        return blocked;
    }
}
