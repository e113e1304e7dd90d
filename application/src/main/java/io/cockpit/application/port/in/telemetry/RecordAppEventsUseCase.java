package io.cockpit.application.port.in.telemetry;

import io.cockpit.domain.account.UserId;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The apps' product events ({@code POST /v1/me/analytics/events}): what the allow-list takes is tracked. */
public interface RecordAppEventsUseCase {

    /** One event as an app reported it; the allow-list decides whether it is taken. */
    record AppEvent(String name, Instant occurredAt, Map<String, Object> properties) {
    }

    /** How many of a batch the allow-list took, and how many it dropped. */
    record Receipt(int accepted, int dropped) {
    }

    Receipt record(UserId user, List<AppEvent> events);
}
