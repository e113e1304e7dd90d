package io.cockpit.application.testing.fakes;

import io.cockpit.application.paging.Page;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.application.port.out.register.ErasureRequests;
import io.cockpit.application.port.out.register.ExportedItem;
import io.cockpit.application.port.out.shared.UniquenessViolation.Rule;
import io.cockpit.domain.account.PartnerId;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.account.ErasedAccount;
import io.cockpit.domain.account.ErasureRequest;
import io.cockpit.domain.register.ErasureStatus;
import io.cockpit.domain.shared.ItemId;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import static io.cockpit.application.testing.fakes.UniqueKey.unique;

/** Erasure requests in a {@link FakeDatabase}, with the unique subject of {@code erasure_request}. */
public final class FakeErasureRequests implements ErasureRequests {

    private final FakeTable<ErasureRequest> requests;

    public FakeErasureRequests(FakeDatabase database) {
        this.requests = database.table("erasure_request", ErasureRequest::id, List.of(
                unique("uq_erasure_request_subject", Rule.IDENTIFIER, ErasureRequest::subject)));
    }

    private static ErasureRequest stored(ErasureRequest r) {
        return new ErasureRequest(r.id(), r.subject(), r.user(), r.reason(), r.status(), r.step(), r.stepMark(),
                r.stepItems(), r.attempts(), StoredTime.of(r.nextAttemptAt()), StoredTime.of(r.requestedAt()),
                r.completedAt().map(StoredTime::of), r.confirmTo(), r.language(), r.partnerId(), r.externalId());
    }

    @Override
    public boolean add(ErasureRequest request) {
        try {
            requests.insert(stored(request));
            return true;
        } catch (io.cockpit.application.port.out.shared.UniquenessViolation taken) {
            return false;
        }
    }

    @Override
    public Optional<ErasureRequest> find(ItemId id) {
        return requests.find(id);
    }

    @Override
    public Optional<ErasureRequest> findBySubject(UserId subject) {
        return requests.select(r -> r.subject().equals(subject)).stream().findFirst();
    }

    @Override
    public Optional<ErasureRequest> claim(ItemId id, Instant now, Instant until) {
        return requests.update(id, r -> r.status() == ErasureStatus.IN_PROGRESS && !r.nextAttemptAt().isAfter(now),
                r -> stored(r.claimedUntil(until)));
    }

    @Override
    public void update(ErasureRequest request) {
        requests.update(request.id(), r -> true, r -> stored(new ErasureRequest(r.id(), r.subject(), request.user(),
                r.reason(), request.status(), request.step(), request.stepMark(), request.stepItems(),
                request.attempts(), request.nextAttemptAt(), r.requestedAt(), request.completedAt(),
                request.confirmTo(), r.language(), r.partnerId(), r.externalId())));
    }

    @Override
    public List<ErasureRequest> due(Instant now, int limit) {
        return requests.select(r -> r.status() == ErasureStatus.IN_PROGRESS && !r.nextAttemptAt().isAfter(now))
                .stream().sorted(Comparator.comparing(ErasureRequest::nextAttemptAt)
                        .thenComparing(r -> r.id().value())).limit(limit).toList();
    }

    @Override
    public Page<ErasedAccount> erasedSince(PartnerId partner, Instant since, PageRequest page) {
        return Keyset.newestFirst(requests.select(r -> r.partnerId().equals(partner) && r.completed()
                        && !r.completedAt().orElseThrow().isBefore(since)), page,
                r -> r.completedAt().orElseThrow(), r -> r.id().value())
                .map(r -> new ErasedAccount(r.externalId(), r.completedAt().orElseThrow()));
    }

    @Override
    public void export(UserId user, Consumer<ExportedItem> sink) {
        requests.select(r -> r.user().filter(user::equals).isPresent())
                .forEach(r -> sink.accept(ErasureRequests.exported(r)));
    }

    @Override
    public int erase(UserId user, int limit) {
        return 0;
    }

    @Override
    public int deleteExpired(Instant cutoff, int limit) {
        return requests.deleteFirst(r -> r.completed() && r.completedAt().orElseThrow().isBefore(cutoff),
                Comparator.comparing((ErasureRequest r) -> r.completedAt().orElseThrow())
                        .thenComparing(r -> r.id().value()), limit).size();
    }
}
