package io.cockpit.application.service.privacy;

import io.cockpit.application.paging.Page;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.application.port.in.privacy.DataSubjectRequestsUseCase;
import io.cockpit.application.port.out.account.AccountRepository;
import io.cockpit.application.port.out.audit.AuditLog;
import io.cockpit.application.port.out.privacy.DataSubjectRequestRepository;
import io.cockpit.application.port.out.shared.Transactions;
import io.cockpit.application.service.shared.VersionedChange;
import io.cockpit.domain.account.AccountErrors;
import io.cockpit.domain.audit.AuditEvent;
import io.cockpit.domain.privacy.DataSubjectRequest;
import io.cockpit.domain.privacy.DataSubjectRequestFilter;
import io.cockpit.domain.privacy.DataSubjectRequestStatus;
import io.cockpit.domain.privacy.PrivacyErrors;
import io.cockpit.domain.privacy.RequestNote;
import io.cockpit.domain.shared.ItemId;
import io.cockpit.domain.shared.VersionCheck;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The operator's register of data-subject requests. Each call and its audit entry are one transaction; the audit
 * entry names the request or nothing, never the person.
 */
public final class DataSubjectRequestService implements DataSubjectRequestsUseCase {


    private final DataSubjectRequestRepository requests;
    private final AccountRepository accounts;
    private final AuditLog audit;
    private final Transactions transactions;
    private final Clock clock;

    public DataSubjectRequestService(DataSubjectRequestRepository requests, AccountRepository accounts, AuditLog audit,
                                     Transactions transactions, Clock clock) {
        this.requests = requests;
        this.accounts = accounts;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public DataSubjectRequest record(String operator, NewDataSubjectRequest request) {
        return transactions.inTransaction(() -> {
            // the account row locked until the request is stored: an erasure running meanwhile deletes the row only
            // after this committed and then pseudonymises the account's requests once more (or this finds no account)
            accounts.lock(request.userId()).orElseThrow(AccountErrors::notFound);
            Instant now = clock.instant();
            DataSubjectRequest recorded = DataSubjectRequest.record(ItemId.random(), request.userId(), request.type(),
                    request.receivedAt(), request.note(), now);
            requests.add(recorded);
            audit.record(new AuditEvent(operator, "data_subject_requests.record", recorded.id().value(), now));
            return recorded;
        });
    }

    @Override
    public Page<DataSubjectRequest> list(String operator, DataSubjectRequestFilter filter, PageRequest page) {
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            audit.record(new AuditEvent(operator, "data_subject_requests.list", "-", now));
            return requests.list(filter, now, page);
        });
    }

    @Override
    public DataSubjectRequest find(String operator, ItemId id) {
        return transactions.inTransaction(() -> {
            DataSubjectRequest found = requests.find(id).orElseThrow(PrivacyErrors::requestNotFound);
            audit.record(new AuditEvent(operator, "data_subject_requests.read", id.value(), clock.instant()));
            return found;
        });
    }

    @Override
    public DataSubjectRequest change(String operator, ItemId id, DataSubjectRequestStatus status,
                                     Optional<RequestNote> resolution) {
        // the operator's change is of whatever is stored now: a concurrent one makes it read again, not fail
        return VersionedChange.run(VersionCheck.ANY,
                () -> transactions.inTransaction(() -> changeOnce(operator, id, status, resolution)));
    }

    private DataSubjectRequest changeOnce(String operator, ItemId id, DataSubjectRequestStatus status,
                                          Optional<RequestNote> resolution) {
        DataSubjectRequest current = requests.find(id).orElseThrow(PrivacyErrors::requestNotFound);
        Instant now = clock.instant();
        // the erasure replaced the notes of the person's requests already: a resolution written after it is, too
        Optional<RequestNote> kept = DataSubjectRequestRepository.pseudonymised(current)
                ? resolution.map(given -> new RequestNote(DataSubjectRequestRepository.ERASED_NOTE)) : resolution;
        DataSubjectRequest changed = current.moveTo(status, kept, now);
        DataSubjectRequest stored = changed == current ? current : requests.update(changed);
        audit.record(new AuditEvent(operator, "data_subject_requests." + status.wireName(), id.value(), now));
        return stored;
    }
}
