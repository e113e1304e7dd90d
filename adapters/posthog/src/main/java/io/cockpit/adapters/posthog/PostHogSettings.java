package io.cockpit.adapters.posthog;

import java.time.Duration;
import java.util.Objects;

/**
 * Where product events go: the project API key and host (PostHog's EU cloud unless set), how many events may wait
 * (more are dropped), and how long closing waits for the queue to drain.
 */
public record PostHogSettings(String apiKey, String host, int capacity, Duration drainTimeout) {

    /** PostHog's EU cloud: events are stored in the EU. */
    public static final String EU_HOST = "https://eu.i.posthog.com";
    public static final int DEFAULT_CAPACITY = 10_000;

    public PostHogSettings {
        if (Objects.requireNonNull(apiKey, "apiKey").isBlank()) {
            throw new IllegalArgumentException("a PostHog API key is required");
        }
        host = Objects.requireNonNull(host, "host").replaceAll("/+$", "");
        if (!host.startsWith("https://") && !host.startsWith("http://")) {
            throw new IllegalArgumentException("the PostHog host is an http(s) URL");
        }
        if (capacity < 1) {
            throw new IllegalArgumentException("the queue holds at least one event");
        }
        Objects.requireNonNull(drainTimeout, "drainTimeout");
    }

    public static PostHogSettings of(String apiKey, String host) {
        return new PostHogSettings(apiKey, host, DEFAULT_CAPACITY, Duration.ofSeconds(5));
    }

    @Override
    public String toString() {
        return "PostHogSettings[host=" + host + ", capacity=" + capacity + "]";
    }
}
