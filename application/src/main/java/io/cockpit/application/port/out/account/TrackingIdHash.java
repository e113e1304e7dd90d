package io.cockpit.application.port.out.account;

import java.util.Objects;
import java.util.regex.Pattern;

/** An issued Tracking-ID as the registry keeps it: its keyed hash (HMAC-SHA256 under the server secret), in hex. */
public record TrackingIdHash(String hex) {

    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

    public TrackingIdHash {
        if (!HEX.matcher(Objects.requireNonNull(hex, "hex")).matches()) {
            throw new IllegalArgumentException("a Tracking-ID hash is 64 lower-case hex digits");
        }
    }

    @Override
    public String toString() {
        return hex;
    }
}
