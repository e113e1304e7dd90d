package io.cockpit.application.service.website;

import io.cockpit.application.paging.Page;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.application.port.in.website.ApplicationDeskUseCase;
import io.cockpit.application.port.out.audit.AuditLog;
import io.cockpit.application.port.out.shared.Transactions;
import io.cockpit.application.port.out.website.ApplicationDocumentStore;
import io.cockpit.application.port.out.website.ApplicationRepository;
import io.cockpit.domain.audit.AuditEvent;
import io.cockpit.domain.shared.ItemId;
import io.cockpit.domain.website.Application;
import io.cockpit.domain.website.ApplicationDocument;
import io.cockpit.domain.website.ApplicationFilter;
import io.cockpit.domain.website.ApplicationNote;
import io.cockpit.domain.website.ApplicationStatus;
import io.cockpit.domain.website.HoldReason;
import io.cockpit.domain.website.NoteText;
import io.cockpit.domain.website.WebsiteErrors;

import java.time.Clock;
import java.time.Instant;
import java.util.function.UnaryOperator;

/**
 * The operator's applications: each call and its audit entry (ids only) are one transaction. A change locks the
 * application first, so concurrent changes, withdrawals and erasures of it take turns: a hold placed after an erasure
 * finds the application gone (404), and one placed before it is seen by the erasure.
 */
public final class ApplicationDeskService implements ApplicationDeskUseCase {

    private final ApplicationRepository applications;
    private final ApplicationDocumentStore documents;
    private final AuditLog audit;
    private final Transactions transactions;
    private final Clock clock;

    public ApplicationDeskService(ApplicationRepository applications, ApplicationDocumentStore documents,
                                  AuditLog audit, Transactions transactions, Clock clock) {
        this.applications = applications;
        this.documents = documents;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Page<ListedApplication> list(String operator, ApplicationFilter filter, PageRequest page) {
        return transactions.inTransaction(() -> {
            audit(operator, "applications.list", "-");
            Instant now = clock.instant();
            return applications.list(filter, page).map(found -> new ListedApplication(found, found.overdue(now)));
        });
    }

    @Override
    public ApplicationFile find(String operator, ItemId id) {
        return transactions.inTransaction(() -> {
            ApplicationFile file = file(existing(id));
            audit(operator, "applications.read", id.value());
            return file;
        });
    }

    @Override
    public Download download(String operator, ItemId applicationId, ItemId documentId) {
        return transactions.inTransaction(() -> {
            existing(applicationId);
            ApplicationDocument document = documents.find(applicationId, documentId)
                    .orElseThrow(WebsiteErrors::documentNotFound);
            audit(operator, "applications.document_download", documentId.value());
            return new Download(document, ApplicationDocumentStore.parts(document.sizeBytes()),
                    number -> part(document, number));
        });
    }

    /**
     * Read after the audit's transaction, each part in its own query; a part that is gone, or not of the size the
     * stored size promises, means the document was erased or replaced since: the download ends.
     */
    private byte[] part(ApplicationDocument document, int number) {
        long from = (long) number * ApplicationDocumentStore.PART_BYTES;
        long expected = Math.min(ApplicationDocumentStore.PART_BYTES, document.sizeBytes() - from);
        return documents.part(document.id(), number)
                .filter(bytes -> bytes.length == expected)
                .orElseThrow(WebsiteErrors::documentNotFound);
    }

    @Override
    public ApplicationNote addNote(String operator, ItemId applicationId, NoteText text) {
        return transactions.inTransaction(() -> {
            applications.findForUpdate(applicationId).filter(found -> !found.awaitsErasure(clock.instant()))
                    .orElseThrow(WebsiteErrors::applicationNotFound);
            ApplicationNote note = new ApplicationNote(ItemId.random(), applicationId, text, operator,
                    clock.instant());
            applications.addNote(note);
            audit(operator, "applications.note", applicationId.value());
            return note;
        });
    }

    @Override
    public ApplicationFile changeStatus(String operator, ItemId id, ApplicationStatus status) {
        return change(operator, id, "applications." + status.wireName(),
                application -> application.status() == status ? application
                        : application.moveTo(status, clock.instant()));
    }

    @Override
    public ApplicationFile placeHold(String operator, ItemId id, HoldReason reason, Instant until) {
        return change(operator, id, "applications.legal_hold",
                application -> application.placeHold(reason, until, clock.instant()));
    }

    @Override
    public ApplicationFile releaseHold(String operator, ItemId id) {
        return change(operator, id, "applications.legal_hold_released",
                application -> application.legalHold().isEmpty() ? application
                        : application.releaseHold(clock.instant()));
    }

    @Override
    public Page<Application> talentPool(String operator, PageRequest page) {
        return transactions.inTransaction(() -> {
            audit(operator, "talent_pool.list", "-");
            return applications.talentPool(page);
        });
    }

    private ApplicationFile change(String operator, ItemId id, String action, UnaryOperator<Application> change) {
        return transactions.inTransaction(() -> {
            Application current = applications.findForUpdate(id).orElseThrow(WebsiteErrors::applicationNotFound);
            Application changed = change.apply(current);
            Application stored = changed == current ? current : applications.update(changed);
            audit(operator, action, id.value());
            return file(stored);
        });
    }

    private Application existing(ItemId id) {
        return applications.find(id).orElseThrow(WebsiteErrors::applicationNotFound);
    }

    private ApplicationFile file(Application application) {
        return new ApplicationFile(application, application.overdue(clock.instant()), documents.list(application.id()),
                applications.notes(application.id()));
    }

    private void audit(String operator, String action, String target) {
        audit.record(new AuditEvent(operator, action, target, clock.instant()));
    }
}
