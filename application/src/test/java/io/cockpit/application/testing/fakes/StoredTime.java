package io.cockpit.application.testing.fakes;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Instants as the relational store keeps them: DATETIME(3) columns, written as text cut after the milliseconds. */
final class StoredTime {

    private StoredTime() {
    }

    static Instant of(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MILLIS);
    }
}
