package io.cockpit.bootstrap.config;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether PostHog and Sentry store in the EU, judged by the host events and reports go to: PostHog's EU cloud
 * ({@code eu.i.posthog.com}, {@code eu.posthog.com}), Sentry's EU region ({@code *.ingest.de.sentry.io},
 * {@code de.sentry.io}). Loopback counts as in the EU: nothing leaves the machine (tests, stand-ins).
 */
final class TelemetryRegion {

    private TelemetryRegion() {
    }

    static boolean postHogInEu(String host) {
        return host(host).filter(name -> name.equals("eu.i.posthog.com") || name.equals("eu.posthog.com")
                || loopback(name)).isPresent();
    }

    static boolean sentryInEu(String dsn) {
        return host(dsn).filter(name -> name.endsWith(".ingest.de.sentry.io") || name.equals("ingest.de.sentry.io")
                || name.equals("de.sentry.io") || loopback(name)).isPresent();
    }

    /**
     * The host of a URL or DSN, lower case, without the trailing dot of a fully qualified name; empty if it has none.
     * Never the DSN's key or a URL's user information.
     */
    static Optional<String> host(String url) {
        try {
            return Optional.ofNullable(URI.create(url.strip()).getHost()).map(name -> name.toLowerCase(Locale.ROOT))
                    .map(name -> name.endsWith(".") ? name.substring(0, name.length() - 1) : name);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static boolean loopback(String host) {
        return host.equals("localhost") || host.equals("[::1]") || host.matches("127(\\.\\d{1,3}){3}");
    }
}
