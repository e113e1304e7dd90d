package io.cockpit.bootstrap.e2e;

class RegisterCoverageEmbeddedTest extends RegisterCoverageScenarios {

    @Override
    protected CockpitFixture.Mode mode() {
        return CockpitFixture.Mode.EMBEDDED;
    }
}
