package io.cockpit.bootstrap.e2e;

class LegalHoldRaceEmbeddedTest extends LegalHoldRaceScenarios {

    @Override
    protected CockpitFixture.Mode mode() {
        return CockpitFixture.Mode.EMBEDDED;
    }
}
