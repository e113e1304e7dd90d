package io.cockpit.application.testing.fakes;

import io.cockpit.application.paging.Page;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.application.port.out.telemetry.IdentificationRepository;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.telemetry.Identification;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** The identifications in a {@link FakeDatabase}, numbered like the table's auto-increment id. */
public final class FakeIdentificationRepository implements IdentificationRepository {

    private record Entry(long id, Identification identification) {
    }

    private final AtomicLong autoIncrement = new AtomicLong();
    private final FakeTable<Entry> rows;

    public FakeIdentificationRepository(FakeDatabase database) {
        this.rows = database.table("identification", Entry::id, List.of());
    }

    @Override
    public void add(Identification identification) {
        Identification stored = new Identification(identification.id(), identification.userId(),
                identification.trackingId(), identification.reason(), identification.note(),
                identification.operator(), StoredTime.of(identification.identifiedAt()));
        rows.insert(new Entry(autoIncrement.incrementAndGet(), stored));
    }

    @Override
    public Page<Identification> list(UserId userId, PageRequest page) {
        return Keyset.newestFirstNumbered(rows.select(entry -> entry.identification().userId().equals(userId)), page,
                entry -> entry.identification().identifiedAt(), Entry::id).map(Entry::identification);
    }

    @Override
    public int erase(UserId user, int limit) {
        List<Long> ids = rows.select(entry -> entry.identification().userId().equals(user)).stream()
                .map(Entry::id).sorted().limit(limit).toList();
        return rows.deleteWhere(entry -> ids.contains(entry.id())).size();
    }
}
