package io.cockpit.domain.access;

import io.cockpit.domain.account.UserId;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** A signed-in device of a user. The token itself is never kept, only its hash. */
public record Session(SessionId id, UserId userId, TokenHash tokenHash, DeviceLabel device, Instant createdAt,
                      Instant lastSeenAt) {

    public Session {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(tokenHash, "tokenHash");
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(lastSeenAt, "lastSeenAt");
    }

    /** When the session ends unless it is used again. */
    public Instant expiresAt(SessionPolicy policy) {
        Instant idleEnd = lastSeenAt.plus(policy.idle());
        Instant absoluteEnd = createdAt.plus(policy.absolute());
        return idleEnd.isBefore(absoluteEnd) ? idleEnd : absoluteEnd;
    }

    public boolean isExpired(Instant now, SessionPolicy policy) {
        return !now.isBefore(expiresAt(policy));
    }

    /** Whether the recorded last use is old enough to be written again. */
    public boolean needsTouch(Instant now, SessionPolicy policy) {
        return !now.isBefore(lastSeenAt.plus(policy.touchInterval()));
    }

    /** The last use as a device list shows it: to the minute, yet never before the sign-in itself. */
    public Instant lastSeenToTheMinute() {
        Instant minute = lastSeenAt.truncatedTo(ChronoUnit.MINUTES);
        return minute.isBefore(createdAt) ? createdAt : minute;
    }

    public Session seenAt(Instant now) {
        return new Session(id, userId, tokenHash, device, createdAt, now);
    }
}
