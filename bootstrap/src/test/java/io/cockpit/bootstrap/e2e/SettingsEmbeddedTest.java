package io.cockpit.bootstrap.e2e;

class SettingsEmbeddedTest extends SettingsScenarios {

    @Override
    protected CockpitFixture.Mode mode() {
        return CockpitFixture.Mode.EMBEDDED;
    }
}
