package io.cockpit.bootstrap.e2e;

class BadInputEmbeddedTest extends BadInputScenarios {

    @Override
    protected CockpitFixture.Mode mode() {
        return CockpitFixture.Mode.EMBEDDED;
    }
}
