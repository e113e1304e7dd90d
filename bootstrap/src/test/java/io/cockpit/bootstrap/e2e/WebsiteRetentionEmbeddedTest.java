package io.cockpit.bootstrap.e2e;

class WebsiteRetentionEmbeddedTest extends WebsiteRetentionScenarios {

    @Override
    protected CockpitFixture.Mode mode() {
        return CockpitFixture.Mode.EMBEDDED;
    }
}
