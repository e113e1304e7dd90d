package io.cockpit.domain.account;

import io.cockpit.domain.register.DataSubject;
import io.cockpit.domain.register.DeletionMethod;
import io.cockpit.domain.register.Holding;
import io.cockpit.domain.register.LegalBasis;
import io.cockpit.domain.register.Localized;
import io.cockpit.domain.register.PersonalDataCategory;
import io.cockpit.domain.register.RetentionEvent;
import io.cockpit.domain.register.RetentionRule;

import java.time.Duration;
import java.time.Period;
import java.util.List;
import java.util.Set;

/** The account capability's entries in the register of personal data. */
public final class AccountPersonalData {

    public static final PersonalDataCategory ACCOUNT = new PersonalDataCategory("account",
            new Localized("Konto und Vertragsdaten", "account and contract data"),
            DataSubject.USER,
            List.of(Holding.table("account")),
            new Localized("Bereitstellung des Cockpits im Rahmen des Vertrags; Anmeldung mit der E-Mail-Adresse",
                    "providing the Cockpit under the contract; signing in with the e-mail address"),
            LegalBasis.CONTRACT,
            new Localized("vom Vertriebspartner übermittelt (Name, E-Mail, Vertragsstatus, Kundennummer)",
                    "transmitted by the sales partner (name, e-mail, contract status, customer reference)"),
            List.of(new Localized("der Vertriebspartner (User-ID, E-Mail, Name, Kundennummer, Vertragsstatus und "
                    + "Lebenszyklus-Daten)", "the sales partner (User-ID, e-mail, name, customer reference, contract "
                    + "status and lifecycle dates)")),
            new RetentionRule.AfterEvent(Period.ofDays(30), RetentionEvent.CONTRACT_CANCELLED),
            DeletionMethod.DELETE,
            Set.of("email", "email_canonical", "name", "external_id", "tracking_id", "statistics_id"));

    /**
     * Every Tracking-ID ever issued, so that none is given to a second person: as a keyed hash only, without any link
     * to an account, so that nothing of it remains in clear once the account is erased.
     */
    public static final PersonalDataCategory ISSUED_TRACKING_IDS = new PersonalDataCategory("issued_tracking_ids",
            new Localized("Vergebene Tracking-IDs (nur als Schlüssel-Hash)", "issued Tracking-IDs (as keyed hashes only)"),
            DataSubject.USER,
            List.of(Holding.table("issued_tracking_id")),
            new Localized("keine Tracking-ID wird zweimal vergeben, damit Produktanalysen nie zwei Personen mischen",
                    "no Tracking-ID is issued twice, so that product analytics never mixes two people"),
            LegalBasis.LEGITIMATE_INTEREST,
            new Localized("bei der Kontoeröffnung erzeugt", "generated when the account is provisioned"),
            List.of(),
            new RetentionRule.Permanent(),
            DeletionMethod.PSEUDONYMISE,
            Set.of("tracking_id_hash"));

    /**
     * Answers to retried requests with an {@code Idempotency-Key} (the partner's; the client's LinkedIn sync and
     * statistics reports), replayed for 24 hours; sealed (encrypted) in the cache.
     */
    public static final PersonalDataCategory IDEMPOTENCY_RECORDS = new PersonalDataCategory("idempotency_records",
            new Localized("Antworten auf wiederholbare Anfragen (verschlüsselt)", "answers to retried requests (sealed)"),
            DataSubject.USER,
            List.of(Holding.cacheKeys("cockpit:idem:*")),
            new Localized("eine wiederholte Anfrage liefert dieselbe Antwort und legt nichts doppelt an",
                    "a retried request returns the same answer and creates nothing twice"),
            LegalBasis.CONTRACT,
            new Localized("Anfragen mit Idempotency-Key: des Vertriebspartners und des Cockpit-Clients "
                    + "(LinkedIn-Synchronisation, Statistik-Meldungen)", "requests with an Idempotency-Key: of the "
                    + "sales partner and of the Cockpit client (LinkedIn sync, statistics reports)"),
            List.of(),
            new RetentionRule.AfterEvent(Duration.ofHours(24), RetentionEvent.CREATED), DeletionMethod.EXPIRE,
            Set.of());

    /**
     * A legal hold the operator put on an account (Art. 17(3)(e) GDPR): while it stands, the retention job does not
     * erase the archived account. The reason is the operator's text; it goes with the account.
     */
    public static final PersonalDataCategory LEGAL_HOLDS = new PersonalDataCategory("legal_holds",
            new Localized("Sperren wegen Rechtsansprüchen (Grund, seit wann)", "legal holds (reason, since when)"),
            DataSubject.USER,
            List.of(Holding.table("legal_hold")),
            new Localized("Daten eines gekündigten Kontos bleiben erhalten, solange ein Rechtsanspruch sie braucht "
                    + "(Art. 17 Abs. 3 lit. e DSGVO)",
                    "the data of a cancelled account is kept while a legal claim needs it (Art. 17(3)(e) GDPR)"),
            LegalBasis.LEGITIMATE_INTEREST,
            new Localized("vom Betreiber gesetzt", "set by the operator"),
            List.of(),
            new RetentionRule.WhileAccountExists(), DeletionMethod.DELETE,
            Set.of("hold_reason"));

    private AccountPersonalData() {
    }

    public static List<PersonalDataCategory> categories() {
        return List.of(ACCOUNT, ISSUED_TRACKING_IDS, IDEMPOTENCY_RECORDS, LEGAL_HOLDS);
    }
}
