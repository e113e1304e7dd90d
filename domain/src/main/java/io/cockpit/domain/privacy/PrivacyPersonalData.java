package io.cockpit.domain.privacy;

import io.cockpit.domain.register.DataSubject;
import io.cockpit.domain.register.DeletionMethod;
import io.cockpit.domain.register.Holding;
import io.cockpit.domain.register.LegalBasis;
import io.cockpit.domain.register.Localized;
import io.cockpit.domain.register.PersonalDataCategory;
import io.cockpit.domain.register.RetentionEvent;
import io.cockpit.domain.register.RetentionRule;

import java.time.Period;
import java.util.List;
import java.util.Set;

/** The privacy capability's entries in the register of personal data. */
public final class PrivacyPersonalData {

    public static final PersonalDataCategory PRIVACY_SWITCHES = new PersonalDataCategory("privacy_switches",
            new Localized("Datenschutz-Schalter", "privacy switches"),
            DataSubject.USER,
            List.of(Holding.table("privacy_settings")),
            new Localized("die Entscheidungen des Nutzers über Fehlerberichte, Statistik, Identifizierung, "
                    + "Produktanalyse und Empfehlungen beachten",
                    "honouring the user's decisions on error reports, statistics, identification, product analytics "
                            + "and recommendations"),
            LegalBasis.LEGAL_OBLIGATION,
            new Localized("vom Nutzer", "from the user"),
            List.of(),
            new RetentionRule.WhileAccountExists(), DeletionMethod.DELETE,
            Set.of());

    public static final PersonalDataCategory CONSENT_HISTORY = new PersonalDataCategory("consent_history",
            new Localized("Verlauf der Einwilligungen und Widersprüche", "history of consents and objections"),
            DataSubject.USER,
            List.of(Holding.table("consent_event")),
            new Localized("Nachweis, wann der Nutzer eingewilligt, widerrufen oder widersprochen hat "
                    + "(Art. 7 Abs. 1, Art. 21 DSGVO)",
                    "proof of when the user consented, withdrew or objected (Art. 7(1), 21 GDPR)"),
            LegalBasis.LEGAL_OBLIGATION,
            new Localized("Entscheidungen des Nutzers", "the user's decisions"),
            List.of(),
            new RetentionRule.WhileAccountExists(), DeletionMethod.DELETE,
            Set.of());

    public static final PersonalDataCategory PROCESSING_RESTRICTION = new PersonalDataCategory(
            "processing_restriction",
            new Localized("Einschränkung der Verarbeitung und ihr Verlauf", "restriction of processing and its history"),
            DataSubject.USER,
            List.of(Holding.table("processing_restriction"), Holding.table("restriction_event")),
            new Localized("die Einschränkung der Verarbeitung beachten und nachweisen (Art. 18 DSGVO)",
                    "honouring the restriction of processing and proving it (Art. 18 GDPR)"),
            LegalBasis.LEGAL_OBLIGATION,
            new Localized("Entscheidungen des Nutzers oder seine Anfrage an den Betreiber",
                    "the user's decisions, or the user's request to the operator"),
            List.of(),
            new RetentionRule.WhileAccountExists(), DeletionMethod.DELETE,
            Set.of());

    /**
     * Requests that reached the operator by e-mail or letter. They outlive an erasure of the account in pseudonymised
     * form (the User-ID replaced by a keyed hash, the notes removed): the proof that the erasure was asked for and
     * done must remain. Deleted three years after they were closed.
     */
    public static final PersonalDataCategory DATA_SUBJECT_REQUESTS = new PersonalDataCategory("data_subject_requests",
            new Localized("Anfragen betroffener Personen an den Betreiber (Art, Eingang, Frist, Erledigung, Notizen)",
                    "data-subject requests to the operator (type, receipt, due date, outcome, notes)"),
            DataSubject.USER,
            List.of(Holding.table("data_subject_request")),
            new Localized("Anfragen zu den Betroffenenrechten fristgerecht bearbeiten und die Bearbeitung nachweisen "
                    + "(Art. 12 bis 21, Art. 5 Abs. 2 DSGVO)",
                    "handling requests to exercise data-subject rights in time, and proving how they were handled "
                            + "(Art. 12 to 21, 5(2) GDPR)"),
            LegalBasis.LEGAL_OBLIGATION,
            new Localized("die Anfrage der betroffenen Person; Notizen der Datenschutz-Mitarbeiter",
                    "the data subject's request; notes of the privacy staff"),
            List.of(),
            new RetentionRule.AfterEvent(Period.ofYears(3), RetentionEvent.PROCESS_ENDED), DeletionMethod.PSEUDONYMISE,
            Set.of("note", "resolution"));

    private PrivacyPersonalData() {
    }

    public static List<PersonalDataCategory> categories() {
        return List.of(PRIVACY_SWITCHES, CONSENT_HISTORY, PROCESSING_RESTRICTION, DATA_SUBJECT_REQUESTS);
    }
}
