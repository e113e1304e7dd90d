package io.cockpit.domain.statistics;

import java.util.List;

/** What an intake recorded: accepted and refused items of each kind, and why each refused one was refused. */
public record IntakeResult(int eventsAccepted, int intervalsAccepted, List<RefusedItem> refused) {

    public IntakeResult {
        refused = List.copyOf(refused);
    }

    public long eventsRefused() {
        return refused.stream().filter(r -> r.kind() == RefusedItem.Kind.EVENT).count();
    }

    public long intervalsRefused() {
        return refused.stream().filter(r -> r.kind() == RefusedItem.Kind.INTERVAL).count();
    }
}
