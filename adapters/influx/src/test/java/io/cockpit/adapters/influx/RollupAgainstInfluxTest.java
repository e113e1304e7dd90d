package io.cockpit.adapters.influx;

import io.cockpit.application.port.out.statistics.DailyRollup;
import io.cockpit.application.port.out.statistics.DailyRollupContract;
import io.cockpit.application.port.out.statistics.StatisticsStore;
import io.cockpit.application.testing.NeedsRealServers;
import io.cockpit.application.testing.fakes.FakeDailyRollup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The DailyRollup contract with InfluxDB as the store it must agree with: the rollup's days of random points around
 * the daylight-saving changes are InfluxDB's days of the same points (the relational rollup runs the same contract
 * against the embedded table, JdbiDailyRollupTest).
 */
@NeedsRealServers
class RollupAgainstInfluxTest extends DailyRollupContract {

    private static ScratchInfluxDatabase database;
    private static InfluxStatisticsStore store;
    private final FakeDailyRollup rollup = new FakeDailyRollup();

    @BeforeAll
    static void open() {
        database = ScratchInfluxDatabase.open();
        store = database.store;
    }

    @AfterAll
    static void dropDatabase() {
        database.close();
    }

    @Override
    protected DailyRollup rollup() {
        return rollup;
    }

    @Override
    protected StatisticsStore store() {
        return store;
    }
}
