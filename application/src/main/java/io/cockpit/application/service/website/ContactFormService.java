package io.cockpit.application.service.website;

import io.cockpit.application.port.in.website.ContactFormUseCase;
import io.cockpit.application.port.out.shared.MailSender;
import io.cockpit.application.port.out.shared.Transactions;
import io.cockpit.application.port.out.website.ContactRequestRepository;
import io.cockpit.domain.access.SecretToken;
import io.cockpit.domain.access.TokenHash;
import io.cockpit.domain.access.TokenKind;
import io.cockpit.domain.protection.IpAddress;
import io.cockpit.domain.register.ErasureReason;
import io.cockpit.domain.shared.ItemId;
import io.cockpit.domain.website.ContactRequest;
import io.cockpit.domain.website.WebsiteErrors;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;

/** The contact form: a request stored and acknowledged with its withdrawal link; the link erases it at once. */
public final class ContactFormService implements ContactFormUseCase {

    private final ContactRequestRepository requests;
    private final WebsiteErasures erasures;
    private final MailSender mail;
    private final WithdrawalLinks links;
    private final WebsiteRateLimit limit;
    private final Transactions transactions;
    private final Clock clock;
    private final SecureRandom random;

    public ContactFormService(ContactRequestRepository requests, WebsiteErasures erasures, MailSender mail,
                              WithdrawalLinks links, WebsiteRateLimit limit, Transactions transactions, Clock clock,
                              SecureRandom random) {
        this.requests = requests;
        this.erasures = erasures;
        this.mail = mail;
        this.links = links;
        this.limit = limit;
        this.transactions = transactions;
        this.clock = clock;
        this.random = random;
    }

    @Override
    public void submit(ContactSubmission submission, IpAddress client) {
        limit.admit(client);
        limit.admitMailTo(submission.email());
        SecretToken withdrawal = SecretToken.generate(TokenKind.CONTACT_REQUEST_WITHDRAWAL, random);
        ContactRequest request = new ContactRequest(ItemId.random(), submission.name(), submission.email(),
                submission.phone(), submission.company(), submission.message(), submission.pageUrl(), clock.instant(),
                withdrawal.hash());
        transactions.inTransaction(() -> {
            requests.add(request);
            return null;
        });
        mail.send(ContactAcknowledgementMail.compose(submission.email(), submission.language(),
                links.contactRequest(withdrawal)));
    }

    @Override
    public void trap(IpAddress client) {
        limit.admit(client);
    }

    @Override
    public void withdraw(String token, IpAddress client) {
        limit.admit(client);
        transactions.inTransaction(() -> {
            ContactRequest request = requests.findByWithdrawal(TokenHash.of(token))
                    .orElseThrow(WebsiteErrors::contactRequestNotFound);
            if (!erasures.contactRequest(request.id(), ErasureReason.WITHDRAWN, Optional.empty())) {
                throw WebsiteErrors.contactRequestNotFound();
            }
            return null;
        });
    }
}
