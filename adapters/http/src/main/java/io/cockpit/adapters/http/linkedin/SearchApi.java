package io.cockpit.adapters.http.linkedin;

import io.cockpit.adapters.http.HttpRoutes;
import io.cockpit.adapters.http.handler.JsonReply;
import io.cockpit.adapters.http.handler.Paging;
import io.cockpit.adapters.http.handler.Wire;
import io.cockpit.adapters.http.pipeline.Callers;
import io.cockpit.api.MeSearchService;
import io.cockpit.api.model.SearchResult;
import io.cockpit.api.model.SearchResultPage;
import io.cockpit.application.paging.Page;
import io.cockpit.application.port.in.linkedin.SearchHit;
import io.cockpit.application.port.in.linkedin.SearchUseCase;
import io.cockpit.domain.linkedin.search.ContactFilters;
import io.cockpit.domain.linkedin.search.ConversationFilters;
import io.cockpit.domain.linkedin.search.SearchFilters;
import io.cockpit.domain.linkedin.search.SearchType;
import io.cockpit.domain.shared.ItemId;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** {@code GET /v1/me/search}: full-text search over the user's contacts, conversations and messages. */
public final class SearchApi extends MeSearchService {

    private final SearchUseCase search;

    private SearchApi(SearchUseCase search) {
        this.search = search;
    }

    public static HttpRoutes routes(SearchUseCase search) {
        return new HttpRoutes(PATH_PREFIX, new SearchApi(search));
    }

    @Override
    protected void handleSearch(ServerRequest request, ServerResponse response, String q, Optional<String> types,
                                Optional<Integer> limit, Optional<String> cursor, Optional<String> tag,
                                Optional<String> category, Optional<OffsetDateTime> since,
                                Optional<OffsetDateTime> until, Optional<String> company, Optional<String> position,
                                Optional<String> location, Optional<Boolean> writtenTo, Optional<Boolean> replied,
                                Optional<Boolean> doNotContact, Optional<OffsetDateTime> connectedSince,
                                Optional<OffsetDateTime> connectedUntil, Optional<OffsetDateTime> lastContactAfter,
                                Optional<OffsetDateTime> lastContactBefore, Optional<Boolean> unread,
                                Optional<Boolean> awaitingReply, Optional<Boolean> hasAttachments,
                                Optional<String> participant) {
        SearchFilters filters = new SearchFilters(instant(since), instant(until), tag.map(Wire::itemId),
                category.map(Wire::itemId),
                new ContactFilters(company, position, location, writtenTo, replied, doNotContact,
                        instant(connectedSince), instant(connectedUntil), instant(lastContactAfter),
                        instant(lastContactBefore)),
                new ConversationFilters(unread, awaitingReply, hasAttachments, participant.map(Wire::itemId)));
        Page<SearchHit> page = search.search(Callers.user(request), q, types.map(SearchApi::types).orElse(Set.of()),
                filters, Paging.request(request, limit, cursor));
        JsonReply.of(200, new SearchResultPage(page.items().stream().map(SearchApi::result).toList(),
                Paging.next(request, page))).send(response);
    }

    private static Optional<Instant> instant(Optional<OffsetDateTime> time) {
        return time.map(OffsetDateTime::toInstant);
    }

    /** The contract's pattern has checked the list: names of types, comma-separated. */
    private static Set<SearchType> types(String list) {
        Set<SearchType> types = EnumSet.noneOf(SearchType.class);
        for (String name : list.split(",")) {
            types.add(SearchType.valueOf(name.toUpperCase(Locale.ROOT)));
        }
        return types;
    }

    private static SearchResult result(SearchHit hit) {
        return new SearchResult(SearchResult.TypeEnum.fromValue(hit.type().wire()), hit.id().value(),
                hit.conversationId().map(ItemId::value).orElse(null), hit.at().map(Wire::utc).orElse(null),
                SearchResult.MatchedFieldEnum.fromValue(hit.matchedField()), hit.snippet(), hit.score());
    }
}
