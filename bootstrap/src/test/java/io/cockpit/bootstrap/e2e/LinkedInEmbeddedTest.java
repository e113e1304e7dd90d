package io.cockpit.bootstrap.e2e;

class LinkedInEmbeddedTest extends LinkedInScenarios {

    @Override
    protected CockpitFixture.Mode mode() {
        return CockpitFixture.Mode.EMBEDDED;
    }
}
