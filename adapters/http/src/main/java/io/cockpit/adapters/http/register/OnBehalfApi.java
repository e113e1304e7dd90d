package io.cockpit.adapters.http.register;

import io.cockpit.adapters.http.HttpRoutes;
import io.cockpit.adapters.http.handler.FieldCollector;
import io.cockpit.adapters.http.handler.JsonReply;
import io.cockpit.adapters.http.handler.Wire;
import io.cockpit.adapters.http.pipeline.Callers;
import io.cockpit.adapters.http.pipeline.HeadRequests;
import io.cockpit.api.OperatorOnBehalfService;
import io.cockpit.api.model.OnBehalfObjection;
import io.cockpit.api.model.OnBehalfRectification;
import io.cockpit.application.port.in.register.ExportUseCase;
import io.cockpit.application.port.in.register.OnBehalfChangesUseCase;
import io.cockpit.application.port.in.register.OnBehalfUseCase;
import io.cockpit.domain.account.PersonName;
import io.cockpit.domain.privacy.ConsentPurpose;
import io.cockpit.domain.privacy.ProcessingRestriction;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The operator's work for a data-subject request ({@code operatorAuth}; audited): the export download, the erasure,
 * and the changes the person could make in the app (restriction, objection, name).
 */
public final class OnBehalfApi extends OperatorOnBehalfService {

    private final OnBehalfUseCase onBehalf;
    private final OnBehalfChangesUseCase changes;
    private final Clock clock;

    private OnBehalfApi(OnBehalfUseCase onBehalf, OnBehalfChangesUseCase changes, Clock clock) {
        this.onBehalf = onBehalf;
        this.changes = changes;
        this.clock = clock;
    }

    public static HttpRoutes routes(OnBehalfUseCase onBehalf, OnBehalfChangesUseCase changes, Clock clock) {
        return new HttpRoutes(PATH_PREFIX, new OnBehalfApi(onBehalf, changes, clock));
    }

    @Override
    protected void handleEraseForDataSubjectRequest(ServerRequest request, ServerResponse response,
                                                    String requestId) {
        ErasureReceipts.accepted(onBehalf.eraseFor(Callers.operator(request).value(), Wire.itemId(requestId)))
                .send(response);
    }

    @Override
    protected void handleExportForDataSubjectRequest(ServerRequest request, ServerResponse response,
                                                     String requestId, Optional<String> format,
                                                     Optional<String> acceptLanguage) {
        if (HeadRequests.isHead(request)) {
            // safe, as a HEAD must be: no export linked to the request, no download audited
            OnBehalfUseCase.ExportPreview preview = onBehalf.previewExportFor(Wire.itemId(requestId));
            ExportDownload.send(response, preview.export(), format, PreferredLanguage.of(acceptLanguage), clock,
                    preview.linkedId().map(id -> Map.of("X-Export-Id", id)).orElse(Map.of()));
            return;
        }
        ExportUseCase.PreparedExport export = onBehalf.exportFor(Callers.operator(request).value(),
                Wire.itemId(requestId));
        ExportDownload.send(response, export, format, PreferredLanguage.of(acceptLanguage), clock,
                Map.of("X-Export-Id", export.exportId().value()));
    }

    @Override
    protected void handleRestrictForDataSubjectRequest(ServerRequest request, ServerResponse response,
                                                       String requestId) {
        ProcessingRestriction restriction = changes.restrictFor(Callers.operator(request).value(),
                Wire.itemId(requestId));
        // the same answer as the user's PUT /v1/me/restriction
        JsonReply.of(200, new io.cockpit.api.model.ProcessingRestriction(restriction.restricted(),
                restriction.since().map(Wire::utc).orElse(null))).send(response);
    }

    @Override
    protected void handleLiftRestrictionForDataSubjectRequest(ServerRequest request, ServerResponse response,
                                                              String requestId) {
        changes.liftRestrictionFor(Callers.operator(request).value(), Wire.itemId(requestId));
        response.status(Status.NO_CONTENT_204).send();
    }

    @Override
    protected void handleObjectForDataSubjectRequest(ServerRequest request, ServerResponse response, String requestId,
                                                     OnBehalfObjection body) {
        Set<ConsentPurpose> purposes = body.getPurposes().stream()
                .map(purpose -> ConsentPurpose.valueOf(purpose.name())).collect(Collectors.toUnmodifiableSet());
        changes.objectFor(Callers.operator(request).value(), Wire.itemId(requestId), purposes);
        response.status(Status.NO_CONTENT_204).send();
    }

    @Override
    protected void handleRectifyForDataSubjectRequest(ServerRequest request, ServerResponse response,
                                                      String requestId, OnBehalfRectification body) {
        PersonName name = FieldCollector.forField("/name", () -> new PersonName(body.getName()));
        changes.rectifyFor(Callers.operator(request).value(), Wire.itemId(requestId), name);
        response.status(Status.NO_CONTENT_204).send();
    }
}
