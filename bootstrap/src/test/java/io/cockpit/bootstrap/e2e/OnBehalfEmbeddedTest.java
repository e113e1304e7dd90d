package io.cockpit.bootstrap.e2e;

class OnBehalfEmbeddedTest extends OnBehalfScenarios {

    @Override
    protected CockpitFixture.Mode mode() {
        return CockpitFixture.Mode.EMBEDDED;
    }
}
