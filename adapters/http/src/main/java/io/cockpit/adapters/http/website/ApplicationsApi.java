package io.cockpit.adapters.http.website;

import io.cockpit.adapters.http.HttpRoutes;
import io.cockpit.adapters.http.handler.FieldCollector;
import io.cockpit.adapters.http.handler.JsonReply;
import io.cockpit.adapters.http.handler.ParameterValues;
import io.cockpit.adapters.http.handler.Wire;
import io.cockpit.adapters.http.pipeline.Callers;
import io.cockpit.adapters.http.pipeline.RequestInfo;
import io.cockpit.adapters.http.problem.Problems;
import io.cockpit.api.PublicApplicationsService;
import io.cockpit.api.model.ApplicationInput;
import io.cockpit.api.model.ApplicationReceipt;
import io.cockpit.api.model.ApplicationWithdrawal;
import io.cockpit.application.port.in.website.ApplyUseCase;
import io.cockpit.application.port.in.website.ApplyUseCase.Receipt;
import io.cockpit.application.port.in.website.ApplyUseCase.StoredDocument;
import io.cockpit.application.port.in.website.ApplyUseCase.UploadPermit;
import io.cockpit.application.port.in.website.ApplyUseCase.Withdrawal;
import io.cockpit.domain.account.EmailAddress;
import io.cockpit.domain.account.PersonName;
import io.cockpit.domain.protection.IpAddress;
import io.cockpit.domain.shared.ItemId;
import io.cockpit.domain.website.Application;
import io.cockpit.domain.website.ApplicationDocument;
import io.cockpit.domain.website.ConsentTextVersion;
import io.cockpit.domain.website.DocumentName;
import io.cockpit.domain.website.DocumentType;
import io.cockpit.domain.website.FormMessage;
import io.cockpit.domain.website.JobReference;
import io.cockpit.domain.website.PhoneNumber;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/**
 * Applying through the website (no authentication): the application, its documents as raw bytes with the upload
 * token ({@code uploadToken}, checked by the use case before the body is read), and the withdrawal links.
 */
public final class ApplicationsApi extends PublicApplicationsService {

    private static final List<String> DOCUMENT_TYPES = java.util.Arrays.stream(DocumentType.values())
            .map(DocumentType::mediaType).toList();

    private final ApplyUseCase intake;
    private final DocumentBody documents = new DocumentBody();

    private ApplicationsApi(ApplyUseCase intake) {
        this.intake = intake;
    }

    public static HttpRoutes routes(ApplyUseCase intake) {
        return new HttpRoutes(PATH_PREFIX, new ApplicationsApi(intake));
    }

    @Override
    protected void handleSubmitApplication(ServerRequest request, ServerResponse response, ApplicationInput body) {
        IpAddress client = RequestInfo.require(request).client();
        Receipt receipt = WebsiteFields.honeypotFilled(body.getWebsite())
                ? intake.trap(client)
                : intake.apply(submission(body), WebsiteFields.language(body.getLanguage()), client);
        JsonReply.of(201, new ApplicationReceipt(receipt.id().value(), receipt.uploadToken().value(),
                Wire.utc(receipt.uploadTokenExpiresAt()), ApplicationDocument.MAX_PER_APPLICATION,
                ApplicationDocument.MAX_BYTES)).send(response);
    }

    private static Application.Submission submission(ApplicationInput body) {
        FieldCollector fields = new FieldCollector();
        JobReference job = fields.field("/jobReference", () -> new JobReference(body.getJobReference()));
        PersonName firstName = fields.field("/firstName", () -> new PersonName(body.getFirstName()));
        PersonName lastName = fields.field("/lastName", () -> new PersonName(body.getLastName()));
        EmailAddress email = fields.field("/email", () -> new EmailAddress(body.getEmail()));
        Optional<PhoneNumber> phone = fields.field("/phone",
                () -> WebsiteFields.optional(body.getPhone()).map(PhoneNumber::new));
        Optional<FormMessage> message = fields.field("/message",
                () -> WebsiteFields.optional(body.getMessage()).map(FormMessage::new));
        ConsentTextVersion consentText = fields.field("/consentTextVersion",
                () -> new ConsentTextVersion(body.getConsentTextVersion()));
        fields.throwIfInvalid();
        return new Application.Submission(job, firstName, lastName, email, phone, message,
                Boolean.TRUE.equals(body.getTalentPoolConsent()) ? Optional.of(consentText) : Optional.empty());
    }

    @Override
    protected void handleUploadApplicationDocument(ServerRequest request, ServerResponse response,
                                                   String applicationId, String fileName, InputStream body) {
        ItemId id = Wire.itemId(applicationId);
        DocumentName name = ParameterValues.parse("path", "fileName", () -> new DocumentName(fileName));
        DocumentType declared = request.headers().contentType()
                .flatMap(type -> DocumentType.ofMediaType(type.mediaType().text()))
                .orElseThrow(() -> Problems.unsupportedMediaType("PUT", DOCUMENT_TYPES));
        UploadPermit permit = intake.admitUpload(id, Callers.bearerToken(request),
                RequestInfo.require(request).client());
        StoredDocument stored = documents.read(body,
                content -> intake.storeDocument(permit, name, declared, content));
        JsonReply.of(stored.replaced() ? 200 : 201, WebsiteDtos.document(stored.document())).send(response);
    }

    @Override
    protected void handleWithdrawApplication(ServerRequest request, ServerResponse response, String token) {
        Withdrawal withdrawal = intake.withdraw(token, RequestInfo.require(request).client());
        JsonReply.of(200, new ApplicationWithdrawal(withdrawal.erased(),
                withdrawal.keptUntil().map(Wire::utc).orElse(null))).send(response);
    }

    @Override
    protected void handleLeaveTalentPool(ServerRequest request, ServerResponse response, String token) {
        intake.leaveTalentPool(token, RequestInfo.require(request).client());
        response.status(Status.NO_CONTENT_204).send();
    }
}
