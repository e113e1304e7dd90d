package io.cockpit.domain.telemetry;

import io.cockpit.domain.register.DataSubject;
import io.cockpit.domain.register.DeletionMethod;
import io.cockpit.domain.register.Holding;
import io.cockpit.domain.register.LegalBasis;
import io.cockpit.domain.register.Localized;
import io.cockpit.domain.register.PersonalDataCategory;
import io.cockpit.domain.register.RetentionEvent;
import io.cockpit.domain.register.RetentionRule;
import io.cockpit.domain.register.StoreKind;

import java.time.Period;
import java.util.List;
import java.util.Set;

/** The telemetry capability's entries in the register: what goes to PostHog and Sentry, and identifications. */
public final class TelemetryPersonalData {

    /**
     * Product events (the allow-list in {@link ProductEventName}): the Tracking-ID and the event's name, time and
     * allowed properties, nothing else. Kept by PostHog; the operator sets its retention to 12 months.
     */
    public static final PersonalDataCategory PRODUCT_ANALYTICS_EVENTS = new PersonalDataCategory(
            "product_analytics_events",
            new Localized("Nutzungsereignisse der Produktanalyse (nur Tracking-ID, Ereignis, Zeit, erlaubte Merkmale)",
                    "product analytics events (Tracking-ID, event, time and allowed properties only)"),
            DataSubject.USER,
            List.of(new Holding(StoreKind.PRODUCT_ANALYTICS, "PostHog")),
            new Localized("verstehen, welche Funktionen genutzt werden, um das Produkt zu verbessern",
                    "understanding which features are used, to improve the product"),
            LegalBasis.LEGITIMATE_INTEREST,
            new Localized("die Nutzung des Servers und der Apps (eine feste Liste von Ereignissen)",
                    "the use of the server and the apps (a fixed list of events)"),
            List.of(new Localized("PostHog (Auftragsverarbeiter, Speicherung in der EU)",
                    "PostHog (processor, data stored in the EU)")),
            new RetentionRule.AfterEvent(Period.ofMonths(12), RetentionEvent.CREATED), DeletionMethod.DELETE,
            Set.of());

    /** Error reports of the server and, through the tunnel, of the apps: scrubbed, the Tracking-ID as the user. */
    public static final PersonalDataCategory ERROR_REPORTS = new PersonalDataCategory("error_reports",
            new Localized("Fehlerberichte (bereinigt; als Nutzer nur die Tracking-ID)",
                    "error reports (scrubbed; the Tracking-ID as the only user identity)"),
            DataSubject.USER,
            List.of(new Holding(StoreKind.ERROR_REPORTS, "Sentry")),
            new Localized("Fehler finden und beheben", "finding and fixing errors"),
            LegalBasis.LEGITIMATE_INTEREST,
            new Localized("fehlgeschlagene Anfragen und Hintergrundaufgaben des Servers, Fehlerberichte der Apps",
                    "failed requests and background jobs of the server, error reports of the apps"),
            List.of(new Localized("Sentry (Auftragsverarbeiter, Speicherung in der EU)",
                    "Sentry (processor, data stored in the EU)")),
            new RetentionRule.AfterEvent(Period.ofDays(90), RetentionEvent.CREATED), DeletionMethod.DELETE,
            Set.of());

    /** Every time the operator tied the user's Tracking-ID to the account, shown to the user. */
    public static final PersonalDataCategory IDENTIFICATIONS = new PersonalDataCategory("identifications",
            new Localized("Identifizierungen der Tracking-ID durch den Betreiber (wann, warum, welcher Schlüssel, Notiz)",
                    "identifications of the Tracking-ID by the operator (when, why, which key, note)"),
            DataSubject.USER,
            List.of(Holding.table("identification")),
            new Localized("Nachweis und Transparenz, wann und warum die Tracking-ID einer Person zugeordnet wurde "
                    + "(Art. 5 Abs. 2 DSGVO)",
                    "proof of, and transparency about, when and why the Tracking-ID was tied to the person "
                            + "(Art. 5(2) GDPR)"),
            LegalBasis.LEGAL_OBLIGATION,
            new Localized("die Identifizierung durch den Betreiber", "the operator's identification"),
            List.of(),
            new RetentionRule.WhileAccountExists(), DeletionMethod.DELETE,
            Set.of("tracking_id", "note", "operator"));

    private TelemetryPersonalData() {
    }

    public static List<PersonalDataCategory> categories() {
        return List.of(PRODUCT_ANALYTICS_EVENTS, ERROR_REPORTS, IDENTIFICATIONS);
    }
}
