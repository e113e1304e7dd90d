package io.cockpit.application.port.out.statistics;

import io.cockpit.application.port.out.statistics.OutboxEntry.HeldForgetting;
import io.cockpit.application.port.out.statistics.OutboxEntry.HeldPoint;
import io.cockpit.domain.account.StatisticsId;
import io.cockpit.domain.settings.StatisticsAction;
import io.cockpit.domain.statistics.Activity;
import io.cockpit.domain.statistics.Minute;
import io.cockpit.domain.statistics.StatisticsPoint;
import io.cockpit.domain.statistics.StatisticsPoint.ActionPoint;
import io.cockpit.domain.statistics.StatisticsPoint.ActivityMinute;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The statistics outbox; runs against an empty outbox. */
public abstract class StatisticsOutboxContract {

    private static final SecureRandom RANDOM = new SecureRandom();

    protected abstract StatisticsOutbox outbox();

    private static final Minute MINUTE = Minute.of(Instant.parse("2026-11-29T10:15:00Z"));

    private static ActionPoint action(StatisticsId sid, long number) {
        return new ActionPoint(sid, StatisticsAction.FOLLOW_UP_SENT, MINUTE, number);
    }

    private static List<StatisticsPoint> points(List<OutboxEntry> entries) {
        return entries.stream().map(e -> ((HeldPoint) e).point()).toList();
    }

    @Test
    void givesPointsBackOldestFirstAsTheyWereHeld() {
        StatisticsId sid = StatisticsId.random(RANDOM);
        List<StatisticsPoint> first = List.of(action(sid, 59_999_999_999L), new ActivityMinute(sid, Activity.PROFILE_VISITS,
                MINUTE.plus(3)));
        List<StatisticsPoint> second = List.of(action(sid, 0), action(sid, 7));
        outbox().hold(first);
        outbox().hold(second);

        List<OutboxEntry> entries = outbox().oldest(10);

        assertThat(points(entries)).containsExactly(first.get(0), first.get(1), second.get(0), second.get(1));
        assertThat(entries).extracting(OutboxEntry::id).isSorted().doesNotHaveDuplicates();
        assertThat(outbox().size()).isEqualTo(4);
        assertThat(points(outbox().oldest(3))).containsExactly(first.get(0), first.get(1), second.get(0));
    }

    @Test
    void removesWhatTheStoreHasAndNothingElse() {
        StatisticsId sid = StatisticsId.random(RANDOM);
        outbox().hold(List.of(action(sid, 1), action(sid, 2), action(sid, 3)));
        List<OutboxEntry> entries = outbox().oldest(10);

        assertThat(outbox().remove(List.of(entries.get(0).id(), entries.get(2).id())))
                .containsExactlyInAnyOrder(entries.get(0).id(), entries.get(2).id());

        assertThat(outbox().oldest(10)).containsExactly(entries.get(1));
        assertThat(outbox().size()).isEqualTo(1);
        assertThat(outbox().remove(List.of())).isEmpty();
        assertThat(outbox().size()).isEqualTo(1);
    }

    @Test
    void whatWasDiscardedMeanwhileIsNotAmongTheRemoved() {
        StatisticsId replaced = StatisticsId.random(RANDOM);
        StatisticsId kept = StatisticsId.random(RANDOM);
        outbox().hold(List.of(action(replaced, 1), action(kept, 2)));
        List<OutboxEntry> entries = outbox().oldest(10);

        outbox().discard(replaced);

        assertThat(outbox().remove(entries.stream().map(OutboxEntry::id).toList()))
                .containsExactly(entries.get(1).id());
        assertThat(outbox().size()).isZero();
    }

    @Test
    void anOrderToForgetTakesItsPlaceInTheOrderOfArrival() {
        StatisticsId before = StatisticsId.random(RANDOM);
        StatisticsId replaced = StatisticsId.random(RANDOM);
        outbox().hold(List.of(action(before, 1)));
        long order = outbox().holdForgetting(replaced);
        outbox().hold(List.of(action(before, 2)));

        List<OutboxEntry> entries = outbox().oldest(10);

        assertThat(entries).hasSize(3);
        assertThat(entries.get(1)).isEqualTo(new HeldForgetting(order, replaced));
        assertThat(((HeldPoint) entries.get(2)).point()).isEqualTo(action(before, 2));
    }

    @Test
    void discardingAStatisticsIdDropsItsHeldPointsOnly() {
        StatisticsId replaced = StatisticsId.random(RANDOM);
        StatisticsId other = StatisticsId.random(RANDOM);
        outbox().hold(List.of(action(replaced, 1), action(other, 1), new ActivityMinute(replaced, Activity.INBOX,
                MINUTE)));
        outbox().holdForgetting(replaced);

        assertThat(outbox().discard(replaced)).isEqualTo(2);

        List<OutboxEntry> left = outbox().oldest(10);
        assertThat(left).hasSize(2);
        assertThat(((HeldPoint) left.get(0)).point()).isEqualTo(action(other, 1));
        assertThat(left.get(1)).isInstanceOf(HeldForgetting.class);
        assertThat(outbox().discard(replaced)).isZero();
    }

    @Test
    void anEmptyOutboxHasNothingToGive() {
        assertThat(outbox().oldest(10)).isEmpty();
        assertThat(outbox().size()).isZero();
    }
}
