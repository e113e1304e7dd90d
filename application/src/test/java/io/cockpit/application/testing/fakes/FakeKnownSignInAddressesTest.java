package io.cockpit.application.testing.fakes;

import io.cockpit.application.port.out.access.KnownSignInAddresses;
import io.cockpit.application.port.out.access.KnownSignInAddressesContract;

class FakeKnownSignInAddressesTest extends KnownSignInAddressesContract {

    private final KnownSignInAddresses addresses = new FakeKnownSignInAddresses(new FakeDatabase());

    @Override
    protected KnownSignInAddresses addresses() {
        return addresses;
    }
}
