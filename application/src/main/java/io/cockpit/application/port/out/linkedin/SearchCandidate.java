package io.cockpit.application.port.out.linkedin;

import io.cockpit.domain.linkedin.search.SearchPosition;
import io.cockpit.domain.shared.ItemId;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An item that matched a search, with its searched texts by field name, in the order a snippet prefers them
 * ({@code name}, {@code headline}, {@code company}, {@code position}; {@code title}; {@code text}).
 *
 * @param conversationId a message's conversation; empty for contacts and conversations
 */
public record SearchCandidate(SearchPosition position, Optional<ItemId> conversationId, Map<String, String> fields) {

    public SearchCandidate {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(conversationId, "conversationId");
        fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }
}
