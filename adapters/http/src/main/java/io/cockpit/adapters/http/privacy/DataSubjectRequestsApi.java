package io.cockpit.adapters.http.privacy;

import io.cockpit.adapters.http.HttpRoutes;
import io.cockpit.adapters.http.handler.FieldCollector;
import io.cockpit.adapters.http.handler.JsonReply;
import io.cockpit.adapters.http.handler.Paging;
import io.cockpit.adapters.http.handler.ParameterValues;
import io.cockpit.adapters.http.handler.Wire;
import io.cockpit.adapters.http.pipeline.Callers;
import io.cockpit.api.OperatorDataSubjectRequestsService;
import io.cockpit.api.model.DataSubjectRequestChange;
import io.cockpit.api.model.DataSubjectRequestInput;
import io.cockpit.api.model.DataSubjectRequestPage;
import io.cockpit.api.model.DataSubjectRequestStatus;
import io.cockpit.api.model.DataSubjectRequestType;
import io.cockpit.application.paging.Page;
import io.cockpit.application.port.in.privacy.DataSubjectRequestsUseCase;
import io.cockpit.application.port.in.privacy.DataSubjectRequestsUseCase.NewDataSubjectRequest;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.privacy.DataSubjectRequest;
import io.cockpit.domain.privacy.DataSubjectRequestFilter;
import io.cockpit.domain.privacy.RequestNote;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.time.Clock;
import java.util.Optional;

/** The operator's data-subject requests ({@code operatorAuth}); the use cases audit every call under the key's name. */
public final class DataSubjectRequestsApi extends OperatorDataSubjectRequestsService {

    private final DataSubjectRequestsUseCase requests;
    private final Clock clock;

    private DataSubjectRequestsApi(DataSubjectRequestsUseCase requests, Clock clock) {
        this.requests = requests;
        this.clock = clock;
    }

    /** @param clock tells whether a request is overdue when it is shown */
    public static HttpRoutes routes(DataSubjectRequestsUseCase requests, Clock clock) {
        return new HttpRoutes(PATH_PREFIX, new DataSubjectRequestsApi(requests, clock));
    }

    @Override
    protected void handleRecordDataSubjectRequest(ServerRequest request, ServerResponse response,
                                                  DataSubjectRequestInput body) {
        FieldCollector fields = new FieldCollector();
        UserId user = fields.field("/userId", () -> new UserId(body.getUserId().toLowerCase(java.util.Locale.ROOT)));
        RequestNote note = fields.field("/note", () -> new RequestNote(body.getNote()));
        fields.throwIfInvalid();
        NewDataSubjectRequest command = new NewDataSubjectRequest(user,
                io.cockpit.domain.privacy.DataSubjectRequestType.fromWireName(body.getType().getValue()),
                body.getReceivedAt().toInstant(), note);
        DataSubjectRequest recorded = FieldCollector.forField("/receivedAt",
                () -> requests.record(operator(request), command));
        JsonReply.of(201, toDto(recorded))
                .withHeader("Location", "/v1/operator/data-subject-requests/" + recorded.id())
                .send(response);
    }

    @Override
    protected void handleListDataSubjectRequests(ServerRequest request, ServerResponse response,
                                                 Optional<String> status, Optional<String> type,
                                                 Optional<Boolean> overdue,
                                                 Optional<String> userId, Optional<Integer> limit,
                                                 Optional<String> cursor) {
        DataSubjectRequestFilter filter = new DataSubjectRequestFilter(
                status.map(io.cockpit.domain.privacy.DataSubjectRequestStatus::fromWireName),
                type.map(io.cockpit.domain.privacy.DataSubjectRequestType::fromWireName),
                overdue,
                userId.map(id -> ParameterValues.parse("query", "userId",
                        () -> new UserId(id.toLowerCase(java.util.Locale.ROOT)))));
        Page<DataSubjectRequest> page = requests.list(operator(request), filter, Paging.request(request, limit, cursor));
        JsonReply.of(200, new DataSubjectRequestPage(page.items().stream().map(this::toDto).toList(),
                Paging.next(request, page))).send(response);
    }

    @Override
    protected void handleGetDataSubjectRequest(ServerRequest request, ServerResponse response, String requestId) {
        JsonReply.of(200, toDto(requests.find(operator(request), Wire.itemId(requestId)))).send(response);
    }

    @Override
    protected void handleChangeDataSubjectRequest(ServerRequest request, ServerResponse response, String requestId,
                                                  DataSubjectRequestChange body) {
        Optional<RequestNote> resolution = Optional.ofNullable(body.getResolution())
                .map(text -> FieldCollector.forField("/resolution", () -> new RequestNote(text)));
        DataSubjectRequest changed = FieldCollector.forField("/resolution", () -> requests.change(operator(request),
                Wire.itemId(requestId),
                io.cockpit.domain.privacy.DataSubjectRequestStatus.fromWireName(body.getStatus().getValue()),
                resolution));
        JsonReply.of(200, toDto(changed)).send(response);
    }

    private static String operator(ServerRequest request) {
        return Callers.operator(request).value();
    }

    private io.cockpit.api.model.DataSubjectRequest toDto(DataSubjectRequest request) {
        return new io.cockpit.api.model.DataSubjectRequest(request.id().value(), request.userId().value(),
                DataSubjectRequestType.fromValue(request.type().wireName()),
                DataSubjectRequestStatus.fromValue(request.status().wireName()),
                Wire.utc(request.receivedAt()), Wire.utc(request.dueAt()), request.overdue(clock.instant()),
                request.note().value(), request.resolution().map(RequestNote::value).orElse(null),
                request.closedAt().map(Wire::utc).orElse(null), request.exportId().orElse(null),
                request.erasureId().orElse(null), Wire.utc(request.recordedAt()), Wire.utc(request.updatedAt()));
    }
}
