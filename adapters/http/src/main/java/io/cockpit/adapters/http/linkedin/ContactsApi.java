package io.cockpit.adapters.http.linkedin;

import io.cockpit.adapters.http.HttpRoutes;
import io.cockpit.adapters.http.contract.FieldViolation;
import io.cockpit.adapters.http.handler.ETags;
import io.cockpit.adapters.http.handler.FieldCollector;
import io.cockpit.adapters.http.handler.JsonReply;
import io.cockpit.adapters.http.handler.Paging;
import io.cockpit.adapters.http.handler.Wire;
import io.cockpit.adapters.http.pipeline.Callers;
import io.cockpit.adapters.http.problem.Problems;
import io.cockpit.api.MeContactsService;
import io.cockpit.api.model.ContactPage;
import io.cockpit.api.model.ContactPatch;
import io.cockpit.api.model.SuppressionPage;
import io.cockpit.application.paging.Page;
import io.cockpit.application.port.in.linkedin.ContactChange;
import io.cockpit.application.port.in.linkedin.ContactView;
import io.cockpit.application.port.in.linkedin.ContactsUseCase;
import io.cockpit.application.port.in.linkedin.SuppressionsUseCase;
import io.cockpit.domain.linkedin.ContactNote;
import io.cockpit.domain.linkedin.ContactQuery;
import io.cockpit.domain.linkedin.ContactSort;
import io.cockpit.domain.linkedin.ProfileUrl;
import io.cockpit.domain.linkedin.Suppression;
import io.cockpit.domain.shared.InvalidValueException;
import io.cockpit.domain.shared.ItemId;
import io.cockpit.domain.shared.VersionCheck;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** {@code /v1/me/contacts} and {@code /v1/me/suppressions}: the user's contacts, the lookup, the suppression list. */
public final class ContactsApi extends MeContactsService {

    private final ContactsUseCase contacts;
    private final SuppressionsUseCase suppressions;

    private ContactsApi(ContactsUseCase contacts, SuppressionsUseCase suppressions) {
        this.contacts = contacts;
        this.suppressions = suppressions;
    }

    public static HttpRoutes routes(ContactsUseCase contacts, SuppressionsUseCase suppressions) {
        return new HttpRoutes(PATH_PREFIX, new ContactsApi(contacts, suppressions));
    }

    @Override
    protected void handleListContacts(ServerRequest request, ServerResponse response, Optional<Integer> limit,
                                      Optional<String> cursor, Optional<String> sort, Optional<String> tag,
                                      Optional<String> category, Optional<String> company, Optional<String> position,
                                      Optional<String> location, Optional<OffsetDateTime> connectedSince,
                                      Optional<OffsetDateTime> connectedUntil, Optional<Boolean> writtenTo,
                                      Optional<Boolean> replied, Optional<OffsetDateTime> lastContactBefore,
                                      Optional<OffsetDateTime> lastContactAfter, Optional<Boolean> doNotContact) {
        ContactQuery query = new ContactQuery(tag.map(Wire::itemId), category.map(Wire::itemId), company, position,
                location, connectedSince.map(OffsetDateTime::toInstant), connectedUntil.map(OffsetDateTime::toInstant),
                writtenTo, replied, lastContactBefore.map(OffsetDateTime::toInstant),
                lastContactAfter.map(OffsetDateTime::toInstant), doNotContact,
                sort.flatMap(ContactSort::byWireName).orElse(ContactSort.NAME));
        Page<ContactView> page = contacts.list(Callers.user(request), query, Paging.request(request, limit, cursor));
        JsonReply.of(200, new ContactPage(page.items().stream().map(LinkedInWire::contact).toList(),
                Paging.next(request, page))).send(response);
    }

    @Override
    protected void handleLookupContact(ServerRequest request, ServerResponse response, String profileUrl) {
        ProfileUrl url;
        try {
            url = ProfileUrl.parse(profileUrl);
        } catch (InvalidValueException refused) {
            throw Problems.invalidParameters(List.of(new FieldViolation("query", "/profileUrl", refused.rule(),
                    refused.getMessage())));
        }
        reply(200, contacts.lookup(Callers.user(request), url)).send(response);
    }

    @Override
    protected void handleGetContact(ServerRequest request, ServerResponse response, String contactId) {
        reply(200, contacts.get(Callers.user(request), Wire.itemId(contactId))).send(response);
    }

    @Override
    protected void handleChangeContact(ServerRequest request, ServerResponse response, String contactId,
                                       ContactPatch body, Optional<String> ifMatch) {
        FieldCollector fields = new FieldCollector();
        Optional<List<ItemId>> tags = fields.field("/tags", () -> ids(body.getTags()));
        Optional<List<ItemId>> categories = fields.field("/categories", () -> ids(body.getCategories()));
        Optional<Optional<ContactNote>> note = fields.field("/note", () -> Optional.ofNullable(body.getNote())
                .map(text -> text.isBlank() ? Optional.<ContactNote>empty() : Optional.of(new ContactNote(text))));
        fields.throwIfInvalid();
        ContactChange change = new ContactChange(tags, categories, note, Optional.ofNullable(body.getDoNotContact()));
        VersionCheck expected = ifMatch.map(ETags::ifMatch).orElse(VersionCheck.ANY);
        reply(200, contacts.change(Callers.user(request), Wire.itemId(contactId), change, expected)).send(response);
    }

    @Override
    protected void handleForgetContact(ServerRequest request, ServerResponse response, String contactId) {
        contacts.forget(Callers.user(request), Wire.itemId(contactId));
        response.status(Status.NO_CONTENT_204).send();
    }

    @Override
    protected void handleListSuppressions(ServerRequest request, ServerResponse response, Optional<Integer> limit,
                                          Optional<String> cursor) {
        Page<Suppression> page = suppressions.list(Callers.user(request), Paging.request(request, limit, cursor));
        JsonReply.of(200, new SuppressionPage(page.items().stream().map(LinkedInWire::suppression).toList(),
                Paging.next(request, page))).send(response);
    }

    @Override
    protected void handleLiftSuppression(ServerRequest request, ServerResponse response, String suppressionId) {
        suppressions.lift(Callers.user(request), Wire.itemId(suppressionId));
        response.status(Status.NO_CONTENT_204).send();
    }

    static Optional<List<ItemId>> ids(Collection<String> ids) {
        return Optional.ofNullable(ids).map(list -> list.stream().map(Wire::itemId).toList());
    }

    private static JsonReply reply(int status, ContactView view) {
        return ETags.tagged(JsonReply.of(status, LinkedInWire.contact(view)), view.contact().userVersion());
    }
}
