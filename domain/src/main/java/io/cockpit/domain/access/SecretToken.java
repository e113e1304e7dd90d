package io.cockpit.domain.access;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;

/**
 * A bearer secret in clear: 256 random bits, URL-safe Base64, behind its kind's prefix. It exists only in memory on
 * its way to the one who receives it; stores keep its {@link #hash()}.
 */
public record SecretToken(String value) {

    private static final int RANDOM_BYTES = 32;

    public SecretToken {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("empty secret");
        }
    }

    public static SecretToken generate(TokenKind kind, SecureRandom random) {
        byte[] bits = new byte[RANDOM_BYTES];
        random.nextBytes(bits);
        return new SecretToken(kind.prefix() + Base64.getUrlEncoder().withoutPadding().encodeToString(bits));
    }

    public TokenHash hash() {
        return TokenHash.of(value);
    }

    @Override
    public String toString() {
        return "SecretToken[redacted]";
    }
}
