package io.cockpit.adapters.http.website;

import io.cockpit.adapters.http.HttpRoutes;
import io.cockpit.adapters.http.handler.FieldCollector;
import io.cockpit.adapters.http.handler.JsonReply;
import io.cockpit.adapters.http.pipeline.RequestInfo;
import io.cockpit.api.PublicContactService;
import io.cockpit.api.model.ContactRequestInput;
import io.cockpit.api.model.WebsiteAccepted;
import io.cockpit.application.port.in.website.ContactFormUseCase;
import io.cockpit.application.port.in.website.ContactFormUseCase.ContactSubmission;
import io.cockpit.domain.account.EmailAddress;
import io.cockpit.domain.account.PersonName;
import io.cockpit.domain.protection.IpAddress;
import io.cockpit.domain.website.CompanyName;
import io.cockpit.domain.website.FormMessage;
import io.cockpit.domain.website.PageUrl;
import io.cockpit.domain.website.PhoneNumber;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.util.Optional;

/** The website's contact form (no authentication): 202 with one fixed answer, and the withdrawal link's DELETE. */
public final class ContactFormApi extends PublicContactService {

    /** The one answer to every form, whatever it held (nothing is echoed). */
    static final String ACCEPTED = "Thank you. Your request has arrived; an acknowledgement is on its way by e-mail.";

    private final ContactFormUseCase contactForm;

    private ContactFormApi(ContactFormUseCase contactForm) {
        this.contactForm = contactForm;
    }

    public static HttpRoutes routes(ContactFormUseCase contactForm) {
        return new HttpRoutes(PATH_PREFIX, new ContactFormApi(contactForm));
    }

    @Override
    protected void handleSubmitContactRequest(ServerRequest request, ServerResponse response, ContactRequestInput body) {
        IpAddress client = RequestInfo.require(request).client();
        if (WebsiteFields.honeypotFilled(body.getWebsite())) {
            contactForm.trap(client);
        } else {
            contactForm.submit(submission(body), client);
        }
        JsonReply.of(202, new WebsiteAccepted(ACCEPTED)).send(response);
    }

    private static ContactSubmission submission(ContactRequestInput body) {
        FieldCollector fields = new FieldCollector();
        PersonName name = fields.field("/name", () -> new PersonName(body.getName()));
        EmailAddress email = fields.field("/email", () -> new EmailAddress(body.getEmail()));
        Optional<PhoneNumber> phone = fields.field("/phone",
                () -> WebsiteFields.optional(body.getPhone()).map(PhoneNumber::new));
        Optional<CompanyName> company = fields.field("/company",
                () -> WebsiteFields.optional(body.getCompany()).map(CompanyName::new));
        FormMessage message = fields.field("/message", () -> new FormMessage(body.getMessage()));
        PageUrl pageUrl = fields.field("/pageUrl", () -> new PageUrl(body.getPageUrl()));
        fields.throwIfInvalid();
        return new ContactSubmission(name, email, phone, company, message, pageUrl,
                WebsiteFields.language(body.getLanguage()));
    }

    @Override
    protected void handleWithdrawContactRequest(ServerRequest request, ServerResponse response, String token) {
        contactForm.withdraw(token, RequestInfo.require(request).client());
        response.status(Status.NO_CONTENT_204).send();
    }
}
