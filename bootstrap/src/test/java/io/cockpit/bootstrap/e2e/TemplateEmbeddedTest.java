package io.cockpit.bootstrap.e2e;

class TemplateEmbeddedTest extends TemplateScenarios {

    @Override
    protected CockpitFixture.Mode mode() {
        return CockpitFixture.Mode.EMBEDDED;
    }
}
