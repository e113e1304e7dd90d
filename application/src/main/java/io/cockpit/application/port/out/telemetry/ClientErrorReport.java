package io.cockpit.application.port.out.telemetry;

import java.util.Objects;
import java.util.Optional;

/** An app's error report as it came through the tunnel: a Sentry envelope, and the signed-in user it came from. */
public record ClientErrorReport(byte[] envelope, Optional<ReportSubject> subject) {

    public ClientErrorReport {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(subject, "subject");
    }
}
