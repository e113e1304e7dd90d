package io.cockpit.bootstrap.e2e;

class LabelEmbeddedTest extends LabelScenarios {

    @Override
    protected CockpitFixture.Mode mode() {
        return CockpitFixture.Mode.EMBEDDED;
    }
}
