package io.cockpit.application.port.in.register;

import io.cockpit.domain.account.ErasureRequest;
import io.cockpit.domain.shared.ItemId;

import java.util.Optional;

/**
 * The operator carries out a data-subject request on the person's behalf: the export to send them, the erasure they
 * asked for. Each is linked to the request and written to the audit log with the key's name and ids only.
 */
public interface OnBehalfUseCase {

    /**
     * The export for an access request: made and linked while the request is open; the linked one (under its id,
     * read again) once there is one, also after the request was closed.
     *
     * @throws io.cockpit.domain.shared.DomainException {@code data_subject_request.not_found},
     *         {@code data_subject_request.wrong_type} (not an access request), {@code data_subject_request.closed}
     *         (closed without an export), {@code account.not_found}
     */
    ExportUseCase.PreparedExport exportFor(String operator, ItemId requestId);

    /**
     * What {@link #exportFor} would answer, for a {@code HEAD}: the linked export if there is one, else an export made
     * now but neither linked nor audited (empty id: there is none yet). The same refusals.
     */
    ExportPreview previewExportFor(ItemId requestId);

    /** An export as a {@code HEAD} sees it: {@code linkedId} empty while the request has none linked. */
    record ExportPreview(ExportUseCase.PreparedExport export, Optional<String> linkedId) {
    }

    /**
     * The erasure of an erasure request's user (the one already running, if any), started with the sessions ended
     * while the request is open; the linked one once there is one, also after the request was closed.
     *
     * @throws io.cockpit.domain.shared.DomainException {@code data_subject_request.not_found},
     *         {@code data_subject_request.wrong_type} (not an erasure request), {@code data_subject_request.closed}
     *         (closed without an erasure), {@code account.not_found}
     */
    ErasureRequest eraseFor(String operator, ItemId requestId);
}
