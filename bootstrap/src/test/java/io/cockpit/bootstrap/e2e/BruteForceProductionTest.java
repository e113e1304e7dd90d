package io.cockpit.bootstrap.e2e;

class BruteForceProductionTest extends BruteForceScenarios {

    @Override
    protected CockpitFixture.Mode mode() {
        return CockpitFixture.Mode.PRODUCTION;
    }
}
