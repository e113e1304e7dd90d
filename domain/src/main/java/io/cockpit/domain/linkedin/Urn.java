package io.cockpit.domain.linkedin;

import io.cockpit.domain.shared.InvalidValueException;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A LinkedIn identifier ({@code urn:li:fsd_profile:ACoAAB...}, {@code urn:li:msg_conversation:(...)}): the key of
 * every synced item. Visible ASCII, compared exactly.
 */
public record Urn(String value) implements Comparable<Urn> {

    public static final int MAX_LENGTH = 400;
    private static final Pattern FORMAT = Pattern.compile("^urn:li:[A-Za-z0-9_]+:[!-~]+$");

    public Urn {
        Objects.requireNonNull(value, "value");
        if (value.length() > MAX_LENGTH || !FORMAT.matcher(value).matches()) {
            throw new InvalidValueException("urn.invalid", "must be a LinkedIn URN (urn:li:type:id), at most "
                    + MAX_LENGTH + " characters");
        }
    }

    @Override
    public int compareTo(Urn other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
