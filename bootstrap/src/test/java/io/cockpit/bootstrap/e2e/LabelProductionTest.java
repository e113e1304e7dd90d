package io.cockpit.bootstrap.e2e;

class LabelProductionTest extends LabelScenarios {

    @Override
    protected CockpitFixture.Mode mode() {
        return CockpitFixture.Mode.PRODUCTION;
    }
}
