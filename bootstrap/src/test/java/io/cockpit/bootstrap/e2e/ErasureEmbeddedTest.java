package io.cockpit.bootstrap.e2e;

class ErasureEmbeddedTest extends ErasureScenarios {

    @Override
    protected CockpitFixture.Mode mode() {
        return CockpitFixture.Mode.EMBEDDED;
    }
}
