package io.cockpit.domain.statistics;

import io.cockpit.domain.settings.StatisticsAction;

import java.time.Instant;
import java.util.Objects;

/** An action as the client reports it: which, and when (any precision; the server keeps the minute). */
public record ActionEvent(StatisticsAction action, Instant occurredAt) {

    public ActionEvent {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
