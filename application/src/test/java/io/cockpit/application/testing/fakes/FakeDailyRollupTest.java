package io.cockpit.application.testing.fakes;

import io.cockpit.application.port.out.statistics.DailyRollup;
import io.cockpit.application.port.out.statistics.DailyRollupContract;
import io.cockpit.application.port.out.statistics.StatisticsStore;

class FakeDailyRollupTest extends DailyRollupContract {

    private final FakeDailyRollup rollup = new FakeDailyRollup();
    private final FakeStatisticsStore store = new FakeStatisticsStore();

    @Override
    protected DailyRollup rollup() {
        return rollup;
    }

    @Override
    protected StatisticsStore store() {
        return store;
    }
}
