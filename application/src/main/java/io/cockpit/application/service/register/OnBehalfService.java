package io.cockpit.application.service.register;

import io.cockpit.application.port.in.register.ExportUseCase;
import io.cockpit.application.port.in.register.ExportWriter;
import io.cockpit.application.port.in.register.OnBehalfUseCase;
import io.cockpit.application.port.in.settings.SettingsUseCase;
import io.cockpit.application.port.out.audit.AuditLog;
import io.cockpit.application.port.out.privacy.DataSubjectRequestRepository;
import io.cockpit.application.port.out.shared.StaleWriteException;
import io.cockpit.application.service.access.SessionService;
import io.cockpit.domain.access.AccessPersonalData;
import io.cockpit.domain.account.AccountErrors;
import io.cockpit.domain.account.ErasureRequest;
import io.cockpit.domain.audit.AuditEvent;
import io.cockpit.domain.privacy.DataSubjectRequest;
import io.cockpit.domain.privacy.DataSubjectRequestType;
import io.cockpit.domain.privacy.PrivacyErrors;
import io.cockpit.domain.register.ErasureReason;
import io.cockpit.domain.register.StoreKind;
import io.cockpit.domain.shared.DomainException;
import io.cockpit.domain.shared.ItemId;
import io.cockpit.domain.shared.Language;

import java.time.Clock;
import java.util.Optional;

/**
 * The operator's export and erasure for a data-subject request: an export for an open access request, an erasure for
 * an open erasure request. Each is linked to the request once; asked again (also once the request is closed), the
 * linked export is downloaded again and the linked erasure answers its receipt, and the record does not change. The
 * audit log gets the key's name, the action and the request's id (never the person).
 *
 * <p>Requests at once race only for the link: the loser reads the request again and takes the winner's export or
 * receipt. A request's row changes at most three times besides (in progress, closed, pseudonymised by the erasure),
 * so a few attempts always suffice.
 */
public final class OnBehalfService implements OnBehalfUseCase {

    private static final int ATTEMPTS_AGAINST_CONCURRENT_CHANGES = 5;

    private final DataSubjectRequestRepository requests;
    private final ExportUseCase exports;
    private final ErasureService erasures;
    private final SessionService sessions;
    private final SettingsUseCase settings;
    private final AuditLog audit;
    private final Clock clock;

