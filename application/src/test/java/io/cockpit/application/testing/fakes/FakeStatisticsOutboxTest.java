package io.cockpit.application.testing.fakes;

import io.cockpit.application.port.out.statistics.StatisticsOutbox;
import io.cockpit.application.port.out.statistics.StatisticsOutboxContract;

class FakeStatisticsOutboxTest extends StatisticsOutboxContract {

    private final StatisticsOutbox outbox = new FakeStatisticsOutbox();

    @Override
    protected StatisticsOutbox outbox() {
        return outbox;
    }
}
