package io.cockpit.bootstrap.e2e;

class SettingsProductionTest extends SettingsScenarios {

    @Override
    protected CockpitFixture.Mode mode() {
        return CockpitFixture.Mode.PRODUCTION;
    }
}
