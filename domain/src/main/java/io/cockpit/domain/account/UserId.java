package io.cockpit.domain.account;

import io.cockpit.domain.shared.InvalidValueException;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * The User-ID: unique, shown to the user, stored on every record that belongs to the user. A UUID version 7
 * (RFC 9562): time-ordered, so new rows append to the index, and otherwise opaque.
 */
public record UserId(String value) {

    private static final Pattern UUID_V7 =
            Pattern.compile("^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$");

    public UserId {
        Objects.requireNonNull(value, "value");
        if (!UUID_V7.matcher(value).matches()) {
            throw new InvalidValueException("user_id.invalid", "is not a User-ID");
        }
    }

    public static UserId generate(Instant now, RandomGenerator random) {
        long millis = now.toEpochMilli() & 0xFFFF_FFFF_FFFFL;
        long mostSignificant = (millis << 16) | 0x7000L | (random.nextLong() & 0x0FFFL);
        long leastSignificant = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UserId(new UUID(mostSignificant, leastSignificant).toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
