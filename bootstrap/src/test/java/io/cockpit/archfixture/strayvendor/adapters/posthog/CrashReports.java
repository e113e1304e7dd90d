package io.cockpit.archfixture.strayvendor.adapters.posthog;

/** Architecture fixture: the Sentry SDK outside the Sentry adapter. */
public class CrashReports {
    public io.sentry.SentryClient client;
}
