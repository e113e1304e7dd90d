package io.cockpit.application.service.register;

import io.cockpit.application.port.in.register.ExportUseCase;
import io.cockpit.application.port.in.register.OnBehalfUseCase;
import io.cockpit.application.port.in.settings.SettingsUseCase;
import io.cockpit.application.port.out.audit.AuditLog;
import io.cockpit.application.port.out.privacy.DataSubjectRequestRepository;
import io.cockpit.application.service.access.SessionService;
import io.cockpit.domain.audit.AuditEvent;
import io.cockpit.domain.privacy.DataSubjectRequest;
import io.cockpit.domain.privacy.PrivacyErrors;
import io.cockpit.domain.register.ErasureReason;
import io.cockpit.domain.account.ErasureRequest;
import io.cockpit.domain.shared.ItemId;
import io.cockpit.domain.shared.Language;

import java.time.Clock;
import java.util.Optional;

/**
 * The operator's export and erasure for a data-subject request: the export or erasure id is linked to the request
 * before anything runs, and the audit log gets the key's name, the action and the request's id (never the person).
 */
public final class OnBehalfService implements OnBehalfUseCase {

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
        DataSubjectRequest request = requests.find(requestId).orElseThrow(PrivacyErrors::requestNotFound);
        ExportUseCase.PreparedExport export = exports.exportOf(request.userId());
        requests.update(request.linkExport(export.exportId().value(), clock.instant()));
        audit.record(new AuditEvent(operator, "data_subject_requests.export", requestId.value(), clock.instant()));
        return export;
    }

    @Override
    public ErasureRequest eraseFor(String operator, ItemId requestId) {
        DataSubjectRequest request = requests.find(requestId).orElseThrow(PrivacyErrors::requestNotFound);
        Optional<ErasureRequest> linked = request.erasureId().map(ItemId::new).flatMap(erasures::find);
        if (linked.isPresent()) {
            audit.record(new AuditEvent(operator, "data_subject_requests.erase", requestId.value(), clock.instant()));
            return linked.get();
        }
        Language language = settings.settings(request.userId()).value().language();
        ErasureRequest erasure = erasures.request(request.userId(), ErasureReason.ERASURE_REQUEST, true, language);
        requests.update(request.linkErasure(erasure.id().value(), clock.instant()));
        audit.record(new AuditEvent(operator, "data_subject_requests.erase", requestId.value(), clock.instant()));
        sessions.endAll(request.userId(), Optional.empty());
        erasures.runSoon(erasure.id());
        return erasure;
    }
}
