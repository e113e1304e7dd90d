package io.cockpit.bootstrap.e2e;

class WebsiteDataEmbeddedTest extends WebsiteDataScenarios {

    @Override
    protected CockpitFixture.Mode mode() {
        return CockpitFixture.Mode.EMBEDDED;
    }
}
