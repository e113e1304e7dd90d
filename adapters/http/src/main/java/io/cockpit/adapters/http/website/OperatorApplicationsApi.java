package io.cockpit.adapters.http.website;

import io.cockpit.adapters.http.HttpRoutes;
import io.cockpit.adapters.http.handler.FieldCollector;
import io.cockpit.adapters.http.handler.JsonReply;
import io.cockpit.adapters.http.handler.Paging;
import io.cockpit.adapters.http.handler.ParameterValues;
import io.cockpit.adapters.http.handler.Wire;
import io.cockpit.adapters.http.pipeline.Callers;
import io.cockpit.api.OperatorApplicationsService;
import io.cockpit.api.model.ApplicationChange;
import io.cockpit.api.model.ApplicationNoteInput;
import io.cockpit.api.model.ApplicationSummaryPage;
import io.cockpit.api.model.LegalHoldInput;
import io.cockpit.application.paging.Page;
import io.cockpit.application.port.in.website.ApplicationDeskUseCase;
import io.cockpit.application.port.in.website.ApplicationDeskUseCase.Download;
import io.cockpit.application.port.in.website.ApplicationDeskUseCase.ListedApplication;
import io.cockpit.domain.shared.DomainException;
import io.cockpit.domain.website.Application;
import io.cockpit.domain.website.ApplicationFilter;
import io.cockpit.domain.website.ApplicationStatus;
import io.cockpit.domain.website.HoldReason;
import io.cockpit.domain.website.JobReference;
import io.cockpit.domain.website.NoteText;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.CloseConnectionException;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** The operator's applications ({@code operatorAuth}); the use case audits every call with ids only. */
public final class OperatorApplicationsApi extends OperatorApplicationsService {

    private final ApplicationDeskUseCase desk;

    private OperatorApplicationsApi(ApplicationDeskUseCase desk) {
        this.desk = desk;
    }

    public static HttpRoutes routes(ApplicationDeskUseCase desk) {
        return new HttpRoutes(PATH_PREFIX, new OperatorApplicationsApi(desk));
    }

    @Override
    protected void handleListApplications(ServerRequest request, ServerResponse response,
                                          Optional<String> jobReference, Optional<String> status,
                                          Optional<Integer> limit, Optional<String> cursor) {
        ApplicationFilter filter = new ApplicationFilter(
                jobReference.map(job -> ParameterValues.parse("query", "jobReference", () -> new JobReference(job))),
                status.map(ApplicationStatus::fromWireName));
        Page<ListedApplication> page = desk.list(operator(request), filter, Paging.request(request, limit, cursor));
        JsonReply.of(200, new ApplicationSummaryPage(page.items().stream().map(WebsiteDtos::summary).toList(),
                Paging.next(request, page))).send(response);
    }

    @Override
    protected void handleGetApplication(ServerRequest request, ServerResponse response, String applicationId) {
        JsonReply.of(200, WebsiteDtos.detail(desk.find(operator(request), Wire.itemId(applicationId))))
                .send(response);
    }

    @Override
    protected void handleChangeApplication(ServerRequest request, ServerResponse response, String applicationId,
                                           ApplicationChange body) {
        JsonReply.of(200, WebsiteDtos.detail(desk.changeStatus(operator(request), Wire.itemId(applicationId),
                ApplicationStatus.fromWireName(body.getStatus().getValue())))).send(response);
    }

    @Override
    protected void handleAddApplicationNote(ServerRequest request, ServerResponse response, String applicationId,
                                            ApplicationNoteInput body) {
        NoteText text = FieldCollector.forField("/text", () -> new NoteText(body.getText()));
        JsonReply.of(201, WebsiteDtos.note(desk.addNote(operator(request), Wire.itemId(applicationId), text)))
                .send(response);
    }

    @Override
    protected void handleDownloadApplicationDocument(ServerRequest request, ServerResponse response,
                                                     String applicationId, String documentId) {
        Download download = desk.download(operator(request), Wire.itemId(applicationId), Wire.itemId(documentId));
        byte[] first = download.part(0);
        response.status(Status.OK_200);
        response.header(HeaderNames.CONTENT_TYPE, download.document().type().mediaType());
        response.header(HeaderNames.CONTENT_LENGTH, String.valueOf(download.document().sizeBytes()));
        response.header(HeaderNames.CONTENT_DISPOSITION, attachment(download.document().fileName().value()));
        response.header(HeaderNames.X_CONTENT_TYPE_OPTIONS, "nosniff");
        response.header(HeaderNames.CACHE_CONTROL, "no-store");
        try {
            OutputStream body = response.outputStream();
            body.write(first);
            for (int number = 1; number < download.parts(); number++) {
                body.write(rest(download, number));
            }
            body.close();
        } catch (IOException clientGone) {
            throw new CloseConnectionException("the client went away during a download", clientGone);
        }
    }

    /**
     * A part after the first: the status and {@code Content-Length} are sent by now, so a document erased meanwhile
     * cannot become a problem any more; the connection is closed short of the promised length instead.
     */
    private static byte[] rest(Download download, int number) {
        try {
            return download.part(number);
        } catch (DomainException erased) {
            throw new CloseConnectionException("document erased while it was downloaded", erased);
        }
    }

    /** RFC 6266: an ASCII fallback name and the real one in UTF-8 ({@code filename*}). */
    static String attachment(String fileName) {
        String fallback = fileName.codePoints()
                .map(c -> c < 0x20 || c > 0x7E || c == '"' || c == '\\' || c == ';' ? '_' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + fallback + "\"; filename*=UTF-8''" + encoded;
    }

    @Override
    protected void handlePlaceLegalHold(ServerRequest request, ServerResponse response, String applicationId,
                                        LegalHoldInput body) {
        FieldCollector fields = new FieldCollector();
        HoldReason reason = fields.field("/reason", () -> new HoldReason(body.getReason()));
        fields.throwIfInvalid();
        JsonReply.of(200, WebsiteDtos.detail(FieldCollector.forField("/until", () -> desk.placeHold(
                operator(request), Wire.itemId(applicationId), reason, body.getUntil().toInstant())))).send(response);
    }

    @Override
    protected void handleReleaseLegalHold(ServerRequest request, ServerResponse response, String applicationId) {
        JsonReply.of(200, WebsiteDtos.detail(desk.releaseHold(operator(request), Wire.itemId(applicationId))))
                .send(response);
    }

    private static String operator(ServerRequest request) {
        return Callers.operator(request).value();
    }
}
