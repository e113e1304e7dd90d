package io.cockpit.archfixture.strayvendor.adapters.mysql;

/** Architecture fixture: the InfluxDB client outside the InfluxDB adapter. */
public class StrayPoints {
    public org.influxdb.InfluxDB client;
}
