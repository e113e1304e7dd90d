package io.cockpit.domain.linkedin.search;

import java.util.Locale;

/** What search looks through; in a page of results of the same time, this is their order. */
public enum SearchType {
    CONTACTS,
    CONVERSATIONS,
    MESSAGES;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
