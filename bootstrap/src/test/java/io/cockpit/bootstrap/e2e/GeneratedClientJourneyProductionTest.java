package io.cockpit.bootstrap.e2e;

class GeneratedClientJourneyProductionTest extends GeneratedClientJourneyScenarios {

    @Override
    protected CockpitFixture.Mode mode() {
        return CockpitFixture.Mode.PRODUCTION;
    }
}
