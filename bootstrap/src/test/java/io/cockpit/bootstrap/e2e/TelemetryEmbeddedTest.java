package io.cockpit.bootstrap.e2e;

class TelemetryEmbeddedTest extends TelemetryScenarios {

    @Override
    protected CockpitFixture.Mode mode() {
        return CockpitFixture.Mode.EMBEDDED;
    }
}
