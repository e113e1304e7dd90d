package io.cockpit.application.port.in.register;

import io.cockpit.domain.account.ErasureRequest;
import io.cockpit.domain.shared.ItemId;

/**
 * The operator carries out a data-subject request on the person's behalf: the export to send them, the erasure they
 * asked for. Each is linked to the request and written to the audit log with the key's name and ids only.
 */
public interface OnBehalfUseCase {

    /** @throws io.cockpit.domain.shared.DomainException {@code data_subject_request.not_found}, {@code account.not_found} */
    ExportUseCase.PreparedExport exportFor(String operator, ItemId requestId);

    /** The erasure of the request's user (the one already running, if any), started with the sessions ended. */
    ErasureRequest eraseFor(String operator, ItemId requestId);
}
