package io.cockpit.application.testing.fakes;

import io.cockpit.application.paging.Page;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.application.port.out.privacy.DataSubjectRequestRepository;
import io.cockpit.application.port.out.register.ExportedItem;
import io.cockpit.application.port.out.register.UserPseudonyms;
import io.cockpit.application.port.out.shared.StaleWriteException;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.privacy.DataSubjectRequest;
import io.cockpit.domain.privacy.DataSubjectRequestFilter;
import io.cockpit.domain.privacy.RequestNote;
import io.cockpit.domain.shared.ItemId;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Data-subject requests in a {@link FakeDatabase}. */
public final class FakeDataSubjectRequestRepository implements DataSubjectRequestRepository {

    /** By receipt, then id, as the SQL reads them. */
    private static final Comparator<DataSubjectRequest> ORDER = Comparator.comparing(DataSubjectRequest::receivedAt)
            .thenComparing(request -> request.id().value());

    private final FakeTable<DataSubjectRequest> requests;
    private final UserPseudonyms pseudonyms;

    public FakeDataSubjectRequestRepository(FakeDatabase database, UserPseudonyms pseudonyms) {
        this.requests = database.table("data_subject_request", DataSubjectRequest::id, List.of());
        this.pseudonyms = pseudonyms;
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

    @Override
    public void export(UserId user, Consumer<ExportedItem> sink) {
        requests.select(request -> request.userId().equals(user)).stream().sorted(ORDER)
                .map(DataSubjectRequestRepository::exported).forEach(sink);
    }

    /** Pseudonymises the user's requests: the pseudonym for the User-ID, the notes removed. */
    @Override
    public int erase(UserId user, int limit) {
        UserId pseudonym = pseudonyms.pseudonymOf(user);
        RequestNote erased = new RequestNote(ERASED_NOTE);
        List<DataSubjectRequest> batch = requests.select(request -> request.userId().equals(user)).stream()
                .sorted(ORDER).limit(limit).toList();
        int changed = 0;
        for (DataSubjectRequest request : batch) {
            changed += requests.update(request.id(), stored -> stored.userId().equals(user),
                    stored -> new DataSubjectRequest(stored.id(), pseudonym, stored.type(), stored.receivedAt(),
                            erased, stored.status(), stored.resolution().map(note -> erased), stored.closedAt(),
                            stored.exportId(), stored.erasureId(), stored.recordedAt(), stored.updatedAt(),
                            stored.version() + 1)).isPresent() ? 1 : 0;
        }
        return changed;
    }

    @Override
    public int deleteExpired(Instant cutoff, int limit) {
        return requests.deleteFirst(request -> request.closedAt().filter(closed -> closed.isBefore(cutoff)).isPresent(),
                Comparator.comparing((DataSubjectRequest request) -> request.closedAt().orElseThrow())
                        .thenComparing(request -> request.id().value()), limit).size();
    }
}
