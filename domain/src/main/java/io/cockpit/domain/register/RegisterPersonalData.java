package io.cockpit.domain.register;

import java.time.Period;
import java.util.List;
import java.util.Set;

/** The register's own entry: the erasure requests, the proof that an erasure was asked for and completed. */
public final class RegisterPersonalData {

    /**
     * An erasure request keeps the User-ID only while it runs and the e-mail address only until the confirmation is
     * sent; after that a keyed hash of the User-ID, the receipt, the times and the partner's reference of the erased
     * account (so that the partner learns it is gone) stay for three years, then the row is deleted.
     */
    public static final PersonalDataCategory ERASURE_REQUESTS = new PersonalDataCategory("erasure_requests",
            new Localized("Löschaufträge (Quittung, Zeitpunkte, Referenz des Partners; Nutzer-ID und E-Mail-Adresse "
                    + "nur bis zum Abschluss bzw. zur Bestätigung)",
                    "erasure requests (receipt, times, the partner's reference; User-ID and e-mail address only until "
                            + "completion and confirmation)"),
            DataSubject.USER,
            List.of(Holding.table("erasure_request")),
            new Localized("die Löschung über alle Speicher zu Ende führen, bestätigen und nachweisen (Art. 17, "
                    + "Art. 5 Abs. 2 DSGVO); dem Partner das gelöschte Konto melden",
                    "completing the erasure across every store, confirming it and proving it (Art. 17, 5(2) GDPR); "
                            + "telling the partner the account is gone"),
            LegalBasis.LEGAL_OBLIGATION,
            new Localized("das Löschverlangen der Person, der Betreiber oder das Ende der Aufbewahrungsfrist",
                    "the person's request, the operator, or the end of the retention period"),
            List.of(new Localized("der Vertriebspartner (seine Referenz und der Zeitpunkt der Löschung)",
                    "the sales partner (its reference and the time of the erasure)")),
            new RetentionRule.AfterEvent(Period.ofYears(3), RetentionEvent.PROCESS_ENDED), DeletionMethod.DELETE,
            Set.of("notify_email", "external_id"));

    /**
     * The access log in daily files, only when {@code COCKPIT_ACCESS_LOG_DIR} is set: one line per request with the
     * route template, status, duration and a random request id; never the path, query, client address or a User-ID.
     */
    public static final PersonalDataCategory ACCESS_LOG = new PersonalDataCategory("access_log",
            new Localized("Zugriffsprotokoll (Route, Status, Dauer, Anfrage-ID; ohne Adressen und Kennungen)",
                    "access log (route, status, duration, request id; no addresses or identifiers)"),
            DataSubject.CLIENT,
            List.of(new Holding(StoreKind.FILES, "$COCKPIT_ACCESS_LOG_DIR/access-<date>.log")),
            new Localized("Betrieb und Fehlersuche; Erkennen von Angriffen",
                    "operating the service and finding faults; recognising attacks"),
            LegalBasis.LEGITIMATE_INTEREST,
            new Localized("bei jeder Anfrage an die Schnittstelle", "at every request to the API"),
            List.of(),
            new RetentionRule.AfterEvent(Period.ofDays(30), RetentionEvent.CREATED), DeletionMethod.DELETE_FILES,
            Set.of());

    /**
     * What the server writes to standard output: the access lines (as in the files above), warnings, and the stack
     * traces of unexpected errors with their request id. The server keeps none of it: whoever collects standard
     * output (the platform's log service) keeps it, and must delete it after 30 days (PRODUCT.md 3.5).
     */
    public static final PersonalDataCategory SERVER_LOG = new PersonalDataCategory("server_log",
            new Localized("Server-Protokoll auf der Standardausgabe (Zugriffszeilen, Warnungen, Stacktraces "
                    + "unerwarteter Fehler mit Anfrage-ID)", "server log on standard output (access lines, warnings, "
                    + "stack traces of unexpected errors with the request id)"),
            DataSubject.CLIENT,
            List.of(new Holding(StoreKind.FILES, "standard output (collected by the platform's log service)")),
            new Localized("Betrieb und Fehlersuche; Erkennen von Angriffen",
                    "operating the service and finding faults; recognising attacks"),
            LegalBasis.LEGITIMATE_INTEREST,
            new Localized("bei jeder Anfrage an die Schnittstelle und bei jedem Fehler",
                    "at every request to the API and every error"),
            List.of(new Localized("der Log-Dienst der Hosting-Plattform des Betreibers (löscht nach 30 Tagen)",
                    "the log service of the operator's hosting platform (deletes after 30 days)")),
            new RetentionRule.AfterEvent(Period.ofDays(30), RetentionEvent.CREATED), DeletionMethod.DELETE_FILES,
            Set.of());

    private RegisterPersonalData() {
    }

    public static List<PersonalDataCategory> categories() {
        return List.of(ERASURE_REQUESTS, ACCESS_LOG, SERVER_LOG);
    }
}
