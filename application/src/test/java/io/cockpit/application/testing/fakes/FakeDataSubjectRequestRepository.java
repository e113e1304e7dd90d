package io.cockpit.application.testing.fakes;

import io.cockpit.application.paging.Page;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.application.port.out.privacy.DataSubjectRequestRepository;
import io.cockpit.application.port.out.shared.StaleWriteException;
import io.cockpit.domain.privacy.DataSubjectRequest;
import io.cockpit.domain.privacy.DataSubjectRequestFilter;
import io.cockpit.domain.shared.ItemId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Data-subject requests in a {@link FakeDatabase}. */
public final class FakeDataSubjectRequestRepository implements DataSubjectRequestRepository {

    private final FakeTable<DataSubjectRequest> requests;

    public FakeDataSubjectRequestRepository(FakeDatabase database) {
        this.requests = database.table("data_subject_request", DataSubjectRequest::id, List.of());
    }

    @Override
    public void add(DataSubjectRequest request) {
        requests.insert(stored(request, request.version()));
    }

    @Override
    public Optional<DataSubjectRequest> find(ItemId id) {
        return requests.find(id);
    }

    @Override
    public DataSubjectRequest update(DataSubjectRequest changed) {
        return requests.update(changed.id(), stored -> stored.version() == changed.version(),
                        stored -> stored(changed, changed.version() + 1))
                .orElseThrow(() -> new StaleWriteException("data-subject request"));
    }

    @Override
    public Page<DataSubjectRequest> list(DataSubjectRequestFilter filter, Instant now, PageRequest page) {
        return Keyset.oldestFirst(requests.select(request -> filter.matches(request, now)), page,
                DataSubjectRequest::dueAt, request -> request.id().value());
    }

    private static DataSubjectRequest stored(DataSubjectRequest request, long version) {
        return new DataSubjectRequest(request.id(), request.userId(), request.type(),
                StoredTime.of(request.receivedAt()), request.note(), request.status(), request.resolution(),
                request.closedAt().map(StoredTime::of), request.exportId(), request.erasureId(),
                StoredTime.of(request.recordedAt()), StoredTime.of(request.updatedAt()), version);
    }
}
