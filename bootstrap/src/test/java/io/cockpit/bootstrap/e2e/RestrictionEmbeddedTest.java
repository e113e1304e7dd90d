package io.cockpit.bootstrap.e2e;

class RestrictionEmbeddedTest extends RestrictionScenarios {

    @Override
    protected CockpitFixture.Mode mode() {
        return CockpitFixture.Mode.EMBEDDED;
    }
}
