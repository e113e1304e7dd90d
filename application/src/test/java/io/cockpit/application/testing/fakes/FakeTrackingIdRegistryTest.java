package io.cockpit.application.testing.fakes;

import io.cockpit.application.port.out.account.TrackingIdRegistry;
import io.cockpit.application.port.out.account.TrackingIdRegistryContract;

class FakeTrackingIdRegistryTest extends TrackingIdRegistryContract {

    private final TrackingIdRegistry registry = new FakeTrackingIdRegistry(new FakeDatabase());

    @Override
    protected TrackingIdRegistry registry() {
        return registry;
    }
}
