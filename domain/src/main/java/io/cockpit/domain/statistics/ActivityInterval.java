package io.cockpit.domain.statistics;

import java.time.Instant;
import java.util.Objects;

/** Time spent in an activity as the client reports it: from when to when. */
public record ActivityInterval(Activity activity, Instant startedAt, Instant endedAt) {

    public ActivityInterval {
        Objects.requireNonNull(activity, "activity");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(endedAt, "endedAt");
    }
}
