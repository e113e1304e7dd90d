package io.cockpit.domain.account;

import io.cockpit.domain.shared.InvalidValueException;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The Statistics-ID: 128 random bits from a CSPRNG in URL-safe Base64, the only identity in the statistics store.
 * To unlink a user's statistics, this value is replaced; the stored points then belong to no one.
 */
public record StatisticsId(String value) {

    private static final Pattern FORMAT = Pattern.compile("^[A-Za-z0-9_-]{22}$");

    public StatisticsId {
        Objects.requireNonNull(value, "value");
        if (!FORMAT.matcher(value).matches()) {
            throw new InvalidValueException("statistics_id.invalid", "is not a Statistics-ID");
        }
    }

    public static StatisticsId random(SecureRandom random) {
        byte[] bits = new byte[16];
        random.nextBytes(bits);
        return new StatisticsId(Base64.getUrlEncoder().withoutPadding().encodeToString(bits));
    }

    @Override
    public String toString() {
        return value;
    }
}
