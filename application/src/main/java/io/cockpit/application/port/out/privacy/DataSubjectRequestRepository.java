package io.cockpit.application.port.out.privacy;

import io.cockpit.application.paging.Page;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.application.port.out.register.ExpiringPersonalData;
import io.cockpit.application.port.out.register.ExportedItem;
import io.cockpit.application.port.out.register.PersonalDataStore;
import io.cockpit.application.port.out.shared.StaleWriteException;
import io.cockpit.domain.privacy.DataSubjectRequest;
import io.cockpit.domain.privacy.DataSubjectRequestFilter;
import io.cockpit.domain.privacy.PrivacyPersonalData;
import io.cockpit.domain.privacy.RequestNote;
import io.cockpit.domain.shared.ItemId;

import java.time.Instant;
import java.util.Optional;

/**
 * The data-subject requests the operator recorded. Export: {@code requestId, type, status, receivedAt, dueAt, note,
 * resolution, closedAt}, by receipt. They outlive an erasure as the proof that it was asked for and done: the erasure
 * pseudonymises them (the User-ID replaced by the {@link io.cockpit.application.port.out.register.UserPseudonyms
 * pseudonym} the store was given, note and resolution replaced by {@link #ERASED_NOTE}); expiry deletes those closed
 * before the cutoff (three years after they were closed).
 */
public interface DataSubjectRequestRepository extends PersonalDataStore, ExpiringPersonalData {

    /** What replaces the operator's notes on an erased user's request. */
    String ERASED_NOTE = "(removed with the erasure of the account)";

    /** Whether the person's erasure pseudonymised the request (its User-ID is the erasure's subject now). */
    static boolean pseudonymised(DataSubjectRequest request) {
        return request.note().value().equals(ERASED_NOTE);
    }

    @Override
    default String category() {
        return PrivacyPersonalData.DATA_SUBJECT_REQUESTS.id();
    }

    void add(DataSubjectRequest request);

    /** A request as the export shows it. */
    static ExportedItem exported(DataSubjectRequest request) {
        return ExportedItem.builder()
                .field("requestId", request.id().value())
                .field("type", request.type().wireName())
                .field("status", request.status().wireName())
                .field("receivedAt", request.receivedAt())
                .field("dueAt", request.dueAt())
                .field("note", request.note().value())
                .field("resolution", request.resolution().map(RequestNote::value).orElse(null))
                .field("closedAt", request.closedAt().orElse(null))
                .build();
    }

    Optional<DataSubjectRequest> find(ItemId id);

    /**
     * Stores {@code changed} if the stored request still has {@code changed.version()}.
     *
     * @return the request as stored now, with the next version
     * @throws StaleWriteException if it changed meanwhile
     */
    DataSubjectRequest update(DataSubjectRequest changed);

    /** The requests that match at {@code now}, by due date (the earliest first), then id. */
    Page<DataSubjectRequest> list(DataSubjectRequestFilter filter, Instant now, PageRequest page);
}
