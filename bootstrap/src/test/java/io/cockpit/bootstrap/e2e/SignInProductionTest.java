package io.cockpit.bootstrap.e2e;

import io.cockpit.application.testing.NeedsRealServers;

@NeedsRealServers
class SignInProductionTest extends SignInScenarios {

    @Override
    protected CockpitFixture.Mode mode() {
        return CockpitFixture.Mode.PRODUCTION;
    }
}
