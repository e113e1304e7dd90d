package io.cockpit.application.port.in.linkedin;

import io.cockpit.domain.linkedin.search.SearchType;
import io.cockpit.domain.shared.ItemId;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One search result: what it is, where the query matched and a snippet of that field with the matches marked.
 *
 * @param at             a message's sent time, a conversation's last message, a contact's last contact; empty if none
 * @param conversationId a message's conversation
 * @param snippet        HTML-escaped text with {@code <mark>} around the matches
 * @param score          its {@code SearchScore}: results come highest first
 */
public record SearchHit(SearchType type, ItemId id, Optional<ItemId> conversationId, Optional<Instant> at,
                        String matchedField, String snippet, int score) {

    public SearchHit {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(matchedField, "matchedField");
        Objects.requireNonNull(snippet, "snippet");
    }
}
