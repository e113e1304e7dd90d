package io.cockpit.domain.settings;

import io.cockpit.domain.shared.InvalidValueException;

import java.time.ZoneId;
import java.util.Objects;
import java.util.Set;

/** An IANA time zone the JDK knows, such as {@code Europe/Berlin}; daily statistics reset at its midnight. */
public record TimeZoneName(String value) {

    /** Read once: {@link ZoneId#getAvailableZoneIds} copies all ~600 names into a new set on every call. */
    private static final Set<String> KNOWN = Set.copyOf(ZoneId.getAvailableZoneIds());

    public static final TimeZoneName DEFAULT = new TimeZoneName("Europe/Berlin");

    public TimeZoneName {
        Objects.requireNonNull(value, "value");
        if (!KNOWN.contains(value)) {
            throw new InvalidValueException("time_zone.unknown", "is not an IANA time zone name such as Europe/Berlin");
        }
    }

    public ZoneId zone() {
        return ZoneId.of(value);
    }
}
