package io.cockpit.domain.access;

import io.cockpit.domain.shared.InvalidValueException;

import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/** Names a session (a device) without being a credential. */
public record SessionId(String value) {

    private static final Pattern UUID_FORMAT =
            Pattern.compile("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$");

    public SessionId {
        Objects.requireNonNull(value, "value");
        if (!UUID_FORMAT.matcher(value).matches()) {
            throw new InvalidValueException("session_id.invalid", "is not a session id");
        }
    }

    public static SessionId random() {
        return new SessionId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
