package io.cockpit.bootstrap.e2e;

class OperationsEmbeddedTest extends OperationsScenarios {

    @Override
    protected CockpitFixture.Mode mode() {
        return CockpitFixture.Mode.EMBEDDED;
    }
}
