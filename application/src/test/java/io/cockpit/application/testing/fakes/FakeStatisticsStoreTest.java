package io.cockpit.application.testing.fakes;

import io.cockpit.application.port.out.statistics.StatisticsStore;
import io.cockpit.application.port.out.statistics.StatisticsStoreContract;

class FakeStatisticsStoreTest extends StatisticsStoreContract {

    private final StatisticsStore store = new FakeStatisticsStore();

    @Override
    protected StatisticsStore store() {
        return store;
    }
}
