package io.cockpit.domain.settings;

import io.cockpit.domain.shared.Language;
import io.cockpit.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SettingsRulesTest {

    @Test
    void theDefaultsAreGermanBerlinAndNoGoals() {
        assertThat(UserSettings.DEFAULT.language()).isEqualTo(Language.DE);
        assertThat(UserSettings.DEFAULT.timeZone().value()).isEqualTo("Europe/Berlin");
        assertThat(UserSettings.DEFAULT.dailyGoals().targets()).hasSize(10).allSatisfy((action, target) ->
                assertThat(target).isZero());
    }

    @Test
    void timeZonesMustBeKnownIanaNames() {
        assertThat(new TimeZoneName("America/Argentina/Buenos_Aires").zone().getId())
                .isEqualTo("America/Argentina/Buenos_Aires");
        assertThatThrownBy(() -> new TimeZoneName("Europe/Atlantis")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new TimeZoneName("+02:00")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new TimeZoneName("europe/berlin")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void goalsAreFilledUpAndBounded() {
        DailyGoals goals = new DailyGoals(Map.of(StatisticsAction.MESSAGE_SENT, 1000));

        assertThat(goals.targetFor(StatisticsAction.MESSAGE_SENT)).isEqualTo(1000);
        assertThat(goals.targetFor(StatisticsAction.MEETING_BOOKED)).isZero();
        assertThatThrownBy(() -> new DailyGoals(Map.of(StatisticsAction.POST_LIKED, 1001)))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new DailyGoals(Map.of(StatisticsAction.POST_LIKED, -1)))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void actionsHaveTheirWireNames() {
        assertThat(StatisticsAction.fromWireName("follow_up_sent")).isEqualTo(StatisticsAction.FOLLOW_UP_SENT);
        assertThat(StatisticsAction.values()).extracting(StatisticsAction::wireName).containsExactly(
                "connection_request_sent", "connection_accepted", "message_sent", "follow_up_sent", "reply_received",
                "profile_viewed", "post_liked", "post_commented", "post_published", "meeting_booked");
    }
}
