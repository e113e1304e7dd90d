package io.cockpit.application.port.out.recommendation;

import io.cockpit.application.port.out.register.PersonalDataStore;
import io.cockpit.application.port.out.register.PersonalDataStoreCases;
import io.cockpit.application.testing.AccountMother;
import io.cockpit.application.testing.Race;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.recommendation.Dismissal;
import io.cockpit.domain.recommendation.Reason;
import io.cockpit.domain.recommendation.Snooze;
import io.cockpit.domain.shared.ItemId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The RecommendationFeedback port: snoozes and dismissals per user and contact, export and erasure. */
public abstract class RecommendationFeedbackContract implements PersonalDataStoreCases {

    private static final Instant T0 = Instant.parse("2026-11-29T10:00:00Z");

    protected abstract RecommendationFeedback feedback();

    private static UserId aUser() {
        return AccountMother.anAccount().build().userId();
    }

    @Test
    void aSnoozeHoldsUntilItsTimeIsReplacedByTheNextAndCanBeLifted() {
        UserId user = aUser();
        ItemId jana = ItemId.random();
        ItemId max = ItemId.random();
        feedback().snooze(new Snooze(user, jana, T0.plus(Duration.ofDays(3)), T0));
        feedback().snooze(new Snooze(user, jana, T0.plus(Duration.ofDays(1)), T0.plusSeconds(1)));
        feedback().snooze(new Snooze(user, max, T0.plus(Duration.ofHours(1)), T0));

        assertThat(feedback().snoozedUntil(user, T0)).isEqualTo(Map.of(jana, T0.plus(Duration.ofDays(1)),
                max, T0.plus(Duration.ofHours(1))));
        assertThat(feedback().snoozedUntil(user, T0.plus(Duration.ofHours(1)))).containsOnlyKeys(jana);
        assertThat(feedback().snoozedUntil(aUser(), T0)).isEmpty();
        assertThat(feedback().unsnooze(user, jana)).isTrue();
        assertThat(feedback().unsnooze(user, jana)).isFalse();
        assertThat(feedback().snoozedUntil(user, T0)).containsOnlyKeys(max);
    }

    @Test
    void dismissalsAreKeptPerContactAndReasonTheLatestWins() {
        UserId user = aUser();
        ItemId jana = ItemId.random();
        feedback().dismiss(new Dismissal(user, jana, Reason.FOLLOW_UP_DUE, T0));
        feedback().dismiss(new Dismissal(user, jana, Reason.FOLLOW_UP_DUE, T0.plusSeconds(60)));
        feedback().dismiss(new Dismissal(user, jana, Reason.KEEP_IN_TOUCH, T0));

        assertThat(feedback().dismissals(user)).isEqualTo(Map.of(jana, Map.of(Reason.FOLLOW_UP_DUE,
                T0.plusSeconds(60), Reason.KEEP_IN_TOUCH, T0)));
        assertThat(feedback().dismissals(aUser())).isEmpty();
    }

    @Test
    void snoozesAndDismissalsOfOneContactAtOnceAllSucceedAndLeaveOneEach() throws InterruptedException {
        UserId user = aUser();
        ItemId jana = ItemId.random();
        java.util.concurrent.atomic.AtomicInteger turn = new java.util.concurrent.atomic.AtomicInteger();

        List<Race.Outcome<Boolean>> outcomes = Race.run(16, () -> {
            int mine = turn.incrementAndGet();
            feedback().snooze(new Snooze(user, jana, T0.plus(Duration.ofHours(mine)), T0));
            feedback().dismiss(new Dismissal(user, jana, Reason.FOLLOW_UP_DUE, T0.plusSeconds(mine)));
            return true;
        });

        assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome.failure()).isNull());
        assertThat(feedback().snoozedUntil(user, T0)).containsOnlyKeys(jana);
        assertThat(feedback().dismissals(user).get(jana)).containsOnlyKeys(Reason.FOLLOW_UP_DUE);
        List<String> exported = new java.util.ArrayList<>();
        feedback().export(user, item -> exported.add(item.toString()));
        assertThat(exported).as("one snooze and one dismissal").hasSize(2);
    }

    @Test
    void forgettingAContactDropsItsSnoozeAndDismissalsOnly() {
        UserId user = aUser();
        UserId other = aUser();
        ItemId jana = ItemId.random();
        ItemId max = ItemId.random();
        feedback().snooze(new Snooze(user, jana, T0.plus(Duration.ofDays(1)), T0));
        feedback().snooze(new Snooze(user, max, T0.plus(Duration.ofDays(1)), T0));
        feedback().snooze(new Snooze(other, jana, T0.plus(Duration.ofDays(1)), T0));
        feedback().dismiss(new Dismissal(user, jana, Reason.FOLLOW_UP_DUE, T0));
        feedback().dismiss(new Dismissal(user, jana, Reason.KEEP_IN_TOUCH, T0));
        feedback().dismiss(new Dismissal(user, max, Reason.KEEP_IN_TOUCH, T0));

        assertThat(feedback().forgetContact(user, jana)).isEqualTo(3);

        assertThat(feedback().snoozedUntil(user, T0)).containsOnlyKeys(max);
        assertThat(feedback().dismissals(user)).containsOnlyKeys(max);
        assertThat(feedback().snoozedUntil(other, T0)).as("another user's snooze of the same id").containsOnlyKeys(jana);
        assertThat(feedback().forgetContact(user, jana)).isZero();
    }

    @Override
    public PersonalDataStore personalData() {
        return feedback();
    }

    @Override
    public int giveData(UserId user) {
        ItemId contact = ItemId.random();
        feedback().snooze(new Snooze(user, contact, T0.plus(Duration.ofDays(2)), T0));
        feedback().snooze(new Snooze(user, ItemId.random(), T0.plus(Duration.ofDays(2)), T0));
        feedback().dismiss(new Dismissal(user, contact, Reason.REPLY_DUE, T0));
        feedback().dismiss(new Dismissal(user, contact, Reason.NEVER_WRITTEN, T0));
        return 4;
    }

    @Override
    public boolean holdsDataOf(UserId user) {
        return !feedback().snoozedUntil(user, Instant.EPOCH).isEmpty() || !feedback().dismissals(user).isEmpty();
    }

    @Override
    public List<String> exportedFields() {
        return List.of("kind", "contactId", "reason", "at", "until");
    }
}
