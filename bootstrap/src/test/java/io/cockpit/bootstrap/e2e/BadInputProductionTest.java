package io.cockpit.bootstrap.e2e;

class BadInputProductionTest extends BadInputScenarios {

    @Override
    protected CockpitFixture.Mode mode() {
        return CockpitFixture.Mode.PRODUCTION;
    }
}
