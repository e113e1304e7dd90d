package io.cockpit.bootstrap.e2e;

class RecommendationEmbeddedTest extends RecommendationScenarios {

    @Override
    protected CockpitFixture.Mode mode() {
        return CockpitFixture.Mode.EMBEDDED;
    }
}
