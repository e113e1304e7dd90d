package io.cockpit.bootstrap.e2e;

class ApplicationEmbeddedTest extends ApplicationScenarios {

    @Override
    protected CockpitFixture.Mode mode() {
        return CockpitFixture.Mode.EMBEDDED;
    }
}
