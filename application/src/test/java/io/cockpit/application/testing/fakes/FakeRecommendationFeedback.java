package io.cockpit.application.testing.fakes;

import io.cockpit.application.port.out.recommendation.RecommendationFeedback;
import io.cockpit.application.port.out.register.ExportedItem;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.recommendation.Dismissal;
import io.cockpit.domain.recommendation.Reason;
import io.cockpit.domain.recommendation.Snooze;
import io.cockpit.domain.shared.ItemId;

import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

public final class FakeRecommendationFeedback implements RecommendationFeedback {

    private static final Comparator<Snooze> SNOOZE_ORDER = Comparator.comparing(s -> s.contactId().value(),
            Keyset.BINARY_TEXT);
    private static final Comparator<Dismissal> DISMISSAL_ORDER = Comparator
            .comparing((Dismissal d) -> d.contactId().value(), Keyset.BINARY_TEXT)
            .thenComparing(d -> d.reason().wireName());

    private final FakeTable<Snooze> snoozes;
    private final FakeTable<Dismissal> dismissals;

    public FakeRecommendationFeedback(FakeDatabase database) {
        this.snoozes = database.table("recommendation_snooze", s -> List.of(s.userId(), s.contactId()), List.of());
        this.dismissals = database.table("recommendation_dismissal",
                d -> List.of(d.userId(), d.contactId(), d.reason()), List.of());
    }

    @Override
    public void snooze(Snooze snooze) {
        Snooze stored = new Snooze(snooze.userId(), snooze.contactId(), StoredTime.of(snooze.until()),
                StoredTime.of(snooze.createdAt()));
        snoozes.upsert(stored);
    }

    @Override
    public boolean unsnooze(UserId user, ItemId contact) {
        return snoozes.delete(List.of(user, contact), any -> true).isPresent();
    }

    @Override
    public Map<ItemId, Instant> snoozedUntil(UserId user, Instant now) {
        Map<ItemId, Instant> until = new HashMap<>();
        snoozes.select(s -> s.userId().equals(user) && s.until().isAfter(now))
                .forEach(s -> until.put(s.contactId(), s.until()));
        return until;
    }

    @Override
    public void dismiss(Dismissal dismissal) {
        Dismissal stored = new Dismissal(dismissal.userId(), dismissal.contactId(), dismissal.reason(),
                StoredTime.of(dismissal.dismissedAt()));
        dismissals.upsert(stored);
    }

    @Override
    public Map<ItemId, Map<Reason, Instant>> dismissals(UserId user) {
        Map<ItemId, Map<Reason, Instant>> all = new HashMap<>();
        dismissals.select(d -> d.userId().equals(user)).forEach(d -> all
                .computeIfAbsent(d.contactId(), k -> new EnumMap<>(Reason.class)).put(d.reason(), d.dismissedAt()));
        return all;
    }

    @Override
    public int forgetContact(UserId user, ItemId contact) {
        return snoozes.deleteWhere(s -> s.userId().equals(user) && s.contactId().equals(contact)).size()
                + dismissals.deleteWhere(d -> d.userId().equals(user) && d.contactId().equals(contact)).size();
    }

    @Override
    public void export(UserId user, Consumer<ExportedItem> sink) {
        snoozes.select(s -> s.userId().equals(user)).stream().sorted(SNOOZE_ORDER)
                .map(RecommendationFeedback::exported).forEach(sink);
        dismissals.select(d -> d.userId().equals(user)).stream().sorted(DISMISSAL_ORDER)
                .map(RecommendationFeedback::exported).forEach(sink);
    }

    @Override
    public int erase(UserId user, int limit) {
        int erased = snoozes.deleteFirst(s -> s.userId().equals(user), SNOOZE_ORDER, limit).size();
        return erased + dismissals.deleteFirst(d -> d.userId().equals(user), DISMISSAL_ORDER, limit - erased).size();
    }
}
