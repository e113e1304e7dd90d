package io.cockpit.application.port.out.privacy;

import io.cockpit.application.paging.Page;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.application.port.out.shared.StaleWriteException;
import io.cockpit.domain.privacy.DataSubjectRequest;
import io.cockpit.domain.privacy.DataSubjectRequestFilter;
import io.cockpit.domain.shared.ItemId;

import java.time.Instant;
import java.util.Optional;

/** The data-subject requests the operator recorded. */
public interface DataSubjectRequestRepository {

    void add(DataSubjectRequest request);

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
