package io.cockpit.bootstrap.e2e;

class OperationsProductionTest extends OperationsScenarios {

    @Override
    protected CockpitFixture.Mode mode() {
        return CockpitFixture.Mode.PRODUCTION;
    }
}
