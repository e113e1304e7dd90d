package io.cockpit.application.testing.fakes;

import io.cockpit.application.paging.Page;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.application.port.out.privacy.RestrictionRepository;
import io.cockpit.application.port.out.register.ExportedItem;
import io.cockpit.application.port.out.shared.UniquenessViolation;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.privacy.ProcessingRestriction;
import io.cockpit.domain.privacy.RestrictionChange;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/** The restriction rows and their history in a {@link FakeDatabase}; like the port, history entries never change. */
public final class FakeRestrictionRepository implements RestrictionRepository {

    private record Restricted(UserId userId, Instant since) {
    }

    private record Entry(long id, RestrictionChange change) {
    }

    private final AtomicLong autoIncrement = new AtomicLong();
    private final FakeTable<Restricted> restricted;
    private final FakeTable<Entry> history;

    public FakeRestrictionRepository(FakeDatabase database) {
        this.restricted = database.table("processing_restriction", Restricted::userId, List.of());
        this.history = database.table("restriction_event", Entry::id, List.of());
    }

    @Override
    public ProcessingRestriction find(UserId userId) {
        return restricted.find(userId).map(row -> ProcessingRestriction.since(row.since()))
                .orElse(ProcessingRestriction.NONE);
    }

    @Override
    public boolean restrict(UserId userId, Instant since) {
        try {
            restricted.insert(new Restricted(userId, StoredTime.of(since)));
            return true;
        } catch (UniquenessViolation already) {
            return false;
        }
    }

    @Override
    public boolean lift(UserId userId) {
        return restricted.delete(userId, row -> true).isPresent();
    }

    @Override
    public void append(RestrictionChange change) {
        history.insert(new Entry(autoIncrement.incrementAndGet(), new RestrictionChange(change.userId(),
                change.restricted(), StoredTime.of(change.at()), change.source())));
    }

    @Override
    public Page<RestrictionChange> changes(UserId userId, PageRequest page) {
        return Keyset.newestFirstNumbered(history.select(entry -> entry.change().userId().equals(userId)), page,
                entry -> entry.change().at(), Entry::id).map(Entry::change);
    }

    /** Oldest first, then by id, as the SQL reads them. */
    private static final Comparator<Entry> ORDER = Comparator.comparing((Entry entry) -> entry.change().at())
            .thenComparingLong(Entry::id);

    @Override
    public void export(UserId user, Consumer<ExportedItem> sink) {
        restricted.find(user).map(row -> RestrictionRepository.exportedCurrent(row.since())).ifPresent(sink);
        history.select(entry -> entry.change().userId().equals(user)).stream().sorted(ORDER)
                .map(entry -> RestrictionRepository.exported(entry.change())).forEach(sink);
    }

    /** The restriction row first, then the history. */
    @Override
    public int erase(UserId user, int limit) {
        int erased = restricted.delete(user, row -> true).isPresent() ? 1 : 0;
        return erased + history.deleteFirst(entry -> entry.change().userId().equals(user),
                Comparator.comparingLong(Entry::id), limit - erased).size();
    }
}
