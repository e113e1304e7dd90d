package io.cockpit.bootstrap.e2e;

class ProcessingActivitiesEmbeddedTest extends ProcessingActivitiesScenarios {

    @Override
    protected CockpitFixture.Mode mode() {
        return CockpitFixture.Mode.EMBEDDED;
    }
}
