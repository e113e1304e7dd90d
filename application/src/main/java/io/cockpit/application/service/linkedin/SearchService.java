package io.cockpit.application.service.linkedin;

import io.cockpit.application.paging.Cursor;
import io.cockpit.application.paging.Page;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.application.port.in.linkedin.SearchHit;
import io.cockpit.application.port.in.linkedin.SearchUseCase;
import io.cockpit.application.port.out.linkedin.LinkedInSearch;
import io.cockpit.application.port.out.linkedin.SearchCandidate;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.linkedin.search.SearchFilters;
import io.cockpit.domain.linkedin.search.SearchPosition;
import io.cockpit.domain.linkedin.search.SearchQuery;
import io.cockpit.domain.linkedin.search.SearchType;
import io.cockpit.domain.linkedin.search.Snippet;
import io.cockpit.domain.shared.DomainException;
import io.cockpit.domain.shared.ErrorCode;
import io.cockpit.domain.shared.ItemId;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * Asks the store for one page per requested type after the cursor, merges them in {@link SearchPosition} order
 * (by {@code SearchScore}, then newest first) and marks the matches of each result in the first field where the
 * query matched. The types are asked for side by side ({@link SideBySide}): the last (messages, mostly the slowest)
 * on the caller's thread, the others on {@code alongside} (each a few statements on a connection of its own), so a
 * search of three types waits for the slowest, not for the sum. At most {@code mostAlongside} pages are read
 * alongside at once, by all searches together; beyond that a search reads its types one after the other. Not for a
 * caller inside a transaction: the pages read alongside would not see it. A user has at most {@link #MOST_PER_USER}
 * searches running on a node; further ones (up to {@link #MOST_WAITING_PER_USER}) wait for a turn, then are refused
 * ({@link SearchesPerUser}).
 */
public final class SearchService implements SearchUseCase {

    /** A user's searches at once on a node ({@link SearchesPerUser}): the app's search box and one more. */
    static final int MOST_PER_USER = 2;
    /** How many more of a user's searches may wait for a turn; beyond them a search is refused at once (429). */
    static final int MOST_WAITING_PER_USER = 8;
    /** How long a user's further search waits for one of theirs to end before it is refused (429). */
    static final Duration TURN_WAIT = Duration.ofSeconds(5);

    private final LinkedInSearch search;
    private final SideBySide sideBySide;
    private final SearchesPerUser perUser;

    public SearchService(LinkedInSearch search, Executor alongside, int mostAlongside) {
        this(search, alongside, mostAlongside, new SearchesPerUser(MOST_PER_USER, MOST_WAITING_PER_USER, TURN_WAIT));
    }

    SearchService(LinkedInSearch search, Executor alongside, int mostAlongside, SearchesPerUser perUser) {
        this.search = search;
        this.sideBySide = new SideBySide(alongside, mostAlongside);
        this.perUser = perUser;
    }

    @Override
    public Page<SearchHit> search(UserId user, String text, Set<SearchType> types, SearchFilters filters,
                                  PageRequest page) {
        SearchQuery query = SearchQuery.parse(text);
        Optional<SearchPosition> after = page.after().map(SearchService::position);
        return perUser.run(user, () -> searched(user, query, types, filters, after, page));
    }

    private Page<SearchHit> searched(UserId user, SearchQuery query, Set<SearchType> types, SearchFilters filters,
                                     Optional<SearchPosition> after, PageRequest page) {
        Set<SearchType> wanted = types.isEmpty() ? EnumSet.allOf(SearchType.class) : EnumSet.copyOf(types);
        int limit = page.limit() + 1;
        List<Supplier<List<SearchCandidate>>> pages = wanted.stream().filter(filters::admits)
                .<Supplier<List<SearchCandidate>>>map(type -> () -> search.find(user, type, query, filters, after,
                        limit))
                .toList();
        List<SearchCandidate> merged = new ArrayList<>();
        sideBySide.all(pages).forEach(merged::addAll);
        merged.sort((a, b) -> a.position().compareTo(b.position()));
        List<SearchCandidate> fetched = merged.subList(0, Math.min(merged.size(), limit));
        return Page.of(fetched, page.limit(), c -> cursor(c.position())).map(c -> hit(c, query));
    }

    private static SearchHit hit(SearchCandidate candidate, SearchQuery query) {
        SearchPosition position = candidate.position();
        Optional<Instant> at = Optional.of(position.at()).filter(time -> !time.equals(Instant.EPOCH));
        for (Map.Entry<String, String> field : candidate.fields().entrySet()) {
            Optional<String> snippet = Snippet.of(field.getValue(), query);
            if (snippet.isPresent()) {
                return new SearchHit(position.type(), position.id(), candidate.conversationId(), at, field.getKey(),
                        snippet.get(), position.score());
            }
        }
        // a phrase across two fields of a contact ("Schmidt Head of"): the first field, nothing to mark alone
        Map.Entry<String, String> first = candidate.fields().entrySet().iterator().next();
        return new SearchHit(position.type(), position.id(), candidate.conversationId(), at, first.getKey(),
                Snippet.plain(first.getValue()), position.score());
    }

    /** The last result's score, time, type and id: {@code at} and "score:type:id". */
    private static Cursor cursor(SearchPosition position) {
        return Cursor.at(position.at(), position.score() + ":" + position.type().wire() + ":"
                + position.id().value());
    }

    private static SearchPosition position(Cursor cursor) {
        String[] parts = cursor.id().split(":", 3);
        try {
            if (parts.length == 3) {
                for (SearchType type : SearchType.values()) {
                    if (type.wire().equals(parts[1])) {
                        return new SearchPosition(Integer.parseInt(parts[0]), cursor.time(), type,
                                new ItemId(parts[2]));
                    }
                }
            }
        } catch (DomainException | IllegalArgumentException notAnId) {
            // falls through to the refusal below
        }
        throw new DomainException(ErrorCode.REQUEST_INVALID_CURSOR, "The cursor is not one this server handed out.");
    }
}
