package io.cockpit.domain.access;

import java.util.Objects;

/** A coarse description of a device, such as "Firefox on Linux": enough to recognise it, too little to track it. */
public record DeviceLabel(String value) {

    public static final DeviceLabel UNKNOWN = new DeviceLabel("Unknown device");

    public DeviceLabel {
        Objects.requireNonNull(value, "value");
        if (value.isBlank() || value.length() > 100) {
            throw new IllegalArgumentException("a device label has 1-100 characters");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
