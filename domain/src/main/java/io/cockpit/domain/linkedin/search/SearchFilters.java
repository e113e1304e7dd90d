package io.cockpit.domain.linkedin.search;

import io.cockpit.domain.shared.ItemId;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Filters that combine with a search (AND). {@code since} (inclusive) and {@code until} (exclusive) are on a
 * result's time; {@code tag} and {@code category} are labels of the contact or conversation (a message: of its
 * conversation); {@code contacts} and {@code conversations} are the lists' own filters, each keeping the results to
 * its kind.
 */
public record SearchFilters(Optional<Instant> since, Optional<Instant> until, Optional<ItemId> tag,
                            Optional<ItemId> category, ContactFilters contacts, ConversationFilters conversations) {

    public static final SearchFilters NONE = new SearchFilters(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), ContactFilters.NONE, ConversationFilters.NONE);

    public SearchFilters(Optional<Instant> since, Optional<Instant> until, Optional<ItemId> tag,
                         Optional<ItemId> category) {
        this(since, until, tag, category, ContactFilters.NONE, ConversationFilters.NONE);
    }

    /** Whether results of this type can pass the filters given. */
    public boolean admits(SearchType type) {
        return switch (type) {
            case CONTACTS -> !conversations.any();
            case CONVERSATIONS, MESSAGES -> !contacts.any();
        };
    }

    public SearchFilters {
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(contacts, "contacts");
        Objects.requireNonNull(conversations, "conversations");
    }
}
