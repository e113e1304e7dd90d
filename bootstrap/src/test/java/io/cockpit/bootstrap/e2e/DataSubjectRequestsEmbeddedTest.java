package io.cockpit.bootstrap.e2e;

class DataSubjectRequestsEmbeddedTest extends DataSubjectRequestsScenarios {

    @Override
    protected CockpitFixture.Mode mode() {
        return CockpitFixture.Mode.EMBEDDED;
    }
}
