package io.cockpit.bootstrap.e2e;

class RetentionEmbeddedTest extends RetentionScenarios {

    @Override
    protected CockpitFixture.Mode mode() {
        return CockpitFixture.Mode.EMBEDDED;
    }
}
