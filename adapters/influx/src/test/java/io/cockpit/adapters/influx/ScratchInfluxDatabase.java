package io.cockpit.adapters.influx;

import io.cockpit.application.testing.RealServices;

import java.util.Optional;
import java.util.UUID;

/** A statistics store on a database of its own on the test InfluxDB, dropped when closed. */
final class ScratchInfluxDatabase implements AutoCloseable {

    final InfluxSettings settings;
    final InfluxStatisticsStore store;

    private ScratchInfluxDatabase(InfluxSettings settings) {
        this.settings = settings;
        this.store = InfluxStatisticsStore.open(settings);
    }

    static ScratchInfluxDatabase open() {
        return new ScratchInfluxDatabase(new InfluxSettings(RealServices.influxUrl(), "cockpit_test_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 12), Optional.empty(), "",
                InfluxSettings.DEFAULT_RETENTION_POLICY));
    }

    @Override
    public void close() {
        store.raw("DROP DATABASE \"" + settings.database() + "\"");
        store.close();
    }
}
