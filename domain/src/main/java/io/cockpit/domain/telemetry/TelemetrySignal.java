package io.cockpit.domain.telemetry;

import java.util.Locale;

/** What telemetry sends: product events, the server's error reports, the apps' error reports (the tunnel). */
public enum TelemetrySignal {
    PRODUCT_EVENT,
    ERROR_REPORT,
    CLIENT_ERROR_REPORT;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
