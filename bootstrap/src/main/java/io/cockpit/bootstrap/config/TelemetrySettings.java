package io.cockpit.bootstrap.config;

import io.cockpit.adapters.posthog.PostHogSettings;
import io.cockpit.adapters.sentry.SentrySettings;
import io.helidon.config.Config;

import java.util.Objects;
import java.util.Optional;

/**
 * Where product analytics and error reports go. Without a PostHog API key product analytics is disabled (events are
 * counted only); without a Sentry DSN error reports go to the log. Both must store in the EU (the privacy policy
 * promises it): a host outside PostHog's EU cloud or Sentry's EU region stops the start unless
 * {@code cockpit.telemetry.allow.non.eu.region} is set (a self-hosted instance in the EU under another name).
 */
public record TelemetrySettings(Optional<PostHogSettings> posthog, Optional<SentrySettings> sentry,
                                boolean allowNonEuRegion) {

    public static final String DEFAULT_SENTRY_ENVIRONMENT = "production";
    public static final String ALLOW_NON_EU_REGION = "cockpit.telemetry.allow.non.eu.region";
    private static final String OVERRIDE = "; for a self-hosted instance in the EU set " + ALLOW_NON_EU_REGION
            + "=true (COCKPIT_TELEMETRY_ALLOW_NON_EU_REGION)";

    public TelemetrySettings {
        Objects.requireNonNull(posthog, "posthog");
        Objects.requireNonNull(sentry, "sentry");
        if (!allowNonEuRegion) {
            posthog.filter(p -> !TelemetryRegion.postHogInEu(p.host())).ifPresent(p -> {
                throw new IllegalArgumentException("cockpit.posthog.host points at "
                        + TelemetryRegion.host(p.host()).orElse("no host") + ", not PostHog's EU cloud"
                        + " (https://eu.i.posthog.com or https://eu.posthog.com)" + OVERRIDE);
            });
            sentry.filter(s -> !TelemetryRegion.sentryInEu(s.dsn())).ifPresent(s -> {
                throw new IllegalArgumentException("cockpit.sentry.dsn points at "
                        + TelemetryRegion.host(s.dsn()).orElse("no host") + ", not Sentry's EU region"
                        + " (*.ingest.de.sentry.io)" + OVERRIDE);
            });
        }
    }

    static TelemetrySettings from(Config cockpit) {
        Optional<PostHogSettings> posthog = text(cockpit.get("posthog.api.key")).map(key -> PostHogSettings.of(key,
                text(cockpit.get("posthog.host")).orElse(PostHogSettings.EU_HOST)));
        Optional<SentrySettings> sentry = text(cockpit.get("sentry.dsn")).map(dsn -> SentrySettings.of(dsn,
                text(cockpit.get("sentry.environment")).orElse(DEFAULT_SENTRY_ENVIRONMENT)));
        return new TelemetrySettings(posthog, sentry,
                cockpit.get("telemetry.allow.non.eu.region").asBoolean().orElse(false));
    }

    private static Optional<String> text(Config node) {
        return node.asString().asOptional().map(String::strip).filter(value -> !value.isEmpty());
    }

    /** For the start-up line: where events and reports go and whether that is in the EU, without keys. */
    public String describe() {
        return "product analytics " + posthog.map(p -> "to PostHog at " + TelemetryRegion.host(p.host()).orElse("?")
                        + region(TelemetryRegion.postHogInEu(p.host()))).orElse("disabled")
                + ", error reports " + sentry.map(s -> "to Sentry at " + TelemetryRegion.host(s.dsn()).orElse("?")
                        + " (" + s.environment() + ")" + region(TelemetryRegion.sentryInEu(s.dsn())))
                .orElse("to the log");
    }

    private static String region(boolean inEu) {
        return inEu ? " (EU)" : " (not a known EU host: allowed by " + ALLOW_NON_EU_REGION + ")";
    }
}
