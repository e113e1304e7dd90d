package io.cockpit.domain.linkedin.search;

import io.cockpit.domain.shared.ItemId;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Filters that combine with a search (AND). {@code since} (inclusive) and {@code until} (exclusive) are on a
 * result's time; {@code tag} and {@code category} are labels of the contact or conversation (a message: of its
 * conversation).
 */
public record SearchFilters(Optional<Instant> since, Optional<Instant> until, Optional<ItemId> tag,
                            Optional<ItemId> category) {

    public static final SearchFilters NONE = new SearchFilters(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty());

    public SearchFilters {
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(category, "category");
    }
}
