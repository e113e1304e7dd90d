package io.cockpit.bootstrap.e2e;

class OperatorProductionTest extends OperatorScenarios {

    @Override
    protected CockpitFixture.Mode mode() {
        return CockpitFixture.Mode.PRODUCTION;
    }
}
