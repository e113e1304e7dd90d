package io.cockpit.application.service.website;

import io.cockpit.application.port.in.website.ApplyUseCase;
import io.cockpit.application.port.out.shared.MailSender;
import io.cockpit.application.port.out.shared.Transactions;
import io.cockpit.application.port.out.website.ApplicationDocumentStore;
import io.cockpit.application.port.out.website.ApplicationRepository;
import io.cockpit.domain.access.SecretToken;
import io.cockpit.domain.access.TokenHash;
import io.cockpit.domain.access.TokenKind;
import io.cockpit.domain.protection.IpAddress;
import io.cockpit.domain.register.ErasureReason;
import io.cockpit.domain.shared.ItemId;
import io.cockpit.domain.shared.Language;
import io.cockpit.domain.website.Application;
import io.cockpit.domain.website.ApplicationDocument;
import io.cockpit.domain.website.DocumentName;
import io.cockpit.domain.website.DocumentType;
import io.cockpit.domain.website.UploadWindow;
import io.cockpit.domain.website.WebsiteErrors;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Applications through the website: stored and acknowledged with the withdrawal links, documents uploaded with the
 * upload token and checked by content, withdrawals that erase at once (unless a legal hold is in force: then when it
 * ends).
 */
public final class ApplicationIntakeService implements ApplyUseCase {

    private final ApplicationRepository applications;
    private final ApplicationDocumentStore documents;
    private final WebsiteErasures erasures;
    private final MailSender mail;
    private final WithdrawalLinks links;
    private final WebsiteRateLimit limit;
    private final Transactions transactions;
    private final Clock clock;
    private final SecureRandom random;

    public ApplicationIntakeService(ApplicationRepository applications, ApplicationDocumentStore documents,
                                    WebsiteErasures erasures, MailSender mail, WithdrawalLinks links,
                                    WebsiteRateLimit limit, Transactions transactions, Clock clock,
                                    SecureRandom random) {
        this.applications = applications;
        this.documents = documents;
        this.erasures = erasures;
        this.mail = mail;
        this.links = links;
        this.limit = limit;
        this.transactions = transactions;
        this.clock = clock;
        this.random = random;
    }

    @Override
    public Receipt apply(Application.Submission submission, Language language, IpAddress client) {
        limit.admit(client);
        limit.admitMailTo(submission.email());
        Instant now = clock.instant();
        SecretToken withdrawal = SecretToken.generate(TokenKind.APPLICATION_WITHDRAWAL, random);
        SecretToken poolWithdrawal = SecretToken.generate(TokenKind.TALENT_POOL_WITHDRAWAL, random);
        SecretToken upload = SecretToken.generate(TokenKind.UPLOAD, random);
        Application application = Application.receive(ItemId.random(), submission, withdrawal.hash(),
                poolWithdrawal.hash(), new UploadWindow(upload.hash(), now.plus(UploadWindow.VALIDITY)), now);
        transactions.inTransaction(() -> {
            applications.add(application);
            return null;
        });
        mail.send(ApplicationAcknowledgementMail.compose(submission.email(), language,
                links.application(withdrawal),
                application.talentPool().map(pool -> links.talentPool(poolWithdrawal))));
        return new Receipt(application.id(), upload, application.upload().until());
    }

    @Override
    public Receipt trap(IpAddress client) {
        limit.admit(client);
        return new Receipt(ItemId.random(), SecretToken.generate(TokenKind.UPLOAD, random),
                clock.instant().plus(UploadWindow.VALIDITY));
    }

    @Override
    public UploadPermit admitUpload(ItemId applicationId, String uploadToken, IpAddress client) {
        limit.admit(client);
        TokenHash token = TokenHash.of(uploadToken);
        applications.find(applicationId).filter(application -> application.acceptsUpload(token, clock.instant()))
                .orElseThrow(WebsiteErrors::uploadTokenInvalid);
        return new UploadPermit(applicationId, token);
    }

    @Override
    public StoredDocument storeDocument(UploadPermit permit, DocumentName fileName, DocumentType declared,
                                        byte[] content) {
        ApplicationDocument document = ApplicationDocument.checked(ItemId.random(), permit.applicationId(), fileName,
                declared, content, clock.instant());
        return transactions.inTransaction(() -> {
            applications.findForUpdate(permit.applicationId())
                    .filter(application -> application.acceptsUpload(permit.token(), clock.instant()))
                    .orElseThrow(WebsiteErrors::uploadTokenInvalid);
            boolean sameName = documents.list(permit.applicationId()).stream()
                    .anyMatch(stored -> stored.fileName().equals(fileName));
            if (!sameName && documents.count(permit.applicationId()) >= ApplicationDocument.MAX_PER_APPLICATION) {
                throw WebsiteErrors.documentLimitReached();
            }
            return new StoredDocument(document, documents.put(document, content).isPresent());
        });
    }

    /**
     * The hold is checked on the application locked for the rest of the transaction, so a hold placed at the same
     * time either comes first and keeps it, or waits and finds it erased.
     */
    @Override
    public Withdrawal withdraw(String token, IpAddress client) {
        limit.admit(client);
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            Application application = applications.findByWithdrawal(TokenHash.of(token))
                    .flatMap(found -> applications.findForUpdate(found.id()))
                    .orElseThrow(WebsiteErrors::applicationNotFound);
            if (application.heldAt(now)) {
                Application kept = applications.update(application.withdrawnUnderHold(now));
                if (application.talentPool().isPresent()) {
                    erasures.talentPoolConsent(ErasureReason.WITHDRAWN, Optional.empty());
                }
                return new Withdrawal(Optional.of(kept.eraseAfter()));
            }
            if (!erasures.application(application.id(), ErasureReason.WITHDRAWN, Optional.empty())) {
                throw WebsiteErrors.applicationNotFound();
            }
            return new Withdrawal(Optional.empty());
        });
    }

    @Override
    public void leaveTalentPool(String token, IpAddress client) {
        limit.admit(client);
        TokenHash withdrawal = TokenHash.of(token);
        transactions.inTransaction(() -> {
            Instant now = clock.instant();
            Application application = applications.findByTalentPoolWithdrawal(withdrawal)
                    .flatMap(found -> applications.findForUpdate(found.id()))
                    .filter(locked -> locked.talentPool().filter(pool -> pool.withdrawal().equals(withdrawal))
                            .isPresent())
                    .orElseThrow(WebsiteErrors::talentPoolEntryNotFound);
            Application left = applications.update(application.leaveTalentPool(now));
            erasures.talentPoolConsent(ErasureReason.CONSENT_WITHDRAWN, Optional.empty());
            if (left.dueForErasure(now)) {
                // kept only for the talent pool: its own period is over
                erasures.application(left.id(), ErasureReason.CONSENT_WITHDRAWN, Optional.empty());
            }
            return null;
        });
    }
}
