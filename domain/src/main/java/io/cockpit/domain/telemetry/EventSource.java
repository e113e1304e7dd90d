package io.cockpit.domain.telemetry;

/** Who sends a product event: the server's use cases, or the apps through {@code POST /v1/me/analytics/events}. */
public enum EventSource {
    SERVER,
    APP
}
