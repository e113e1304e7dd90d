package io.cockpit.domain.settings;

import io.cockpit.domain.register.DataSubject;
import io.cockpit.domain.register.DeletionMethod;
import io.cockpit.domain.register.Holding;
import io.cockpit.domain.register.LegalBasis;
import io.cockpit.domain.register.Localized;
import io.cockpit.domain.register.PersonalDataCategory;
import io.cockpit.domain.register.RetentionRule;

import java.util.List;
import java.util.Set;

/** The settings capability's entry in the register of personal data. */
public final class SettingsPersonalData {

    public static final PersonalDataCategory SETTINGS = new PersonalDataCategory("settings",
            new Localized("Einstellungen (Sprache, Zeitzone, Tagesziele, Standardvorlagen je Vorschlagsgrund)",
                    "settings (language, time zone, daily goals, default templates per suggestion reason)"),
            DataSubject.USER,
            List.of(Holding.table("user_settings"), Holding.table("daily_goal"), Holding.table("default_template")),
            new Localized("das Cockpit so zeigen, wie der Nutzer es eingestellt hat (Tageswechsel um lokale Mitternacht)",
                    "showing the Cockpit as the user set it up (days change at local midnight)"),
            LegalBasis.CONTRACT,
            new Localized("vom Nutzer", "from the user"),
            List.of(),
            new RetentionRule.WhileAccountExists(), DeletionMethod.DELETE,
            Set.of("time_zone"));

    private SettingsPersonalData() {
    }

    public static List<PersonalDataCategory> categories() {
        return List.of(SETTINGS);
    }
}
