package io.cockpit.domain.privacy;

import io.cockpit.domain.register.DataSubject;
import io.cockpit.domain.register.DeletionMethod;
import io.cockpit.domain.register.Holding;
import io.cockpit.domain.register.LegalBasis;
import io.cockpit.domain.register.Localized;
import io.cockpit.domain.register.PersonalDataCategory;
import io.cockpit.domain.register.RetentionRule;

import java.util.List;
import java.util.Set;

/** The privacy capability's entries in the register of personal data. */
public final class PrivacyPersonalData {

    public static final PersonalDataCategory PRIVACY_SWITCHES = new PersonalDataCategory("privacy_switches",
            new Localized("Datenschutz-Schalter", "privacy switches"),
            DataSubject.USER,
            List.of(Holding.table("privacy_settings")),
            new Localized("die Entscheidungen des Nutzers über Fehlerberichte, Statistik und Identifizierung beachten",
                    "honouring the user's decisions on error reports, statistics and identification"),
            LegalBasis.LEGAL_OBLIGATION,
            new Localized("vom Nutzer", "from the user"),
            List.of(),
            new RetentionRule.WhileAccountExists(), DeletionMethod.DELETE,
            Set.of());

    public static final PersonalDataCategory CONSENT_HISTORY = new PersonalDataCategory("consent_history",
            new Localized("Einwilligungsverlauf", "consent history"),
            DataSubject.USER,
            List.of(Holding.table("consent_event")),
            new Localized("Nachweis, wann der Nutzer eingewilligt oder widerrufen hat (Art. 7 Abs. 1 DSGVO)",
                    "proof of when the user consented or withdrew (Art. 7(1) GDPR)"),
            LegalBasis.LEGAL_OBLIGATION,
            new Localized("Entscheidungen des Nutzers", "the user's decisions"),
            List.of(),
            new RetentionRule.WhileAccountExists(), DeletionMethod.DELETE,
            Set.of());

    private PrivacyPersonalData() {
    }

    public static List<PersonalDataCategory> categories() {
        return List.of(PRIVACY_SWITCHES, CONSENT_HISTORY);
    }
}
