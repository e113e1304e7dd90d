package io.cockpit.archfixture.strayvendor.adapters.sentry;

/** Architecture fixture: the PostHog client outside the PostHog adapter. */
public class Funnel {
    public com.posthog.java.PostHog client;
}
