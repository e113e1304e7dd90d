package io.cockpit.bootstrap.e2e;

class TemplateProductionTest extends TemplateScenarios {

    @Override
    protected CockpitFixture.Mode mode() {
        return CockpitFixture.Mode.PRODUCTION;
    }
}
