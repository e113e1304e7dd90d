package io.cockpit.bootstrap.capability;

import io.cockpit.adapters.http.operations.ReadinessCheck;
import io.cockpit.adapters.http.operations.ReadinessCheck.Health;
import io.cockpit.adapters.http.operations.ReadinessCheck.Status;
import io.cockpit.adapters.influx.InfluxStatisticsStore;
import io.cockpit.adapters.mysql.register.JdbiErasureLedger;
import io.cockpit.adapters.mysql.statistics.JdbiDailyRollup;
import io.cockpit.adapters.mysql.statistics.JdbiStatisticsOutbox;
import io.cockpit.adapters.mysql.statistics.JdbiStatisticsStore;
import io.cockpit.application.port.out.statistics.StatisticsOutbox;
import io.cockpit.application.port.out.statistics.StatisticsStore;
import io.cockpit.application.service.statistics.EndedDaysCache;
import io.cockpit.application.service.statistics.StatisticsDays;
import io.cockpit.application.service.statistics.StatisticsOutboxFlusher;
import io.cockpit.application.service.statistics.StatisticsUnlinking;
import io.cockpit.application.service.statistics.StatisticsWriter;

import java.util.Optional;

/**
 * The statistics store the settings ask for (InfluxDB in production, the relational table in the embedded mode),
 * the outbox for what InfluxDB cannot take yet, and the unlinking that a withdrawn consent triggers. Opened before
 * the capabilities: privacy needs the unlinking, statistics needs privacy's permissions.
 */
public final class StatisticsStores implements AutoCloseable {

    private static final int LEGACY_POINTS_PER_STEP = 10_000;

    private final StatisticsStore store;
    private final Optional<InfluxStatisticsStore> influx;
    private final JdbiStatisticsStore table;
    private final JdbiStatisticsOutbox outbox;
    private final JdbiDailyRollup rollup;
    private final StatisticsDays days;
    private final StatisticsWriter writer;
    private final StatisticsOutboxFlusher flusher;
    private final StatisticsUnlinking unlinking;

    private StatisticsStores(Platform platform, Optional<InfluxStatisticsStore> influx) {
        this.influx = influx;
        this.table = platform.repository(JdbiStatisticsStore::new);
        this.store = new EndedDaysCache(influx.<StatisticsStore>map(i -> i).orElse(table), platform.clock());
        this.outbox = platform.repository(JdbiStatisticsOutbox::new);
        this.rollup = platform.repository(JdbiDailyRollup::new);
        this.days = new StatisticsDays(rollup, store);
        this.writer = new StatisticsWriter(store, outbox, platform.clock());
        this.flusher = new StatisticsOutboxFlusher(outbox, store, writer, platform.repository(JdbiErasureLedger::new),
                platform.clock());
        this.unlinking = new StatisticsUnlinking(outbox, rollup, flusher,
                platform.repository(JdbiErasureLedger::new),
                platform.transactions(), platform.clock());
    }

    /** Connects to InfluxDB and creates or checks its retention policy, when one is configured. */
    public static StatisticsStores open(Platform platform) {
        StatisticsStores stores = new StatisticsStores(platform,
                platform.settings().statistics().influx().map(InfluxStatisticsStore::open));
        while (stores.table.moveLegacyPoints(LEGACY_POINTS_PER_STEP) > 0) {
            // points of the one-row-per-point table of before V84 move into chunks once
        }
        return stores;
    }

    public StatisticsStore store() {
        return store;
    }

    /** The relational table: the embedded mode's store, and in production what the retention job keeps empty. */
    JdbiStatisticsStore table() {
        return table;
    }

    /** The daily rollup: kept by the intake, and the retention job's share of it. */
    public JdbiDailyRollup rollup() {
        return rollup;
    }

    /** The days of a Statistics-ID, from the rollup where it holds them and from the store where not. */
    public StatisticsDays days() {
        return days;
    }

    public StatisticsOutbox outbox() {
        return outbox;
    }

    /** The outbox as the retention job sees it: held points past the retention. */
    JdbiStatisticsOutbox outboxTable() {
        return outbox;
    }

    public StatisticsWriter writer() {
        return writer;
    }

    public StatisticsOutboxFlusher flusher() {
        return flusher;
    }

    public StatisticsUnlinking unlinking() {
        return unlinking;
    }

    /**
     * InfluxDB's readiness, when it is configured: degraded, not down, while it does not answer or the outbox still
     * holds entries for it; the server serves meanwhile and nothing is lost.
     */
    public Optional<ReadinessCheck> readiness() {
        return influx.map(server -> new ReadinessCheck("influxdb", () -> {
            boolean answers = server.answers();
            long held;
            try {
                held = outbox.size();
            } catch (RuntimeException e) {
                return new Health(Status.DEGRADED, Optional.of("the statistics outbox cannot be read"));
            }
            if (answers && held == 0) {
                return Health.of(Status.UP);
            }
            return new Health(Status.DEGRADED, Optional.of((answers ? "" : "InfluxDB does not answer; ")
                    + "the statistics outbox holds " + held + " entries for it"));
        }));
    }

    @Override
    public void close() {
        influx.ifPresent(InfluxStatisticsStore::close);
    }
}
