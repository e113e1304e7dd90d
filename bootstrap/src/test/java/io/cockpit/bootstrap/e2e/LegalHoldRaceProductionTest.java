package io.cockpit.bootstrap.e2e;

import io.cockpit.application.testing.NeedsRealServers;

@NeedsRealServers
class LegalHoldRaceProductionTest extends LegalHoldRaceScenarios {

    @Override
    protected CockpitFixture.Mode mode() {
        return CockpitFixture.Mode.PRODUCTION;
    }
}
