package io.cockpit.bootstrap.e2e;

class GeneratedClientJourneyEmbeddedTest extends GeneratedClientJourneyScenarios {

    @Override
    protected CockpitFixture.Mode mode() {
        return CockpitFixture.Mode.EMBEDDED;
    }
}
