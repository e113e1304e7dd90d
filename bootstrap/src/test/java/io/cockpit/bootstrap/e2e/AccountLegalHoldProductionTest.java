package io.cockpit.bootstrap.e2e;

import io.cockpit.application.testing.NeedsRealServers;

@NeedsRealServers
class AccountLegalHoldProductionTest extends AccountLegalHoldScenarios {

    @Override
    protected CockpitFixture.Mode mode() {
        return CockpitFixture.Mode.PRODUCTION;
    }
}
