package io.cockpit.adapters.http.register;

import io.cockpit.adapters.http.HttpRoutes;
import io.cockpit.adapters.http.pipeline.Callers;
import io.cockpit.adapters.http.pipeline.RequestInfo;
import io.cockpit.api.MeDataService;
import io.cockpit.api.model.ErasureConfirmation;
import io.cockpit.application.port.in.register.EraseMyAccountUseCase;
import io.cockpit.application.port.in.register.ExportUseCase;
import io.cockpit.domain.account.UserId;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/** {@code GET /v1/me/export} (JSON or a ZIP of CSV files, streamed) and {@code DELETE /v1/me} (202 with a receipt). */
public final class MyDataApi extends MeDataService {

    private final ExportUseCase exports;
    private final EraseMyAccountUseCase erasure;
    private final Clock clock;

    private MyDataApi(ExportUseCase exports, EraseMyAccountUseCase erasure, Clock clock) {
        this.exports = exports;
        this.erasure = erasure;
        this.clock = clock;
    }

    public static HttpRoutes routes(ExportUseCase exports, EraseMyAccountUseCase erasure, Clock clock) {
        return new HttpRoutes(PATH_PREFIX, new MyDataApi(exports, erasure, clock));
    }

    @Override
    protected void handleEraseMyAccount(ServerRequest request, ServerResponse response, ErasureConfirmation body) {
        UserId user = Callers.user(request);
        ErasureReceipts.accepted(erasure.eraseMyAccount(user, body.getPassword(),
                RequestInfo.require(request).client())).send(response);
    }

    @Override
    protected void handleExportMyData(ServerRequest request, ServerResponse response, Optional<String> format,
                                      Optional<String> acceptLanguage) {
        ExportUseCase.PreparedExport export = exports.exportOf(Callers.user(request));
        ExportDownload.send(response, export, format, PreferredLanguage.of(acceptLanguage), clock, Map.of());
    }
}
