package io.cockpit.application.service.telemetry;

import io.cockpit.application.paging.Page;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.application.port.in.privacy.ProcessingPermissionsQuery;
import io.cockpit.application.port.in.telemetry.IdentifyTrackingIdUseCase;
import io.cockpit.application.port.in.telemetry.MyIdentificationsQuery;
import io.cockpit.application.port.out.account.AccountRepository;
import io.cockpit.application.port.out.audit.AuditLog;
import io.cockpit.application.port.out.shared.Transactions;
import io.cockpit.application.port.out.telemetry.IdentificationRepository;
import io.cockpit.domain.account.Account;
import io.cockpit.domain.account.TrackingId;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.audit.AuditEvent;
import io.cockpit.domain.privacy.RequestNote;
import io.cockpit.domain.shared.DomainException;
import io.cockpit.domain.shared.ItemId;
import io.cockpit.domain.telemetry.Identification;
import io.cockpit.domain.telemetry.IdentificationReason;
import io.cockpit.domain.telemetry.TelemetryErrors;

import java.time.Clock;
import java.util.Optional;

/**
 * Tying a Tracking-ID to a person: with the user's consent (and processing not restricted), or for suspected abuse
 * or a legal claim with a note. Refusals are audited too; an identification is recorded and audited in one
 * transaction, and the user sees it.
 */
public final class IdentificationService implements IdentifyTrackingIdUseCase, MyIdentificationsQuery {

    static final String IDENTIFIED = "identifications.identify";
    static final String REFUSED = "identifications.refused";
    private static final String NOBODY = "-";

    private final AccountRepository accounts;
    private final ProcessingPermissionsQuery permissions;
    private final IdentificationRepository identifications;
    private final AuditLog audit;
    private final Transactions transactions;
    private final Clock clock;

    public IdentificationService(AccountRepository accounts, ProcessingPermissionsQuery permissions,
                                 IdentificationRepository identifications, AuditLog audit, Transactions transactions,
                                 Clock clock) {
        this.accounts = accounts;
        this.permissions = permissions;
        this.identifications = identifications;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Identified identify(String operator, TrackingId trackingId, IdentificationReason reason,
                               Optional<RequestNote> note) {
        if (reason.pressingInterest() && note.isEmpty()) {
            throw refused(operator, NOBODY, TelemetryErrors.noteRequired());
        }
        Account account = accounts.findByTrackingId(trackingId)
                .orElseThrow(() -> refused(operator, NOBODY, TelemetryErrors.trackingIdUnknown()));
        String user = account.userId().value();
        if (!reason.pressingInterest() && !permissions.permissions(account.userId()).mayIdentifyForAnalytics()) {
            throw refused(operator, user, TelemetryErrors.consentMissing());
        }
        Identification identification = new Identification(ItemId.random(), account.userId(), trackingId, reason,
                note, operator, clock.instant());
        boolean stored = transactions.inTransaction(() -> {
            // the account row locked until the identification is stored: an erasure that ran since the account was
            // found deletes the row only after this committed and sweeps the identifications again, or it is gone
            if (accounts.lock(account.userId()).isEmpty()) {
                return false;
            }
            identifications.add(identification);
            audit.record(new AuditEvent(operator, IDENTIFIED, user, identification.identifiedAt()));
            return true;
        });
        if (!stored) {
            throw refused(operator, NOBODY, TelemetryErrors.trackingIdUnknown());
        }
        return new Identified(identification, account);
    }

    @Override
    public Page<Identification> identifications(UserId user, PageRequest page) {
        return identifications.list(user, page);
    }

    private DomainException refused(String operator, String target, DomainException why) {
        audit.record(new AuditEvent(operator, REFUSED, target, clock.instant()));
        return why;
    }
}
