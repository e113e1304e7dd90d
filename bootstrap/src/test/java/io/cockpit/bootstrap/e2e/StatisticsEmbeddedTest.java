package io.cockpit.bootstrap.e2e;

class StatisticsEmbeddedTest extends StatisticsScenarios {

    @Override
    protected CockpitFixture.Mode mode() {
        return CockpitFixture.Mode.EMBEDDED;
    }
}
