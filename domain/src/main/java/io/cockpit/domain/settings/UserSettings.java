package io.cockpit.domain.settings;

import io.cockpit.domain.shared.Language;
import java.util.Objects;

/**
 * What the user set up: language, time zone, daily goals (privacy policy 5.4), and the template suggested with each
 * reason of "who to write next". Kept while the account exists.
 */
public record UserSettings(Language language, TimeZoneName timeZone, DailyGoals dailyGoals,
                           DefaultTemplates defaultTemplates) {

    public static final UserSettings DEFAULT = new UserSettings(Language.DE, TimeZoneName.DEFAULT, DailyGoals.NONE);

    public UserSettings {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(dailyGoals, "dailyGoals");
        Objects.requireNonNull(defaultTemplates, "defaultTemplates");
    }

    public UserSettings(Language language, TimeZoneName timeZone, DailyGoals dailyGoals) {
        this(language, timeZone, dailyGoals, DefaultTemplates.NONE);
    }
}
