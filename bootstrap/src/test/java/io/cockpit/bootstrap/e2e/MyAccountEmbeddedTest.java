package io.cockpit.bootstrap.e2e;

class MyAccountEmbeddedTest extends MyAccountScenarios {

    @Override
    protected CockpitFixture.Mode mode() {
        return CockpitFixture.Mode.EMBEDDED;
    }
}
