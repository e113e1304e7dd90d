package io.cockpit.bootstrap.e2e;

class OperatorEmbeddedTest extends OperatorScenarios {

    @Override
    protected CockpitFixture.Mode mode() {
        return CockpitFixture.Mode.EMBEDDED;
    }
}