    public OnBehalfService(DataSubjectRequestRepository requests, ExportUseCase exports, ErasureService erasures,
                           SessionService sessions, SettingsUseCase settings, AuditLog audit, Clock clock) {
        this.requests = requests;
        this.exports = exports;
        this.erasures = erasures;
        this.sessions = sessions;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public ExportUseCase.PreparedExport exportFor(String operator, ItemId requestId) {
        DataSubjectRequest request = accessRequest(requestId);
        ExportUseCase.PreparedExport export = request.exportId().isPresent()
                ? linkedExport(request)
                : newExport(request);
        audit.record(new AuditEvent(operator, "data_subject_requests.export", requestId.value(), clock.instant()));
        return export;
    }

    @Override
    public ExportPreview previewExportFor(ItemId requestId) {
        DataSubjectRequest request = accessRequest(requestId);
        if (request.exportId().isPresent()) {
            return new ExportPreview(linkedExport(request), request.exportId());
        }
        request.requireOpen();
        return new ExportPreview(exports.exportOf(request.userId()), Optional.empty());
    }

    private DataSubjectRequest accessRequest(ItemId requestId) {
        DataSubjectRequest request = find(requestId);
        request.requireType(DataSubjectRequestType.ACCESS, "an export");
        return request;
    }

    private ExportUseCase.PreparedExport newExport(DataSubjectRequest request) {
        request.requireOpen();
        ExportUseCase.PreparedExport fresh = exports.exportOf(request.userId());
        for (int attempt = 1; ; attempt++) {
            try {
                requests.update(request.linkExport(fresh.exportId().value(), clock.instant()));
                return fresh;
            } catch (StaleWriteException lost) {
                if (attempt == ATTEMPTS_AGAINST_CONCURRENT_CHANGES) {
                    throw lost;
                }
                request = find(request.id());
                if (request.exportId().isPresent()) {
                    return linkedExport(request);
                }
            }
        }
    }

    /** The export linked to the request, made again from what is stored now, under its id. */
    private ExportUseCase.PreparedExport linkedExport(DataSubjectRequest request) {
        return new LinkedExport(new ItemId(request.exportId().orElseThrow()), exports.exportOf(request.userId()));
    }

    @Override
    public ErasureRequest eraseFor(String operator, ItemId requestId) {
        DataSubjectRequest request = find(requestId);
        request.requireType(DataSubjectRequestType.ERASURE, "an erasure");
        if (request.erasureId().isEmpty()) {
            request = linked(request);
        }
        Optional<ErasureRequest> running = erasures.find(new ItemId(request.erasureId().orElseThrow()));
        ErasureRequest erasure = running.isPresent() ? running.get() : startOrUnlink(request);
        audit.record(new AuditEvent(operator, "data_subject_requests.erase", requestId.value(), clock.instant()));
        return erasure;
    }

    /**
     * Links a new receipt to the open request before anything runs: of a close and this at once, one wins (the
     * loser reads the request again), so a closed request never gets an erasure started for it. A request the
     * person's erasure pseudonymised already (it was asked for another way and ran) gets that erasure's receipt,
     * while it is kept.
     */
    private DataSubjectRequest linked(DataSubjectRequest request) {
        for (int attempt = 1; ; attempt++) {
            String receipt = DataSubjectRequestRepository.pseudonymised(request)
                    ? erasures.ofSubject(request.userId()).orElseThrow(AccountErrors::notFound).id().value()
                    : ItemId.random().value();
            try {
                return requests.update(request.linkErasure(receipt, clock.instant()));
            } catch (StaleWriteException lost) {
                if (attempt == ATTEMPTS_AGAINST_CONCURRENT_CHANGES) {
                    throw lost;
                }
                request = find(request.id());
                if (request.erasureId().isPresent()) {
                    return request;
                }
            }
        }
    }

    /**
     * Starts the erasure under the linked receipt (or takes the person's erasure asked for another way first, and
     * links its receipt instead). Also when the request was closed since the link: the link came first. Started
     * again by a later call if the server stopped in between; an account erased so long ago that its erasure has
     * expired is not found.
     */
    private ErasureRequest startOrUnlink(DataSubjectRequest request) {
        try {
            return start(request);
        } catch (DomainException refused) {
            // nothing started (the account is gone) under a receipt no erasure ran for: the request does not show it.
            // A pseudonymised request's receipt is one that ran (long ago, expired since): it stays as the record.
            DataSubjectRequest current = find(request.id());
            if (!DataSubjectRequestRepository.pseudonymised(current)) {
                unlink(current, request.erasureId().orElseThrow());
            }
            throw refused;
        }
    }

    /** Takes {@code receipt} back unless the request links another one by now. */
    private void unlink(DataSubjectRequest request, String receipt) {
        for (int attempt = 1; attempt <= ATTEMPTS_AGAINST_CONCURRENT_CHANGES; attempt++) {
            if (!request.erasureId().equals(Optional.of(receipt))) {
                return;
            }
            try {
                requests.update(request.unlinkErasure(receipt, clock.instant()));
                return;
            } catch (StaleWriteException lost) {
                request = find(request.id());
            }
        }
    }

    private ErasureRequest start(DataSubjectRequest request) {
        ItemId receipt = new ItemId(request.erasureId().orElseThrow());
        Language language = settings.settings(request.userId()).value().language();
        ErasureRequest erasure = erasures.request(request.userId(), ErasureReason.ERASURE_REQUEST, true, language,
                receipt);
        if (!erasure.id().equals(receipt)) {
            relink(request, erasure);
        }
        erasures.recordAtRequest(erasure, AccessPersonalData.SESSIONS.id(), StoreKind.RELATIONAL,
                sessions.endAll(request.userId(), Optional.empty()));
        erasures.runSoon(erasure.id());
        return erasure;
    }

    private void relink(DataSubjectRequest request, ErasureRequest erasure) {
        for (int attempt = 1; ; attempt++) {
            try {
                requests.update(request.erasureRunsAs(erasure.id().value(), clock.instant()));
                return;
            } catch (StaleWriteException lost) {
                if (attempt == ATTEMPTS_AGAINST_CONCURRENT_CHANGES) {
                    throw lost;
                }
                request = find(request.id());
            }
        }
    }

    private DataSubjectRequest find(ItemId requestId) {
        return requests.find(requestId).orElseThrow(PrivacyErrors::requestNotFound);
    }

    /** An export under the id linked to the request. */
    private record LinkedExport(ItemId exportId, ExportUseCase.PreparedExport made)
            implements ExportUseCase.PreparedExport {

        @Override
        public void writeTo(ExportWriter writer) {
            made.writeTo(writer);
        }
    }
}
