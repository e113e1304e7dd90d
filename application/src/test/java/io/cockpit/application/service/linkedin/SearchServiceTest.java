package io.cockpit.application.service.linkedin;

import io.cockpit.application.paging.Page;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.application.port.in.linkedin.SearchHit;
import io.cockpit.application.port.out.linkedin.LinkedInSearch;
import io.cockpit.application.port.out.linkedin.SearchCandidate;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.linkedin.search.SearchFilters;
import io.cockpit.domain.linkedin.search.SearchPosition;
import io.cockpit.domain.linkedin.search.SearchType;
import io.cockpit.domain.shared.DomainException;
import io.cockpit.domain.shared.ErrorCode;
import io.cockpit.domain.shared.ItemId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * How the service asks for the types: side by side, merged in search order, a failure of any type thrown as it was.
 * The store's own answers are {@code LinkedInSearchContract}'s; here each type answers a fixed page.
 */
class SearchServiceTest {

    private static final UserId USER = new UserId("0195c4a2-7b3e-7c1d-9a2b-3c4d5e6f7a8b");
    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

    private final ExecutorService alongside = Executors.newVirtualThreadPerTaskExecutor();

    @AfterEach
    void stop() {
        alongside.shutdownNow();
    }

    @Test
    void asksForEveryTypeAtTheSameTime() {
        // each type's find waits until all three are inside: asked one after the other, they would time out
        CyclicBarrier allInside = new CyclicBarrier(3);
        Map<SearchType, Thread> askedOn = new ConcurrentHashMap<>();
        LinkedInSearch store = (user, type, query, filters, after, limit) -> {
            askedOn.put(type, Thread.currentThread());
            try {
                allInside.await(5, TimeUnit.SECONDS);
            } catch (Exception notTogether) {
                throw new IllegalStateException("the types were not asked side by side", notTogether);
            }
            return List.of(candidate(type, 10, NOW));
        };

        Page<SearchHit> page = new SearchService(store, alongside, 2).search(USER, "angebot", Set.of(),
                SearchFilters.NONE, PageRequest.first(20));

        assertThat(page.items()).extracting(SearchHit::type)
                .containsExactlyInAnyOrder(SearchType.CONTACTS, SearchType.CONVERSATIONS, SearchType.MESSAGES);
        assertThat(askedOn.get(SearchType.MESSAGES)).isSameAs(Thread.currentThread());
        assertThat(Set.copyOf(askedOn.values())).hasSize(3);
    }

    @Test
    void mergesTheTypesInSearchOrderAndCutsThePage() {
        Map<SearchType, List<SearchCandidate>> pages = Map.of(
                SearchType.CONTACTS, List.of(candidate(SearchType.CONTACTS, 30, NOW.minusSeconds(50)),
                        candidate(SearchType.CONTACTS, 12, NOW.minusSeconds(10))),
                SearchType.CONVERSATIONS, List.of(candidate(SearchType.CONVERSATIONS, 20, NOW.minusSeconds(5))),
                SearchType.MESSAGES, List.of(candidate(SearchType.MESSAGES, 30, NOW),
                        candidate(SearchType.MESSAGES, 12, NOW.minusSeconds(60))));
        LinkedInSearch store = (user, type, query, filters, after, limit) -> {
            assertThat(limit).isEqualTo(4);
            return pages.get(type);
        };

        Page<SearchHit> page = new SearchService(store, alongside, 2).search(USER, "angebot", Set.of(),
                SearchFilters.NONE, PageRequest.first(3));

        assertThat(page.items()).extracting(SearchHit::score, SearchHit::type).containsExactly(
                tuple(30, SearchType.MESSAGES),
                tuple(30, SearchType.CONTACTS),
                tuple(20, SearchType.CONVERSATIONS));
        assertThat(page.next()).isPresent();
    }

    @Test
    void aFailureOfATypeAskedAlongsideIsThrownAsItWas() {
        DomainException refused = new DomainException(ErrorCode.REQUEST_INVALID_CURSOR, "refused by the store");
        LinkedInSearch store = (user, type, query, filters, after, limit) -> {
            if (type == SearchType.CONTACTS) {
                throw refused;
            }
            return List.of();
        };

        assertThatThrownBy(() -> new SearchService(store, alongside, 2).search(USER, "angebot", Set.of(),
                SearchFilters.NONE, PageRequest.first(20))).isSameAs(refused);
    }

    @Test
    void asksEveryTypeForThePageAfterTheCursor() {
        Map<SearchType, Optional<SearchPosition>> askedAfter = new ConcurrentHashMap<>();
        LinkedInSearch store = (user, type, query, filters, after, limit) -> {
            askedAfter.put(type, after);
            return List.of(candidate(type, 10, NOW));
        };
        SearchService service = new SearchService(store, alongside, 2);
        Page<SearchHit> first = service.search(USER, "angebot", Set.of(), SearchFilters.NONE, PageRequest.first(2));

        service.search(USER, "angebot", Set.of(), SearchFilters.NONE,
                new PageRequest(2, first.next()));

        SearchHit last = first.items().getLast();
        assertThat(askedAfter).hasSize(3).allSatisfy((type, after) -> assertThat(after).hasValue(
                new SearchPosition(last.score(), last.at().orElseThrow(), last.type(), last.id())));
    }

    @Test
    void asksOnlyForTheTypesAsked() {
        Map<SearchType, Thread> askedOn = new ConcurrentHashMap<>();
        LinkedInSearch store = (user, type, query, filters, after, limit) -> {
            askedOn.put(type, Thread.currentThread());
            return List.of(candidate(type, 10, NOW));
        };

        Page<SearchHit> page = new SearchService(store, alongside, 2).search(USER, "angebot",
                Set.of(SearchType.CONTACTS), SearchFilters.NONE, PageRequest.first(20));

        assertThat(page.items()).extracting(SearchHit::type).containsExactly(SearchType.CONTACTS);
        assertThat(askedOn).containsOnlyKeys(SearchType.CONTACTS);
        assertThat(askedOn.get(SearchType.CONTACTS)).isSameAs(Thread.currentThread());
    }

    private static SearchCandidate candidate(SearchType type, int score, Instant at) {
        Map<String, String> fields = switch (type) {
            case CONTACTS -> Map.of("name", "Angebot Müller");
            case CONVERSATIONS -> Map.of("title", "Angebot");
            case MESSAGES -> Map.of("text", "Das Angebot kommt morgen");
        };
        return new SearchCandidate(new SearchPosition(score, at, type, ItemId.random()),
                type == SearchType.MESSAGES ? Optional.of(ItemId.random()) : Optional.empty(), fields);
    }
}
