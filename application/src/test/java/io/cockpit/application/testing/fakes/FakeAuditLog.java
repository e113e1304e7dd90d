package io.cockpit.application.testing.fakes;

import io.cockpit.application.port.out.audit.AuditLog;
import io.cockpit.domain.audit.AuditEvent;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;

public final class FakeAuditLog implements AuditLog {

    private record Recorded(long id, AuditEvent event, boolean pseudonymised) {
    }

    private final AtomicLong autoIncrement = new AtomicLong();
    private final FakeTable<Recorded> events;

    public FakeAuditLog(FakeDatabase database) {
        this.events = database.table("audit_event", Recorded::id, List.of());
    }

    @Override
    public void record(AuditEvent event) {
        events.insert(new Recorded(autoIncrement.incrementAndGet(), new AuditEvent(event.actor(), event.action(),
                event.target(), StoredTime.of(event.at())), false));
    }

    @Override
    public List<AuditEvent> latest(int limit) {
        return events.select(recorded -> true).stream()
                .sorted(Comparator.comparingLong(Recorded::id).reversed())
                .limit(Math.max(1, limit))
                .map(Recorded::event)
                .toList();
    }

    @Override
    public int replaceInTargets(String identifier, String pseudonym, int limit) {
        List<Recorded> naming = events.select(recorded -> recorded.event().target().contains(identifier)).stream()
                .sorted(Comparator.comparingLong(Recorded::id)).limit(limit).toList();
        int changed = 0;
        for (Recorded recorded : naming) {
            AuditEvent event = recorded.event();
            changed += events.update(recorded.id(), stored -> stored.event().target().contains(identifier),
                    stored -> new Recorded(stored.id(), new AuditEvent(event.actor(), event.action(),
                            event.target().replace(identifier, pseudonym), event.at()), stored.pseudonymised()))
                    .isPresent() ? 1 : 0;
        }
        return changed;
    }

    @Override
    public int pseudonymiseRecordedBefore(Instant cutoff, UnaryOperator<String> pseudonym, int limit) {
        List<Recorded> due = events.select(recorded -> !recorded.pseudonymised()
                        && recorded.event().at().isBefore(cutoff)).stream()
                .sorted(Comparator.comparing((Recorded recorded) -> recorded.event().at())
                        .thenComparingLong(Recorded::id))
                .limit(limit).toList();
        for (Recorded recorded : due) {
            AuditEvent event = recorded.event();
            events.update(recorded.id(), stored -> true, stored -> new Recorded(stored.id(), new AuditEvent(
                    pseudonym.apply(event.actor()), event.action(),
                    event.target().equals("-") ? "-" : pseudonym.apply(event.target()), event.at()), true));
        }
        return due.size();
    }
}
