package io.cockpit.adapters.http.website;

import io.cockpit.adapters.http.HttpRoutes;
import io.cockpit.adapters.http.handler.JsonReply;
import io.cockpit.adapters.http.handler.Paging;
import io.cockpit.adapters.http.handler.Wire;
import io.cockpit.adapters.http.pipeline.Callers;
import io.cockpit.api.OperatorContactRequestsService;
import io.cockpit.api.model.ContactRequestPage;
import io.cockpit.application.paging.Page;
import io.cockpit.application.port.in.website.ContactRequestInboxUseCase;
import io.cockpit.application.port.in.website.ContactRequestInboxUseCase.OpenRequest;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.util.Optional;

/** The operator's open contact requests ({@code operatorAuth}); the use case audits every call with ids only. */
public final class ContactRequestsApi extends OperatorContactRequestsService {

    private final ContactRequestInboxUseCase inbox;

    private ContactRequestsApi(ContactRequestInboxUseCase inbox) {
        this.inbox = inbox;
    }

    public static HttpRoutes routes(ContactRequestInboxUseCase inbox) {
        return new HttpRoutes(PATH_PREFIX, new ContactRequestsApi(inbox));
    }

    @Override
    protected void handleListContactRequests(ServerRequest request, ServerResponse response, Optional<Integer> limit,
                                             Optional<String> cursor) {
        Page<OpenRequest> page = inbox.list(operator(request), Paging.request(request, limit, cursor));
        JsonReply.of(200, new ContactRequestPage(page.items().stream().map(WebsiteDtos::contactRequest).toList(),
                Paging.next(request, page))).send(response);
    }

    @Override
    protected void handleGetContactRequest(ServerRequest request, ServerResponse response, String requestId) {
        JsonReply.of(200, WebsiteDtos.contactRequest(inbox.find(operator(request), Wire.itemId(requestId))))
                .send(response);
    }

    @Override
    protected void handleCloseContactRequest(ServerRequest request, ServerResponse response, String requestId) {
        inbox.close(operator(request), Wire.itemId(requestId));
        response.status(Status.NO_CONTENT_204).send();
    }

    private static String operator(ServerRequest request) {
        return Callers.operator(request).value();
    }
}
