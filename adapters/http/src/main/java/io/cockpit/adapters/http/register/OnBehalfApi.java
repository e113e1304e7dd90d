package io.cockpit.adapters.http.register;

import io.cockpit.adapters.http.HttpRoutes;
import io.cockpit.adapters.http.handler.Wire;
import io.cockpit.adapters.http.pipeline.Callers;
import io.cockpit.adapters.http.pipeline.HeadRequests;
import io.cockpit.adapters.http.privacy.RestrictionReply;
import io.cockpit.api.OperatorOnBehalfService;
import io.cockpit.application.port.in.register.ExportUseCase;
import io.cockpit.application.port.in.register.OnBehalfUseCase;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * The operator's export download, erasure and restriction for a data-subject request ({@code operatorAuth}; audited).
 */
public final class OnBehalfApi extends OperatorOnBehalfService {

    private final OnBehalfUseCase onBehalf;
    private final Clock clock;

    private OnBehalfApi(OnBehalfUseCase onBehalf, Clock clock) {
        this.onBehalf = onBehalf;
        this.clock = clock;
    }

    public static HttpRoutes routes(OnBehalfUseCase onBehalf, Clock clock) {
        return new HttpRoutes(PATH_PREFIX, new OnBehalfApi(onBehalf, clock));
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
        RestrictionReply.of(onBehalf.restrictFor(Callers.operator(request).value(), Wire.itemId(requestId)))
                .send(response);
    }

    @Override
    protected void handleLiftRestrictionForDataSubjectRequest(ServerRequest request, ServerResponse response,
                                                              String requestId) {
        onBehalf.liftRestrictionFor(Callers.operator(request).value(), Wire.itemId(requestId));
        response.status(Status.NO_CONTENT_204).send();
    }
}
