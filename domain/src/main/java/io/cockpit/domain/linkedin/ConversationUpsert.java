package io.cockpit.domain.linkedin;

import io.cockpit.domain.shared.InvalidValueException;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A conversation as the client read it: its participants (profile URNs), title and unread flag, in a version. */
public record ConversationUpsert(Urn urn, Optional<String> title, boolean unread, List<Urn> participants,
                                 Instant modifiedAt) implements SyncItem {

    public static final int MAX_TITLE = 500;
    public static final int MAX_PARTICIPANTS = 100;

    public ConversationUpsert {
        Objects.requireNonNull(urn, "urn");
        title = SyncText.line(Objects.requireNonNull(title, "title").orElse(null), MAX_TITLE, "title");
        participants = List.copyOf(new LinkedHashSet<>(participants));
        if (participants.isEmpty() || participants.size() > MAX_PARTICIPANTS) {
            throw new InvalidValueException("participants.count", "must be 1-" + MAX_PARTICIPANTS + " participants");
        }
        modifiedAt = SyncRules.kept(Objects.requireNonNull(modifiedAt, "modifiedAt"));
    }

    @Override
    public Instant version() {
        return modifiedAt;
    }
}
