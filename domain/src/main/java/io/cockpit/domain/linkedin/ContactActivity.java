package io.cockpit.domain.linkedin;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Who wrote to whom, per contact, kept current whenever messages are stored or erased: the user's first and last
 * message in any conversation the contact is part of, and the contact's last message to the user.
 */
public record ContactActivity(Optional<Instant> firstOutboundAt, Optional<Instant> lastOutboundAt,
                              Optional<Instant> lastInboundAt) {

    public static final ContactActivity NONE = new ContactActivity(Optional.empty(), Optional.empty(), Optional.empty());

    public ContactActivity {
        Objects.requireNonNull(firstOutboundAt, "firstOutboundAt");
        Objects.requireNonNull(lastOutboundAt, "lastOutboundAt");
        Objects.requireNonNull(lastInboundAt, "lastInboundAt");
    }

    /** The user has written to the contact. */
    public boolean writtenTo() {
        return firstOutboundAt.isPresent();
    }

    /** The contact wrote back after the user first wrote to them. */
    public boolean replied() {
        return firstOutboundAt.isPresent() && lastInboundAt.isPresent() && lastInboundAt.get().isAfter(firstOutboundAt.get());
    }

    /** The last message either way. */
    public Optional<Instant> lastContactAt() {
        return Stream.of(lastOutboundAt, lastInboundAt).flatMap(Optional::stream).max(Instant::compareTo);
    }
}
