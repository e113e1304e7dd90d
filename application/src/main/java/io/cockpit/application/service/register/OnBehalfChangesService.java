package io.cockpit.application.service.register;

import io.cockpit.application.port.in.account.RectifyMyAccountUseCase;
import io.cockpit.application.port.in.privacy.PrivacyUseCase;
import io.cockpit.application.port.in.privacy.RestrictionUseCase;
import io.cockpit.application.port.in.register.OnBehalfChangesUseCase;
import io.cockpit.application.port.out.account.AccountRepository;
import io.cockpit.application.port.out.audit.AuditLog;
import io.cockpit.application.port.out.privacy.DataSubjectRequestRepository;
import io.cockpit.application.port.out.shared.Transactions;
import io.cockpit.domain.account.PersonName;
import io.cockpit.domain.audit.AuditEvent;
import io.cockpit.domain.privacy.ConsentPurpose;
import io.cockpit.domain.privacy.DataSubjectRequest;
import io.cockpit.domain.privacy.DataSubjectRequestType;
import io.cockpit.domain.privacy.PrivacyErrors;
import io.cockpit.domain.privacy.ProcessingRestriction;
import io.cockpit.domain.shared.ItemId;

import java.time.Clock;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The restriction, objection and rectification the operator carries out on a person's request, through the same use
 * cases the person uses in the app. Each locks the account row first ({@link AccountRepository#lockForOperatorWrite};
 * the objection inside {@link PrivacyUseCase#turnOff}, whose retries must each be a transaction of their own): a
 * running erasure deletes the row only after such a write and sweeps its store again, and once the erasure was asked
 * for the write is refused.
 */
public final class OnBehalfChangesService implements OnBehalfChangesUseCase {

    private final DataSubjectRequestRepository requests;
    private final RestrictionUseCase restrictions;
    private final PrivacyUseCase privacy;
    private final RectifyMyAccountUseCase accountNames;
    private final AccountRepository accounts;
    private final AuditLog audit;
    private final Transactions transactions;
    private final Clock clock;

    public OnBehalfChangesService(DataSubjectRequestRepository requests, RestrictionUseCase restrictions,
                                  PrivacyUseCase privacy, RectifyMyAccountUseCase accountNames,
                                  AccountRepository accounts, AuditLog audit, Transactions transactions, Clock clock) {
        this.requests = requests;
        this.restrictions = restrictions;
        this.privacy = privacy;
        this.accountNames = accountNames;
        this.accounts = accounts;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public ProcessingRestriction restrictFor(String operator, ItemId requestId) {
        DataSubjectRequest request = openRequest(requestId, DataSubjectRequestType.RESTRICTION, "a restriction");
        ProcessingRestriction restriction = lockedFor(request, () -> restrictions.restrict(request.userId(), OPERATOR));
        audited(operator, "data_subject_requests.restrict", requestId);
        return restriction;
    }

    @Override
    public void liftRestrictionFor(String operator, ItemId requestId) {
        DataSubjectRequest request = request(requestId, DataSubjectRequestType.RESTRICTION, "lifting a restriction");
        lockedFor(request, () -> restrictions.lift(request.userId(), OPERATOR));
        audited(operator, "data_subject_requests.lift_restriction", requestId);
    }

    @Override
    public void objectFor(String operator, ItemId requestId, Set<ConsentPurpose> purposes) {
        DataSubjectRequest request = openRequest(requestId, DataSubjectRequestType.OBJECTION, "an objection");
        privacy.turnOff(request.userId(), purposes, OPERATOR);
        audited(operator, "data_subject_requests.object", requestId);
    }

    @Override
    public void rectifyFor(String operator, ItemId requestId, PersonName name) {
        DataSubjectRequest request = openRequest(requestId, DataSubjectRequestType.RECTIFICATION, "a rectification");
        lockedFor(request, () -> accountNames.rectifyName(request.userId(), name));
        audited(operator, "data_subject_requests.rectify", requestId);
    }

    /** {@code write} in a transaction that first locks the user's account row for an operator's write. */
    private <T> T lockedFor(DataSubjectRequest request, Supplier<T> write) {
        return transactions.inTransaction(() -> {
            accounts.lockForOperatorWrite(request.userId());
            return write.get();
        });
    }

    private DataSubjectRequest openRequest(ItemId requestId, DataSubjectRequestType type, String action) {
        DataSubjectRequest request = request(requestId, type, action);
        request.requireOpen();
        return request;
    }

    private DataSubjectRequest request(ItemId requestId, DataSubjectRequestType type, String action) {
        DataSubjectRequest request = requests.find(requestId).orElseThrow(PrivacyErrors::requestNotFound);
        request.requireType(type, action);
        return request;
    }

    private void audited(String operator, String action, ItemId requestId) {
        audit.record(new AuditEvent(operator, action, requestId.value(), clock.instant()));
    }
}
