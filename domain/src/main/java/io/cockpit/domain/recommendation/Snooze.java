package io.cockpit.domain.recommendation;

import io.cockpit.domain.account.UserId;
import io.cockpit.domain.shared.InvalidValueException;
import io.cockpit.domain.shared.ItemId;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** The user asked not to see a contact among the suggestions until {@code until}. */
public record Snooze(UserId userId, ItemId contactId, Instant until, Instant createdAt) {

    /** The longest a contact can be snoozed at once. */
    public static final Duration MAX = Duration.ofDays(366);

    public Snooze {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** A snooze asked for now: {@code until} in the future and at most {@link #MAX} ahead. */
    public static Snooze asked(UserId userId, ItemId contactId, Instant until, Instant now) {
        if (!until.isAfter(now)) {
            throw new InvalidValueException("snooze.until_passed", "must be in the future");
        }
        if (until.isAfter(now.plus(MAX))) {
            throw new InvalidValueException("snooze.too_long", "must be at most 366 days ahead");
        }
        return new Snooze(userId, contactId, until, now);
    }
}
