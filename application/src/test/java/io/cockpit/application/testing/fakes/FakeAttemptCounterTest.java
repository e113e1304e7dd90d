package io.cockpit.application.testing.fakes;

import io.cockpit.application.port.out.protection.AttemptCounter;
import io.cockpit.application.port.out.protection.AttemptCounterContract;

class FakeAttemptCounterTest extends AttemptCounterContract {

    private final AttemptCounter counter = new FakeAttemptCounter();

    @Override
    protected AttemptCounter counter() {
        return counter;
    }
}
