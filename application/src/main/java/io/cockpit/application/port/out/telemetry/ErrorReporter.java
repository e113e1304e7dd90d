package io.cockpit.application.port.out.telemetry;

/**
 * Error reporting (Sentry in production; the log in the embedded mode). Every report is scrubbed of personal data
 * before it leaves ({@code domain.telemetry.TextScrubber} and the adapter's structural rules); its only user identity
 * is the Tracking-ID. The service has asked the user's permissions before it calls.
 */
public interface ErrorReporter extends AutoCloseable {

    /** Hands a server error over and returns at once (bounded queue; a full one drops it, counted). */
    void report(ErrorReport report);

    /**
     * Hands an app's error report over (a Sentry envelope from the tunnel) and returns at once: its error events are
     * scrubbed like the server's, everything else in it is dropped.
     */
    void forward(ClientErrorReport report);

    /** Sends what is queued (waiting a few seconds at most), then stops. */
    @Override
    void close();
}
