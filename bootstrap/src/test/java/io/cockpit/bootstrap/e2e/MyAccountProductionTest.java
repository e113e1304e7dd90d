package io.cockpit.bootstrap.e2e;

class MyAccountProductionTest extends MyAccountScenarios {

    @Override
    protected CockpitFixture.Mode mode() {
        return CockpitFixture.Mode.PRODUCTION;
    }
}
