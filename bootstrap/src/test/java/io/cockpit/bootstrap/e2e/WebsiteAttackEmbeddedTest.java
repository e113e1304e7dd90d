package io.cockpit.bootstrap.e2e;

class WebsiteAttackEmbeddedTest extends WebsiteAttackScenarios {

    @Override
    protected CockpitFixture.Mode mode() {
        return CockpitFixture.Mode.EMBEDDED;
    }
}
