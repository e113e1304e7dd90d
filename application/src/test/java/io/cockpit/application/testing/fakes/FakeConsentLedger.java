package io.cockpit.application.testing.fakes;

import io.cockpit.application.paging.Page;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.application.port.out.privacy.ConsentLedger;
import io.cockpit.application.port.out.register.ExportedItem;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.privacy.ConsentEvent;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/** The consent history in a {@link FakeDatabase}; like the port, it changes no entry and removes them only all at once. */
public final class FakeConsentLedger implements ConsentLedger {

    private record Entry(long id, ConsentEvent event) {
    }

    private final AtomicLong autoIncrement = new AtomicLong();
    private final FakeTable<Entry> events;

    public FakeConsentLedger(FakeDatabase database) {
        this.events = database.table("consent_event", Entry::id, List.of());
    }

    @Override
    public void append(ConsentEvent event) {
        events.insert(new Entry(autoIncrement.incrementAndGet(), new ConsentEvent(event.userId(), event.purpose(),
                event.decision(), StoredTime.of(event.at()), event.policyVersion(), event.source())));
    }

    @Override
    public Page<ConsentEvent> list(UserId userId, PageRequest page) {
        return Keyset.newestFirstNumbered(events.select(entry -> entry.event().userId().equals(userId)), page,
                entry -> entry.event().at(), Entry::id).map(Entry::event);
    }

    /** Oldest first, then by id, as the SQL reads them. */
    private static final Comparator<Entry> ORDER = Comparator.comparing((Entry entry) -> entry.event().at())
            .thenComparingLong(Entry::id);

    @Override
    public void export(UserId user, Consumer<ExportedItem> sink) {
        events.select(entry -> entry.event().userId().equals(user)).stream().sorted(ORDER)
                .map(entry -> ConsentLedger.exported(entry.event())).forEach(sink);
    }

    @Override
    public int erase(UserId user, int limit) {
        return events.deleteFirst(entry -> entry.event().userId().equals(user), Comparator.comparingLong(Entry::id),
                limit).size();
    }
}
