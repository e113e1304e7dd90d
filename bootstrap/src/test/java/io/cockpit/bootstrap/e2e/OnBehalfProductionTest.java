package io.cockpit.bootstrap.e2e;

import io.cockpit.application.testing.NeedsRealServers;

@NeedsRealServers
class OnBehalfProductionTest extends OnBehalfScenarios {

    @Override
    protected CockpitFixture.Mode mode() {
        return CockpitFixture.Mode.PRODUCTION;
    }
}
