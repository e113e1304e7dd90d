package io.cockpit.domain.linkedin;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** Another person in a conversation (never the user), and when they last wrote in it. */
public record Participant(Urn urn, Optional<Instant> lastSentAt) {

    public Participant {
        Objects.requireNonNull(urn, "urn");
        Objects.requireNonNull(lastSentAt, "lastSentAt");
    }

    public static Participant of(Urn urn) {
        return new Participant(urn, Optional.empty());
    }

    /** The participant after a message of theirs at {@code sentAt} was stored. */
    public Participant wrote(Instant sentAt) {
        return lastSentAt.filter(last -> !last.isBefore(sentAt)).isPresent() ? this
                : new Participant(urn, Optional.of(sentAt));
    }
}
