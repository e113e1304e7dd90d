package io.cockpit.bootstrap.e2e;

class BruteForceEmbeddedTest extends BruteForceScenarios {

    @Override
    protected CockpitFixture.Mode mode() {
        return CockpitFixture.Mode.EMBEDDED;
    }
}
