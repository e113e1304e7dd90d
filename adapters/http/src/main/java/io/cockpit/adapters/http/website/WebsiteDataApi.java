package io.cockpit.adapters.http.website;

import io.cockpit.adapters.http.HttpRoutes;
import io.cockpit.adapters.http.handler.FieldCollector;
import io.cockpit.adapters.http.handler.JsonReply;
import io.cockpit.adapters.http.handler.ParameterValues;
import io.cockpit.adapters.http.handler.Wire;
import io.cockpit.adapters.http.pipeline.Callers;
import io.cockpit.api.OperatorWebsiteDataService;
import io.cockpit.api.model.KeptApplication;
import io.cockpit.api.model.WebsiteData;
import io.cockpit.api.model.WebsiteDataApplication;
import io.cockpit.api.model.WebsiteDataContactRequest;
import io.cockpit.api.model.WebsiteDataErasure;
import io.cockpit.api.model.WebsiteDataErasureInput;
import io.cockpit.application.port.in.website.WebsiteDataUseCase;
import io.cockpit.application.port.in.website.WebsiteDataUseCase.Erasure;
import io.cockpit.application.port.in.website.WebsiteDataUseCase.Found;
import io.cockpit.domain.account.EmailAddress;
import io.cockpit.domain.website.LegalHold;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.time.Clock;

/**
 * One person's website data by e-mail address ({@code operatorAuth}): what is held, and its erasure under a receipt.
 * The use case audits with the receipt, never the address.
 */
public final class WebsiteDataApi extends OperatorWebsiteDataService {

    private final WebsiteDataUseCase websiteData;
    private final Clock clock;

    private WebsiteDataApi(WebsiteDataUseCase websiteData, Clock clock) {
        this.websiteData = websiteData;
        this.clock = clock;
    }

    /** @param clock tells whether a legal hold is in force when the answer is written */
    public static HttpRoutes routes(WebsiteDataUseCase websiteData, Clock clock) {
        return new HttpRoutes(PATH_PREFIX, new WebsiteDataApi(websiteData, clock));
    }

    @Override
    protected void handleLookUpWebsiteData(ServerRequest request, ServerResponse response, String email) {
        EmailAddress address = ParameterValues.parse("query", "email", () -> new EmailAddress(email));
        Found found = websiteData.lookUp(Callers.operator(request).value(), address);
        JsonReply.of(200, new WebsiteData(
                found.contactRequests().stream().map(contact -> new WebsiteDataContactRequest(contact.id().value(),
                        Wire.utc(contact.receivedAt()))).toList(),
                found.applications().stream().map(application -> new WebsiteDataApplication(
                        application.id().value(), application.jobReference().value(),
                        WebsiteDtos.status(application.status()), Wire.utc(application.receivedAt()),
                        application.heldAt(clock.instant()), application.talentPool().isPresent())).toList()))
                .send(response);
    }

    @Override
    protected void handleEraseWebsiteData(ServerRequest request, ServerResponse response,
                                          WebsiteDataErasureInput body) {
        EmailAddress address = FieldCollector.forField("/email", () -> new EmailAddress(body.getEmail()));
        Erasure erasure = websiteData.erase(Callers.operator(request).value(), address);
        JsonReply.of(200, new WebsiteDataErasure(erasure.receipt(), erasure.contactRequests(),
                erasure.applications(), erasure.talentPoolEntries(),
                erasure.keptUnderLegalHold().stream().map(kept -> new KeptApplication(kept.id().value(),
                        Wire.utc(kept.legalHold().map(LegalHold::until).orElseThrow()))).toList())).send(response);
    }
}
