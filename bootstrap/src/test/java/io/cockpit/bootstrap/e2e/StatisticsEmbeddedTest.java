package io.cockpit.bootstrap.e2e;

import io.cockpit.adapters.mysql.RelationalStore;

class StatisticsEmbeddedTest extends StatisticsScenarios {

    @Override
    protected CockpitFixture.Mode mode() {
        return CockpitFixture.Mode.EMBEDDED;
    }

    @Override
    long pointsOf(String statisticsId) {
        try (RelationalStore store = cockpit.openStore()) {
            return store.transactions().withHandle(h -> h.createQuery(
                            "SELECT COUNT(*) FROM statistics_point WHERE statistics_id = :sid")
                    .bind("sid", statisticsId).mapTo(Long.class).one());
        }
    }
}
