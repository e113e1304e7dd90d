package io.cockpit.domain.linkedin;

import io.cockpit.domain.account.UserId;
import io.cockpit.domain.shared.ItemId;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A conversation (chat) of the user: its participants other than the user, title and unread flag as the client last
 * read them (version {@code modifiedAt}), and the stats of its messages. Participants are kept in URN order.
 */
public record Conversation(ItemId id, UserId userId, Urn urn, Optional<String> title, boolean unread,
                           Instant modifiedAt, List<Participant> participants, ConversationStats stats,
                           Instant createdAt, Instant updatedAt) {

    public Conversation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(urn, "urn");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(modifiedAt, "modifiedAt");
        participants = participants.stream().sorted(Comparator.comparing(Participant::urn)).toList();
        if (participants.stream().map(Participant::urn).distinct().count() != participants.size()) {
            throw new IllegalArgumentException("a participant is listed once");
        }
        Objects.requireNonNull(stats, "stats");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public Set<Urn> participantUrns() {
        return participants.stream().map(Participant::urn).collect(Collectors.toUnmodifiableSet());
    }

    public boolean hasParticipant(Urn urn) {
        return participants.stream().anyMatch(p -> p.urn().equals(urn));
    }

    /** Whether a newer version from a sync would change what is kept ({@code others}: participants but the user). */
    public boolean sameAs(ConversationUpsert item, List<Urn> others) {
        return title.equals(item.title()) && unread == item.unread() && participantUrns().equals(Set.copyOf(others));
    }

    /** The newer version from a sync; participants that stay keep when they last wrote. */
    public Conversation resynced(ConversationUpsert item, List<Urn> others, Instant now) {
        List<Participant> kept = others.stream().map(urn -> participants.stream()
                .filter(p -> p.urn().equals(urn)).findFirst().orElse(Participant.of(urn))).toList();
        return new Conversation(id, userId, urn, item.title(), item.unread(), item.modifiedAt(), kept, stats,
                createdAt, now);
    }

    public Conversation with(ConversationStats newStats, List<Participant> newParticipants, Instant now) {
        return new Conversation(id, userId, urn, title, unread, modifiedAt, newParticipants, newStats, createdAt, now);
    }
}
