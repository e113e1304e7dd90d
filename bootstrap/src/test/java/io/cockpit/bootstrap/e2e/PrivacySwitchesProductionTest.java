package io.cockpit.bootstrap.e2e;

class PrivacySwitchesProductionTest extends PrivacySwitchesScenarios {

    @Override
    protected CockpitFixture.Mode mode() {
        return CockpitFixture.Mode.PRODUCTION;
    }
}
