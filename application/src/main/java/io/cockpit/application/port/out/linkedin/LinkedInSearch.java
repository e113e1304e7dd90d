package io.cockpit.application.port.out.linkedin;

import io.cockpit.domain.account.UserId;
import io.cockpit.domain.linkedin.search.SearchFilters;
import io.cockpit.domain.linkedin.search.SearchPosition;
import io.cockpit.domain.linkedin.search.SearchQuery;
import io.cockpit.domain.linkedin.search.SearchType;

import java.util.List;
import java.util.Optional;

/**
 * Full-text search over one user's LinkedIn data. Every implementation gives the same answers: an item matches when
 * its folded search text ({@code SearchText}) satisfies {@link SearchQuery#matches}; each result's position carries
 * its {@code SearchScore}; results come in {@link SearchPosition} order (score, then newest first).
 */
public interface LinkedInSearch {

    /**
     * The user's items of {@code type} that match the query and the filters, after {@code after} (from the start if
     * empty), in {@link SearchPosition} order, at most {@code limit}.
     */
    List<SearchCandidate> find(UserId user, SearchType type, SearchQuery query, SearchFilters filters,
                               Optional<SearchPosition> after, int limit);
}
