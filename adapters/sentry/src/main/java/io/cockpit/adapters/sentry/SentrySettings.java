package io.cockpit.adapters.sentry;

import java.time.Duration;
import java.util.Objects;

/**
 * Where error reports go: the project's DSN (a project in Sentry's EU region, {@code *.ingest.de.sentry.io}; the
 * server's settings refuse another region unless told otherwise),
 * the environment name, how many reports may wait (more are dropped), and how long one send may take.
 */
public record SentrySettings(String dsn, String environment, int capacity, Duration sendTimeout) {

    public static final int DEFAULT_CAPACITY = 100;

    public SentrySettings {
        if (Objects.requireNonNull(dsn, "dsn").isBlank()) {
            throw new IllegalArgumentException("a Sentry DSN is required");
        }
        if (Objects.requireNonNull(environment, "environment").isBlank()) {
            throw new IllegalArgumentException("a Sentry environment is required");
        }
        if (capacity < 1) {
            throw new IllegalArgumentException("the queue holds at least one report");
        }
        Objects.requireNonNull(sendTimeout, "sendTimeout");
    }

    public static SentrySettings of(String dsn, String environment) {
        return new SentrySettings(dsn, environment, DEFAULT_CAPACITY, Duration.ofSeconds(10));
    }

    /** The DSN holds the project key: not printed. */
    @Override
    public String toString() {
        return "SentrySettings[environment=" + environment + ", capacity=" + capacity + "]";
    }
}
