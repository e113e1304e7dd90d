package io.cockpit.application.port.out.telemetry;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A failure of the server: a request that ended in a 5xx, or a background job's run.
 *
 * @param where   what failed: {@code request} or {@code job}
 * @param tags    searchable facts without personal data: the route template, method, status and request id, or the
 *                job's name
 * @param subject the user the failed request was for, if any
 */
public record ErrorReport(Throwable failure, String where, Map<String, String> tags, Optional<ReportSubject> subject,
                          Instant at) {

    public ErrorReport {
        Objects.requireNonNull(failure, "failure");
        Objects.requireNonNull(where, "where");
        tags = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(tags));
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(at, "at");
    }
}
