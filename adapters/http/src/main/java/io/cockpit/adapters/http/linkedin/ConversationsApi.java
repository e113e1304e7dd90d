package io.cockpit.adapters.http.linkedin;

import io.cockpit.adapters.http.HttpRoutes;
import io.cockpit.adapters.http.handler.JsonReply;
import io.cockpit.adapters.http.handler.Paging;
import io.cockpit.adapters.http.handler.Wire;
import io.cockpit.adapters.http.pipeline.Callers;
import io.cockpit.api.MeConversationsService;
import io.cockpit.api.model.ConversationPage;
import io.cockpit.api.model.ConversationPatch;
import io.cockpit.api.model.MessagePage;
import io.cockpit.application.paging.Page;
import io.cockpit.application.port.in.linkedin.ConversationView;
import io.cockpit.application.port.in.linkedin.ConversationsUseCase;
import io.cockpit.application.port.in.linkedin.LabelChange;
import io.cockpit.domain.linkedin.ConversationQuery;
import io.cockpit.domain.linkedin.MessageDirection;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.time.OffsetDateTime;
import java.util.Optional;

/** {@code /v1/me/conversations}: the user's conversations, newest first, and their messages paged both ways. */
public final class ConversationsApi extends MeConversationsService {

    private final ConversationsUseCase conversations;

    private ConversationsApi(ConversationsUseCase conversations) {
        this.conversations = conversations;
    }

    public static HttpRoutes routes(ConversationsUseCase conversations) {
        return new HttpRoutes(PATH_PREFIX, new ConversationsApi(conversations));
    }

    @Override
    protected void handleListConversations(ServerRequest request, ServerResponse response, Optional<Integer> limit,
                                           Optional<String> cursor, Optional<Boolean> unread,
                                           Optional<Boolean> awaitingReply, Optional<String> tag,
                                           Optional<String> category, Optional<String> participant,
                                           Optional<OffsetDateTime> since, Optional<OffsetDateTime> until,
                                           Optional<Boolean> hasAttachments) {
        ConversationQuery query = new ConversationQuery(unread, awaitingReply, tag.map(Wire::itemId),
                category.map(Wire::itemId), Optional.empty(), since.map(OffsetDateTime::toInstant),
                until.map(OffsetDateTime::toInstant), hasAttachments);
        Page<ConversationView> page = conversations.list(Callers.user(request), query,
                participant.map(Wire::itemId), Paging.request(request, limit, cursor));
        JsonReply.of(200, new ConversationPage(page.items().stream().map(LinkedInWire::conversation).toList(),
                Paging.next(request, page))).send(response);
    }

    @Override
    protected void handleGetConversation(ServerRequest request, ServerResponse response, String conversationId) {
        JsonReply.of(200, LinkedInWire.conversation(conversations.get(Callers.user(request),
                Wire.itemId(conversationId)))).send(response);
    }

    @Override
    protected void handleChangeConversation(ServerRequest request, ServerResponse response, String conversationId,
                                            ConversationPatch body) {
        LabelChange change = new LabelChange(ContactsApi.ids(body.getTags()), ContactsApi.ids(body.getCategories()));
        JsonReply.of(200, LinkedInWire.conversation(conversations.changeLabels(Callers.user(request),
                Wire.itemId(conversationId), change))).send(response);
    }

    @Override
    protected void handleDeleteConversation(ServerRequest request, ServerResponse response, String conversationId) {
        conversations.delete(Callers.user(request), Wire.itemId(conversationId));
        response.status(Status.NO_CONTENT_204).send();
    }

    @Override
    protected void handleListMessages(ServerRequest request, ServerResponse response, String conversationId,
                                      Optional<Integer> limit, Optional<String> cursor, Optional<String> direction) {
        MessageDirection way = direction.filter("newer"::equals).isPresent() ? MessageDirection.NEWER
                : MessageDirection.OLDER;
        var page = conversations.messages(Callers.user(request), Wire.itemId(conversationId), way,
                Paging.request(request, limit, cursor));
        JsonReply.of(200, new MessagePage(page.page().items().stream().map(LinkedInWire::message).toList(),
                Paging.next(request, page.page()),
                page.previous().map(previous -> Paging.sealedFor(request, previous, "direction",
                        way == MessageDirection.NEWER ? "older" : "newer")).orElse(null))).send(response);
    }

    @Override
    protected void handleDeleteMessage(ServerRequest request, ServerResponse response, String conversationId,
                                       String messageId) {
        conversations.deleteMessage(Callers.user(request), Wire.itemId(conversationId), Wire.itemId(messageId));
        response.status(Status.NO_CONTENT_204).send();
    }
}
