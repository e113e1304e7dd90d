package io.cockpit.bootstrap.e2e;

class SessionLifetimeEmbeddedTest extends SessionLifetimeScenarios {

    @Override
    protected CockpitFixture.Mode mode() {
        return CockpitFixture.Mode.EMBEDDED;
    }
}
