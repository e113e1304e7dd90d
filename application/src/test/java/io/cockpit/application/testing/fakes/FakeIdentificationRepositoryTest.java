package io.cockpit.application.testing.fakes;

import io.cockpit.application.port.out.telemetry.IdentificationRepository;
import io.cockpit.application.port.out.telemetry.IdentificationRepositoryContract;

class FakeIdentificationRepositoryTest extends IdentificationRepositoryContract {

    private final FakeIdentificationRepository store = new FakeIdentificationRepository(new FakeDatabase());

    @Override
    protected IdentificationRepository identifications() {
        return store;
    }
}
