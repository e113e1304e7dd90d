package io.cockpit.application.testing.fakes;

import io.cockpit.application.port.out.access.PasswordHasher;
import io.cockpit.application.port.out.access.PasswordHasherContract;

class FakePasswordHasherTest extends PasswordHasherContract {

    @Override
    protected PasswordHasher hasher() {
        return new FakePasswordHasher(1);
    }

    @Override
    protected PasswordHasher hasherWithOtherParameters() {
        return new FakePasswordHasher(2);
    }
}
