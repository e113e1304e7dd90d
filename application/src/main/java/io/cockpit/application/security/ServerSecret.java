package io.cockpit.application.security;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The server's secret (at least 256 bits, from configuration). Everything that must be pseudonymous outside the
 * relational store is derived from it with HMAC-SHA256, one purpose label per use, so that no derived value can be
 * confused with another.
 */
public final class ServerSecret {

    public static final int MINIMUM_BYTES = 32;

    private final byte[] bytes;

    public ServerSecret(byte[] bytes) {
        if (bytes == null || bytes.length < MINIMUM_BYTES) {
            throw new IllegalArgumentException("the server secret needs at least " + MINIMUM_BYTES + " bytes");
        }
        this.bytes = bytes.clone();
    }

    /** HMAC-SHA256 of {@code data} under the key derived for {@code purpose}, in hex. */
    public String keyedHash(String purpose, String data) {
        return HexFormat.of().formatHex(hmac(derive(purpose), data.getBytes(StandardCharsets.UTF_8)));
    }

    /** 256-bit key material for {@code purpose}. */
    public byte[] derive(String purpose) {
        return hmac(bytes, ("cockpit/" + purpose).getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    @Override
    public String toString() {
        return "ServerSecret[redacted]";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ServerSecret that && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }
}
