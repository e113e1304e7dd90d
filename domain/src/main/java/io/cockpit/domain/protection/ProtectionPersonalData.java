package io.cockpit.domain.protection;

import io.cockpit.domain.register.DataSubject;
import io.cockpit.domain.register.DeletionMethod;
import io.cockpit.domain.register.Holding;
import io.cockpit.domain.register.LegalBasis;
import io.cockpit.domain.register.Localized;
import io.cockpit.domain.register.PersonalDataCategory;
import io.cockpit.domain.register.RetentionEvent;
import io.cockpit.domain.register.RetentionRule;

import java.time.Duration;
import java.util.List;
import java.util.Set;

/** The protection capability's entries in the register of personal data. */
public final class ProtectionPersonalData {

    private static final Localized DEFENCE = new Localized(
            "Abwehr von Angriffen (DDoS, Passwort-Raten) und Schutz der Konten",
            "defence against attacks (DDoS, password guessing) and protection of the accounts");

    public static final PersonalDataCategory BLOCKED_ADDRESSES = new PersonalDataCategory("blocked_addresses",
            new Localized("Für Angriffe verwendete IP-Adressen", "IP addresses used for attacks"),
            DataSubject.CLIENT,
            List.of(Holding.table("blocked_address")),
            DEFENCE, LegalBasis.LEGITIMATE_INTEREST,
            new Localized("automatisch bei wiederholten Fehlversuchen oder vom Betreiber gesperrt",
                    "blocked automatically after repeated failures, or by the operator"),
            List.of(),
            new RetentionRule.Permanent(), DeletionMethod.DELETE,
            Set.of("address"));

    public static final PersonalDataCategory SIGN_IN_ATTEMPTS = new PersonalDataCategory("sign_in_attempts",
            new Localized("Zähler von Anmeldeversuchen (nur Schlüssel-Hashes von Adresse und Konto)",
                    "counters of sign-in attempts (keyed hashes of address and account only)"),
            DataSubject.CLIENT,
            List.of(Holding.cacheKeys("cockpit:attempts:*")),
            DEFENCE, LegalBasis.LEGITIMATE_INTEREST,
            new Localized("bei jedem Anmeldeversuch", "at every sign-in attempt"),
            List.of(),
            new RetentionRule.AfterEvent(Duration.ofHours(1), RetentionEvent.RECORDED), DeletionMethod.EXPIRE,
            Set.of());

    private ProtectionPersonalData() {
    }

    public static List<PersonalDataCategory> categories() {
        return List.of(BLOCKED_ADDRESSES, SIGN_IN_ATTEMPTS);
    }
}
