package io.cockpit.bootstrap.e2e;

import io.cockpit.application.testing.NeedsRealServers;

@NeedsRealServers
class ErasureRaceProductionTest extends ErasureRaceScenarios {

    @Override
    protected CockpitFixture.Mode mode() {
        return CockpitFixture.Mode.PRODUCTION;
    }
}
