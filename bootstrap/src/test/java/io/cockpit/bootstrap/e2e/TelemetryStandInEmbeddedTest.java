package io.cockpit.bootstrap.e2e;

class TelemetryStandInEmbeddedTest extends TelemetryStandInScenarios {

    @Override
    protected CockpitFixture.Mode mode() {
        return CockpitFixture.Mode.EMBEDDED;
    }
}
