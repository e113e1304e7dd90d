package io.cockpit.bootstrap.e2e;

import org.junit.jupiter.api.BeforeEach;

/** A set of end-to-end scenarios; a subclass per mode runs them against that mode's server. */
abstract class Scenarios {

    CockpitFixture cockpit;

    protected abstract CockpitFixture.Mode mode();

    @BeforeEach
    void connect() {
        cockpit = CockpitFixture.get(mode());
    }
}
