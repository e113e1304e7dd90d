package io.cockpit.bootstrap.e2e;

class PrivacySwitchesEmbeddedTest extends PrivacySwitchesScenarios {

    @Override
    protected CockpitFixture.Mode mode() {
        return CockpitFixture.Mode.EMBEDDED;
    }
}
