package io.cockpit.application.service.website;

import io.cockpit.application.port.in.website.ContactFormUseCase.ContactSubmission;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.application.port.out.shared.Mail;
import io.cockpit.application.testing.WebsiteMother;
import io.cockpit.domain.account.EmailAddress;
import io.cockpit.domain.account.PersonName;
import io.cockpit.domain.protection.IpAddress;
import io.cockpit.domain.register.ErasureReason;
import io.cockpit.domain.shared.DomainException;
import io.cockpit.domain.shared.ErrorCode;
import io.cockpit.domain.shared.Language;
import io.cockpit.domain.website.FormMessage;
import io.cockpit.domain.website.PageUrl;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContactFormServiceTest {

    private final WebsiteServices website = new WebsiteServices();

    private static ContactSubmission submission(String email, Language language) {
        return new ContactSubmission(new PersonName("Mallory Spam"), new EmailAddress(email), Optional.empty(),
                Optional.empty(), new FormMessage("Visit https://spam.example now!"),
                new PageUrl("https://www.example.com/kontakt"), language);
    }

    private int stored() {
        return website.stores.contactRequests.list(PageRequest.first(100)).items().size();
    }

    @Test
    void aRequestIsStoredAndAcknowledgedWithALinkThatErasesItAtOnce() {
        String email = WebsiteMother.uniqueEmail();
        website.contactForm.submit(submission(email, Language.DE), website.newClient());

        assertThat(stored()).isEqualTo(1);
        String token = website.tokenMailedTo(email, "contact-request");
        website.contactForm.withdraw(token, website.newClient());

        assertThat(stored()).isZero();
        assertThat(website.ledger()).singleElement().satisfies(line -> {
            assertThat(line.category()).isEqualTo("contact_requests");
            assertThat(line.reason()).isEqualTo(ErasureReason.WITHDRAWN);
            assertThat(line.items()).isEqualTo(1);
            assertThat(line.receipt()).isEmpty();
        });
        assertThatThrownBy(() -> website.contactForm.withdraw(token, website.newClient()))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).error()).isEqualTo(ErrorCode.CONTACT_REQUEST_NOT_FOUND);
    }

    @Test
    void theAcknowledgementRepeatsNothingTheVisitorTyped() {
        String email = WebsiteMother.uniqueEmail();
        website.contactForm.submit(submission(email, Language.EN), website.newClient());

        Mail mail = website.stores.mail.sentTo(new EmailAddress(email)).getFirst();
        assertThat(mail.language()).isEqualTo(Language.EN);
        assertThat(mail.subject()).isEqualTo("We have received your request");
        assertThat(mail.subject() + mail.text()).doesNotContain("Mallory", "spam.example", "Visit");
    }

    @Test
    void aFilledHoneypotStoresAndSendsNothing() {
        website.contactForm.trap(website.newClient());

        assertThat(stored()).isZero();
        assertThat(website.stores.mail.sent()).isEmpty();
    }

    @Test
    void oneAddressIsLimitedPerHourAndOthersAreNot() {
        IpAddress client = website.newClient();
        for (int i = 0; i < website.rules.requestsPerAddress(); i++) {
            website.contactForm.trap(client);
        }

        assertThatThrownBy(() -> website.contactForm.submit(submission(WebsiteMother.uniqueEmail(), Language.DE),
                client))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> {
                    assertThat(((DomainException) e).error()).isEqualTo(ErrorCode.WEBSITE_TOO_MANY_REQUESTS);
                    assertThat(((DomainException) e).details()).containsKey("retryAfterSeconds");
                });
        website.contactForm.submit(submission(WebsiteMother.uniqueEmail(), Language.DE), website.newClient());
        assertThat(stored()).isEqualTo(1);

        website.stores.clock.advance(website.rules.window());
        website.contactForm.submit(submission(WebsiteMother.uniqueEmail(), Language.DE), client);
        assertThat(stored()).isEqualTo(2);
    }

    @Test
    void theAddressesOfOneIpv6NetworkShareOneLimit() {
        for (int i = 0; i < website.rules.requestsPerAddress(); i++) {
            website.contactForm.trap(IpAddress.parse("2001:db8:7:1::" + Integer.toHexString(i + 1)));
        }

        assertThatThrownBy(() -> website.contactForm.submit(submission(WebsiteMother.uniqueEmail(), Language.DE),
                IpAddress.parse("2001:db8:7:1:ffff::1")))
                .isInstanceOf(DomainException.class);
        website.contactForm.submit(submission(WebsiteMother.uniqueEmail(), Language.DE),
                IpAddress.parse("2001:db8:7:2::1"));
        assertThat(stored()).as("another /64").isEqualTo(1);
    }

    @Test
    void oneMailboxGetsAFewAcknowledgementsPerHourAtMost() {
        String victim = WebsiteMother.uniqueEmail();
        for (int i = 0; i < website.rules.mailsPerRecipient(); i++) {
            website.contactForm.submit(submission(victim, Language.DE), website.newClient());
        }

        assertThatThrownBy(() -> website.contactForm.submit(submission(victim.toUpperCase(java.util.Locale.ROOT),
                Language.DE), website.newClient()))
                .extracting(e -> ((DomainException) e).error()).isEqualTo(ErrorCode.WEBSITE_TOO_MANY_REQUESTS);
        assertThat(website.stores.mail.sentTo(new EmailAddress(victim))).hasSize(website.rules.mailsPerRecipient());
    }

    @Test
    void anUnknownTokenIsNotFound() {
        assertThatThrownBy(() -> website.contactForm.withdraw("wcr_never-issued", website.newClient()))
                .extracting(e -> ((DomainException) e).error()).isEqualTo(ErrorCode.CONTACT_REQUEST_NOT_FOUND);
    }
}
