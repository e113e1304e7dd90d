package io.cockpit.application.port.out.register;

import io.cockpit.application.paging.Page;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.domain.account.PartnerId;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.account.ErasedAccount;
import io.cockpit.domain.account.ErasureRequest;
import io.cockpit.domain.register.RegisterPersonalData;
import io.cockpit.domain.shared.ItemId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The erasure requests: one per person (by {@link ErasureRequest#subject()}), so that a second request, however
 * close to the first, finds the first. As a store of the register it exports the request of a user while it runs;
 * it erases nothing of the user itself (the engine removes the User-ID when the erasure completes, the e-mail address
 * when the confirmation is sent); the retention job deletes requests three years after they completed.
 */
public interface ErasureRequests extends PersonalDataStore, ExpiringPersonalData {

    @Override
    default String category() {
        return RegisterPersonalData.ERASURE_REQUESTS.id();
    }

    /** A request as the export shows it (only while it runs: a completed one names no user). */
    static ExportedItem exported(ErasureRequest request) {
        return ExportedItem.builder()
                .field("erasureId", request.id().value())
                .field("status", request.status().wireName())
                .field("requestedAt", request.requestedAt())
                .build();
    }

    /** Adds {@code request} unless one for its subject exists; says whether it was added. */
    boolean add(ErasureRequest request);

    Optional<ErasureRequest> find(ItemId id);

    Optional<ErasureRequest> findBySubject(UserId subject);

    /**
     * Claims the request for a worker: moves its {@code nextAttemptAt} to {@code until} if it is in progress and
     * due at {@code now}. Of several workers claiming at once, exactly one gets it.
     */
    Optional<ErasureRequest> claim(ItemId id, Instant now, Instant until);

    /** Stores the progress, the failure or the completion of a request (the row is the engine's own). */
    void update(ErasureRequest request);

    /** The requests still in progress and due at {@code now}, the longest waiting first. */
    List<ErasureRequest> due(Instant now, int limit);

    /** The partner's accounts whose erasure completed at or after {@code since}, newest first. */
    Page<ErasedAccount> erasedSince(PartnerId partner, Instant since, PageRequest page);
}
