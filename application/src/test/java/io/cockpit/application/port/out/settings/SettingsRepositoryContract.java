package io.cockpit.application.port.out.settings;

import io.cockpit.application.port.out.register.ExportedItem;
import io.cockpit.application.port.out.register.PersonalDataStore;
import io.cockpit.application.port.out.register.PersonalDataStoreCases;
import io.cockpit.application.port.out.shared.StaleWriteException;
import io.cockpit.application.testing.AccountMother;
import io.cockpit.application.testing.Race;
import io.cockpit.application.testing.Race.Outcome;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.recommendation.Reason;
import io.cockpit.domain.settings.DailyGoals;
import io.cockpit.domain.settings.DefaultTemplates;
import io.cockpit.domain.settings.StatisticsAction;
import io.cockpit.domain.settings.TimeZoneName;
import io.cockpit.domain.settings.UserSettings;
import io.cockpit.domain.shared.ItemId;
import io.cockpit.domain.shared.Language;
import io.cockpit.domain.shared.Versioned;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

public abstract class SettingsRepositoryContract implements PersonalDataStoreCases {

    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

    protected abstract SettingsRepository settings();

    private static UserId aUser() {
        return AccountMother.anAccount().build().userId();
    }

    @Test
    void nothingStoredIsNothingFound() {
        assertThat(settings().find(aUser())).isEmpty();
    }

    @Test
    void savesVersionByVersion() {
        UserId user = aUser();
        UserSettings first = new UserSettings(Language.EN, new TimeZoneName("America/New_York"),
                new DailyGoals(Map.of(StatisticsAction.MESSAGE_SENT, 30, StatisticsAction.MEETING_BOOKED, 2)));
        UserSettings second = new UserSettings(Language.DE, TimeZoneName.DEFAULT,
                new DailyGoals(Map.of(StatisticsAction.POST_LIKED, 1000)));

        assertThat(settings().save(user, first, 0, NOW)).isEqualTo(1);
        assertThat(settings().find(user)).contains(new Versioned<>(first, 1));
        assertThat(settings().save(user, second, 1, NOW)).isEqualTo(2);
        assertThat(settings().find(user)).contains(new Versioned<>(second, 2));
        assertThat(settings().find(aUser())).isEmpty();
    }

    @Test
    void findsTheSettingsWithTheirGoalsAndDefaultTemplatesOfThatUserOnly() {
        UserId user = aUser();
        UserId other = aUser();
        UserSettings own = new UserSettings(Language.EN, new TimeZoneName("Asia/Kolkata"),
                new DailyGoals(Map.of(StatisticsAction.MESSAGE_SENT, 30, StatisticsAction.MEETING_BOOKED, 2)),
                new DefaultTemplates(Map.of(Reason.REPLY_DUE, ItemId.random(), Reason.KEEP_IN_TOUCH, ItemId.random())));
        UserSettings others = new UserSettings(Language.DE, TimeZoneName.DEFAULT,
                new DailyGoals(Map.of(StatisticsAction.POST_LIKED, 5)),
                new DefaultTemplates(Map.of(Reason.FOLLOW_UP_DUE, ItemId.random())));
        UserSettings bare = new UserSettings(Language.DE, new TimeZoneName("Europe/Berlin"), DailyGoals.NONE);
        settings().save(user, own, 0, NOW);
        settings().save(other, others, 0, NOW);

        assertThat(settings().find(user)).contains(new Versioned<>(own, 1));
        assertThat(settings().find(other)).contains(new Versioned<>(others, 1));
        assertThat(settings().save(user, bare, 1, NOW)).isEqualTo(2);
        assertThat(settings().find(user)).contains(new Versioned<>(bare, 2));
    }

    @Test
    void aSaveBasedOnAnOldVersionIsRefused() {
        UserId user = aUser();
        settings().save(user, UserSettings.DEFAULT, 0, NOW);

        assertThatThrownBy(() -> settings().save(user, UserSettings.DEFAULT, 0, NOW)).isInstanceOf(StaleWriteException.class);
        settings().save(user, UserSettings.DEFAULT, 1, NOW);
        assertThatThrownBy(() -> settings().save(user, UserSettings.DEFAULT, 1, NOW)).isInstanceOf(StaleWriteException.class);
    }

    @Test
    void ofConcurrentSavesBasedOnOneVersionExactlyOneWins() throws Exception {
        UserId user = aUser();
        settings().save(user, UserSettings.DEFAULT, 0, NOW);
        UserSettings english = new UserSettings(Language.EN, TimeZoneName.DEFAULT, DailyGoals.NONE);

        List<Outcome<Long>> outcomes = Race.run(6, () -> settings().save(user, english, 1, NOW));

        assertThat(outcomes).filteredOn(Outcome::succeeded).extracting(Outcome::value).containsExactly(2L);
        assertThat(outcomes).filteredOn(outcome -> !outcome.succeeded()).hasSize(5).allSatisfy(outcome ->
                assertThat(outcome.failure()).isInstanceOf(StaleWriteException.class));
        assertThat(settings().find(user)).contains(new Versioned<>(english, 2));
    }

    @Test
    void ofConcurrentFirstSavesExactlyOneWins() throws Exception {
        UserId user = aUser();

        List<Outcome<Long>> outcomes = Race.run(6, () -> settings().save(user, UserSettings.DEFAULT, 0, NOW));

        assertThat(outcomes).filteredOn(Outcome::succeeded).extracting(Outcome::value).containsExactly(1L);
        assertThat(outcomes).filteredOn(outcome -> !outcome.succeeded()).hasSize(5).allSatisfy(outcome ->
                assertThat(outcome.failure()).isInstanceOf(StaleWriteException.class));
    }

    @Override
    public PersonalDataStore personalData() {
        return settings();
    }

    @Override
    public int giveData(UserId user) {
        settings().save(user, new UserSettings(Language.EN, new TimeZoneName("Europe/Berlin"),
                new DailyGoals(Map.of(StatisticsAction.MESSAGE_SENT, 30, StatisticsAction.MEETING_BOOKED, 2))), 0, NOW);
        return 1;
    }

    @Override
    public boolean holdsDataOf(UserId user) {
        return settings().find(user).isPresent();
    }

    @Override
    public List<String> exportedFields() {
        return List.of("setting", "value");
    }

    @Test
    void theExportShowsEachSettingAndEachDailyGoalThatIsSet() {
        UserId user = aUser();
        giveData(user);

        List<ExportedItem> items = new ArrayList<>();
        settings().export(user, items::add);

        assertThat(items).extracting(item -> item.fields().get("setting") + "=" + item.fields().get("value"))
                .containsExactly("language=en", "timeZone=Europe/Berlin",
                        "dailyGoal." + StatisticsAction.MESSAGE_SENT.wireName() + "=30",
                        "dailyGoal." + StatisticsAction.MEETING_BOOKED.wireName() + "=2");
    }
}
