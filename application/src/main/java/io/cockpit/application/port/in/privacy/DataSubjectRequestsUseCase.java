package io.cockpit.application.port.in.privacy;

import io.cockpit.application.paging.Page;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.privacy.DataSubjectRequest;
import io.cockpit.domain.privacy.DataSubjectRequestFilter;
import io.cockpit.domain.privacy.DataSubjectRequestStatus;
import io.cockpit.domain.privacy.DataSubjectRequestType;
import io.cockpit.domain.privacy.RequestNote;
import io.cockpit.domain.shared.ItemId;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Operator staff record the data-subject requests that arrive by e-mail or letter, work through them by due date and
 * close them with a resolution. Every call is audited under the staff member's key name, with ids only.
 */
public interface DataSubjectRequestsUseCase {

    /** @throws io.cockpit.domain.shared.DomainException {@code account.not_found} for an unknown User-ID */
    DataSubjectRequest record(String operator, NewDataSubjectRequest request);

    /** The matching requests, the earliest due first. */
    Page<DataSubjectRequest> list(String operator, DataSubjectRequestFilter filter, PageRequest page);

    /** @throws io.cockpit.domain.shared.DomainException {@code data_subject_request.not_found} */
    DataSubjectRequest find(String operator, ItemId id);

    /**
     * Moves the request on (work started, done, rejected).
     *
     * @throws io.cockpit.domain.shared.DomainException {@code data_subject_request.not_found},
     *         {@code data_subject_request.closed}
     */
    DataSubjectRequest change(String operator, ItemId id, DataSubjectRequestStatus status,
                              Optional<RequestNote> resolution);

    /** @param receivedAt when the request reached the operator (the e-mail's date), not when it is recorded */
    record NewDataSubjectRequest(UserId userId, DataSubjectRequestType type, Instant receivedAt, RequestNote note) {

        public NewDataSubjectRequest {
            Objects.requireNonNull(userId, "userId");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(receivedAt, "receivedAt");
            Objects.requireNonNull(note, "note");
        }
    }
}
