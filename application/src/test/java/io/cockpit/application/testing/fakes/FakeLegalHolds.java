package io.cockpit.application.testing.fakes;

import io.cockpit.application.port.out.account.LegalHolds;
import io.cockpit.application.port.out.register.ExportedItem;
import io.cockpit.domain.account.LegalHold;
import io.cockpit.domain.account.UserId;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Legal holds in a {@link FakeDatabase}, one per account. */
public final class FakeLegalHolds implements LegalHolds {

    private final FakeTable<LegalHold> holds;

    public FakeLegalHolds(FakeDatabase database) {
        this.holds = database.table("legal_hold", LegalHold::userId, List.of());
    }

    @Override
    public void put(LegalHold hold) {
        LegalHold stored = new LegalHold(hold.userId(), hold.reason(), StoredTime.of(hold.since()));
        holds.upsert(stored);
    }

    @Override
    public boolean remove(UserId userId) {
        return holds.delete(userId, h -> true).isPresent();
    }

    @Override
    public Optional<LegalHold> find(UserId userId) {
        return holds.find(userId);
    }

    @Override
    public void export(UserId user, Consumer<ExportedItem> sink) {
        find(user).map(LegalHolds::exported).ifPresent(sink);
    }

    @Override
    public int erase(UserId user, int limit) {
        return remove(user) ? 1 : 0;
    }
}
