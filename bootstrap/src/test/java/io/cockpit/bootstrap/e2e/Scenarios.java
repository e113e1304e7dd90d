package io.cockpit.bootstrap.e2e;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;

/**
 * A set of end-to-end scenarios; a subclass per mode runs them against that mode's shared server, or a
 * {@link TimeTravel} scenario against a server of its own.
 */
abstract class Scenarios {

    CockpitFixture cockpit;

    protected abstract CockpitFixture.Mode mode();

    @BeforeEach
    void connect(TestInfo test) {
        boolean travels = test.getTestMethod().map(method -> method.isAnnotationPresent(TimeTravel.class)).orElse(false);
        cockpit = travels ? CockpitFixture.startOwn(mode()) : CockpitFixture.get(mode());
    }

    @AfterEach
    void disconnect() {
        cockpit.close();
    }
}
