package io.cockpit.bootstrap.config;

import io.cockpit.adapters.posthog.PostHogSettings;
import io.cockpit.adapters.sentry.SentrySettings;
import io.helidon.config.Config;

import java.util.Optional;

/**
 * Where product analytics and error reports go. Without a PostHog API key product analytics is disabled (events are
 * counted only); without a Sentry DSN error reports go to the log.
 */
public record TelemetrySettings(Optional<PostHogSettings> posthog, Optional<SentrySettings> sentry) {

    public static final String DEFAULT_SENTRY_ENVIRONMENT = "production";

    static TelemetrySettings from(Config cockpit) {
        Optional<PostHogSettings> posthog = text(cockpit.get("posthog.api.key")).map(key -> PostHogSettings.of(key,
                text(cockpit.get("posthog.host")).orElse(PostHogSettings.EU_HOST)));
        Optional<SentrySettings> sentry = text(cockpit.get("sentry.dsn")).map(dsn -> SentrySettings.of(dsn,
                text(cockpit.get("sentry.environment")).orElse(DEFAULT_SENTRY_ENVIRONMENT)));
        return new TelemetrySettings(posthog, sentry);
    }

    private static Optional<String> text(Config node) {
        return node.asString().asOptional().map(String::strip).filter(value -> !value.isEmpty());
    }

    /** For the start-up line: where events and reports go, without keys. */
    public String describe() {
        return "product analytics " + posthog.map(p -> "to PostHog at " + p.host()).orElse("disabled")
                + ", error reports " + sentry.map(s -> "to Sentry (" + s.environment() + ")").orElse("to the log");
    }
}
