package io.cockpit.application.port.out.settings;

import io.cockpit.application.port.out.register.ExportedItem;
import io.cockpit.application.port.out.register.PersonalDataStore;
import io.cockpit.application.port.out.shared.StaleWriteException;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.settings.SettingsPersonalData;
import io.cockpit.domain.settings.StatisticsAction;
import io.cockpit.domain.settings.UserSettings;
import io.cockpit.domain.shared.Versioned;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A user's settings; no row means the defaults (version 0). Export: one item per setting, {@code setting, value}
 * ({@code language}, {@code timeZone}, {@code dailyGoal.<action>}), nothing for a user who never saved any. The
 * settings with their daily goals are one item for the erasure.
 */
public interface SettingsRepository extends PersonalDataStore {

    @Override
    default String category() {
        return SettingsPersonalData.SETTINGS.id();
    }

    Optional<Versioned<UserSettings>> find(UserId userId);

    /** Saved settings as the export shows them: language, time zone, then each daily goal that is set. */
    static List<ExportedItem> exported(UserSettings settings) {
        List<ExportedItem> items = new ArrayList<>();
        items.add(setting("language", settings.language().code()));
        items.add(setting("timeZone", settings.timeZone().value()));
        for (StatisticsAction action : StatisticsAction.values()) {
            int target = settings.dailyGoals().targetFor(action);
            if (target > 0) {
                items.add(setting("dailyGoal." + action.wireName(), target));
            }
        }
        settings.defaultTemplates().byReason().forEach((reason, template) ->
                items.add(setting("defaultTemplate." + reason.wireName(), template.value())));
        return items;
    }

    private static ExportedItem setting(String name, Object value) {
        return ExportedItem.builder().field("setting", name).field("value", value).build();
    }

    /**
     * Stores the settings if the stored version is {@code expectedVersion} (0: none stored yet).
     *
     * @return the new version
     * @throws StaleWriteException if another version is stored
     */
    long save(UserId userId, UserSettings settings, long expectedVersion, Instant savedAt);
}
