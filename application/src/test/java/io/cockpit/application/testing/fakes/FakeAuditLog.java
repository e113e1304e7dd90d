package io.cockpit.application.testing.fakes;

import io.cockpit.application.port.out.audit.AuditLog;
import io.cockpit.domain.audit.AuditEvent;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

public final class FakeAuditLog implements AuditLog {

    private record Recorded(long id, AuditEvent event) {
    }

    private final AtomicLong autoIncrement = new AtomicLong();
    private final FakeTable<Recorded> events;

    public FakeAuditLog(FakeDatabase database) {
        this.events = database.table("audit_event", Recorded::id, List.of());
    }

    @Override
    public void record(AuditEvent event) {
        events.insert(new Recorded(autoIncrement.incrementAndGet(), new AuditEvent(event.actor(), event.action(),
                event.target(), StoredTime.of(event.at()))));
    }

    @Override
    public List<AuditEvent> latest(int limit) {
        return events.select(recorded -> true).stream()
                .sorted(Comparator.comparingLong(Recorded::id).reversed())
                .limit(Math.max(1, limit))
                .map(Recorded::event)
                .toList();
    }
}
