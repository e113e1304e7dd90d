package io.cockpit.bootstrap.e2e;

class ErasureRaceEmbeddedTest extends ErasureRaceScenarios {

    @Override
    protected CockpitFixture.Mode mode() {
        return CockpitFixture.Mode.EMBEDDED;
    }
}
