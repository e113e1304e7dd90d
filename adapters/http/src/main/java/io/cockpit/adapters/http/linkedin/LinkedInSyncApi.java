package io.cockpit.adapters.http.linkedin;

import io.cockpit.adapters.http.HttpRoutes;
import io.cockpit.adapters.http.contract.FieldViolation;
import io.cockpit.adapters.http.handler.FieldCollector;
import io.cockpit.adapters.http.handler.IdempotentWrites;
import io.cockpit.adapters.http.handler.JsonReply;
import io.cockpit.adapters.http.pipeline.Callers;
import io.cockpit.adapters.http.problem.Problems;
import io.cockpit.api.MeLinkedinSyncService;
import io.cockpit.api.model.ContactSyncBatch;
import io.cockpit.api.model.ContactSyncResult;
import io.cockpit.api.model.ConversationSyncBatch;
import io.cockpit.api.model.ConversationSyncResult;
import io.cockpit.api.model.LinkedInProfileInput;
import io.cockpit.api.model.LinkedInProfileSync;
import io.cockpit.application.port.in.linkedin.ContactBatch;
import io.cockpit.application.port.in.linkedin.ContactBatchOutcome;
import io.cockpit.application.port.in.linkedin.ConversationBatch;
import io.cockpit.application.port.in.linkedin.ConversationBatchOutcome;
import io.cockpit.application.port.in.linkedin.LinkedInSyncUseCase;
import io.cockpit.application.port.in.linkedin.ProfileSynced;
import io.cockpit.application.port.in.shared.IdempotentRequestsUseCase;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.linkedin.ProfileCard;
import io.cockpit.domain.linkedin.ProfileUpsert;
import io.cockpit.domain.linkedin.ProfileUrl;
import io.cockpit.domain.linkedin.SyncRules;
import io.cockpit.domain.linkedin.Urn;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code /v1/me/linkedin}: what the Cockpit client pushes. Batches are retried safely with {@code Idempotency-Key}
 * (scoped to the user); each item is turned into the domain's form on its own, so a refused value rejects only its
 * item.
 */
public final class LinkedInSyncApi extends MeLinkedinSyncService {

    private final LinkedInSyncUseCase sync;
    private final IdempotentWrites idempotentWrites;

    private LinkedInSyncApi(LinkedInSyncUseCase sync, IdempotentWrites idempotentWrites) {
        this.sync = sync;
        this.idempotentWrites = idempotentWrites;
    }

    public static HttpRoutes routes(LinkedInSyncUseCase sync, IdempotentRequestsUseCase idempotency) {
        return new HttpRoutes(PATH_PREFIX, new LinkedInSyncApi(sync, new IdempotentWrites(idempotency)));
    }

    private static String scope(UserId user) {
        return "user:" + user.value();
    }

    @Override
    protected void handleSyncLinkedInProfile(ServerRequest request, ServerResponse response, LinkedInProfileInput body,
                                             Optional<String> idempotencyKey) {
        UserId user = Callers.user(request);
        idempotentWrites.run(request, scope(user), idempotencyKey, body, () -> {
            FieldCollector fields = new FieldCollector();
            Urn urn = fields.field("/urn", () -> new Urn(body.getUrn()));
            Optional<ProfileUrl> url = fields.field("/profileUrl", () -> SyncItems.profileUrl(body.getProfileUrl()));
            fields.throwIfInvalid();
            ProfileCard card = FieldCollector.forField("/firstName", () -> new ProfileCard(body.getFirstName(),
                    body.getLastName(), Optional.ofNullable(body.getHeadline()), Optional.ofNullable(body.getCompany()),
                    Optional.ofNullable(body.getPosition()), Optional.ofNullable(body.getLocation()), url));
            ProfileSynced synced = sync.syncProfile(user, new ProfileUpsert(urn, card, body.getModifiedAt().toInstant()));
            return JsonReply.of(200, new LinkedInProfileSync(LinkedInProfileSync.ResultEnum.fromValue(
                    synced.result().name().toLowerCase(Locale.ROOT)), LinkedInWire.profile(synced.profile())));
        }).send(response);
    }

    @Override
    protected void handleGetLinkedInProfile(ServerRequest request, ServerResponse response) {
        JsonReply.of(200, LinkedInWire.profile(sync.profile(Callers.user(request)))).send(response);
    }

    @Override
    protected void handleSyncContacts(ServerRequest request, ServerResponse response, ContactSyncBatch body,
                                      Optional<String> idempotencyKey) {
        UserId user = Callers.user(request);
        requireBatchSize(body.getContacts().size() + body.getDeletedContacts().size());
        idempotentWrites.run(request, scope(user), idempotencyKey, body, () -> {
            ContactBatchOutcome outcome = sync.syncContacts(user, new ContactBatch(
                    body.getContacts().stream().map(SyncItems::contact).toList(),
                    body.getDeletedContacts().stream().map(SyncItems::deletion).toList()));
            return JsonReply.of(200, new ContactSyncResult(LinkedInWire.outcomes(outcome.contacts()),
                    LinkedInWire.outcomes(outcome.deletions())));
        }).send(response);
    }

    @Override
    protected void handleSyncConversations(ServerRequest request, ServerResponse response, ConversationSyncBatch body,
                                           Optional<String> idempotencyKey) {
        UserId user = Callers.user(request);
        requireBatchSize(body.getConversations().size() + body.getMessages().size()
                + body.getDeletedConversations().size() + body.getDeletedMessages().size());
        idempotentWrites.run(request, scope(user), idempotencyKey, body, () -> {
            ConversationBatchOutcome outcome = sync.syncConversations(user, new ConversationBatch(
                    body.getConversations().stream().map(SyncItems::conversation).toList(),
                    body.getMessages().stream().map(SyncItems::message).toList(),
                    body.getDeletedConversations().stream().map(SyncItems::deletion).toList(),
                    body.getDeletedMessages().stream().map(SyncItems::deletion).toList()));
            return JsonReply.of(200, new ConversationSyncResult(LinkedInWire.outcomes(outcome.conversations()),
                    LinkedInWire.outcomes(outcome.messages()), LinkedInWire.outcomes(outcome.deletedConversations()),
                    LinkedInWire.outcomes(outcome.deletedMessages())));
        }).send(response);
    }

    @Override
    protected void handleGetSyncState(ServerRequest request, ServerResponse response) {
        JsonReply.of(200, LinkedInWire.syncState(sync.syncState(Callers.user(request)))).send(response);
    }

    private static void requireBatchSize(int items) {
        if (items > SyncRules.MAX_ITEMS) {
            throw Problems.validationFailed(List.of(FieldViolation.inBody("/", "maxItems",
                    "a batch holds at most " + SyncRules.MAX_ITEMS + " items in all, it has " + items)));
        }
    }
}
