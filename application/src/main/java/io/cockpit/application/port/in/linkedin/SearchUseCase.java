package io.cockpit.application.port.in.linkedin;

import io.cockpit.application.paging.Page;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.linkedin.search.SearchFilters;
import io.cockpit.domain.linkedin.search.SearchType;

import java.util.Set;

/**
 * Full-text search over the user's contacts, conversations and messages, all of the history: the most relevant first
 * ({@code SearchScore}), then newest first.
 */
public interface SearchUseCase {

    /**
     * @param text  the search box's text (see {@code SearchQuery})
     * @param types what to look through; empty for everything
     * @throws io.cockpit.domain.shared.DomainException {@code search.query_unusable}, {@code request.invalid_cursor}
     */
    Page<SearchHit> search(UserId user, String text, Set<SearchType> types, SearchFilters filters, PageRequest page);
}
