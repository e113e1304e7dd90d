package io.cockpit.application.testing.fakes;

import io.cockpit.application.port.out.privacy.RestrictionRepository;
import io.cockpit.application.port.out.privacy.RestrictionRepositoryContract;

class FakeRestrictionRepositoryTest extends RestrictionRepositoryContract {

    private final RestrictionRepository restrictions = new FakeRestrictionRepository(new FakeDatabase());

    @Override
    protected RestrictionRepository restrictions() {
        return restrictions;
    }
}
