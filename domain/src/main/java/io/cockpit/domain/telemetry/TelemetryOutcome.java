package io.cockpit.domain.telemetry;

import java.util.Locale;

/** What became of one event or report (counted in the metrics, by signal). */
public enum TelemetryOutcome {
    /** Delivered to PostHog or Sentry. */
    SENT,
    /** Not on the allow-list (or not a kind the tunnel forwards), never forwarded. */
    DROPPED_NOT_ALLOWED,
    /** The user objected, switched it off, or restricted processing. */
    DROPPED_NO_PERMISSION,
    /** A bounded queue was full (the destination is slow or down). */
    DROPPED_QUEUE_FULL,
    /** The destination refused it or could not be reached. */
    FAILED,
    /** Embedded mode: product analytics is disabled. */
    DISABLED,
    /** Embedded mode: the error report went to the log only. */
    LOGGED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
