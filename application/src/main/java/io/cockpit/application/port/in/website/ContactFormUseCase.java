package io.cockpit.application.port.in.website;

import io.cockpit.domain.account.EmailAddress;
import io.cockpit.domain.account.PersonName;
import io.cockpit.domain.protection.IpAddress;
import io.cockpit.domain.shared.Language;
import io.cockpit.domain.website.CompanyName;
import io.cockpit.domain.website.FormMessage;
import io.cockpit.domain.website.PageUrl;
import io.cockpit.domain.website.PhoneNumber;

import java.util.Objects;
import java.util.Optional;

/**
 * The website's contact form (no authentication): a visitor sends a request and gets an acknowledgement with a link
 * that withdraws it. Every call counts against the per-address limit.
 */
public interface ContactFormUseCase {

    /**
     * Stores the request and mails the acknowledgement in {@code language}.
     *
     * @throws io.cockpit.domain.shared.DomainException {@code website.too_many_requests}
     */
    void submit(ContactSubmission submission, IpAddress client);

    /** A form with the honeypot filled (a bot): counts against the limit, stores and sends nothing. */
    void trap(IpAddress client);

    /**
     * Erases the request at once.
     *
     * @throws io.cockpit.domain.shared.DomainException {@code contact_request.not_found} for a token that is unknown,
     *         used or whose request was handled (one answer for all)
     */
    void withdraw(String token, IpAddress client);

    record ContactSubmission(PersonName name, EmailAddress email, Optional<PhoneNumber> phone,
                             Optional<CompanyName> company, FormMessage message, PageUrl pageUrl, Language language) {

        public ContactSubmission {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(email, "email");
            Objects.requireNonNull(phone, "phone");
            Objects.requireNonNull(company, "company");
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(pageUrl, "pageUrl");
            Objects.requireNonNull(language, "language");
        }
    }
}
