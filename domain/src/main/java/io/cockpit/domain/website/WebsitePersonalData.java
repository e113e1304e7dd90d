package io.cockpit.domain.website;

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

/**
 * The website capability's entries in the register of personal data. Visitors and applicants are not users: their
 * data is found and erased by e-mail address (the operator's website-data endpoints), by their withdrawal links, or
 * by the register's retention job, never by a User-ID.
 */
public final class WebsitePersonalData {

    private static final Localized ACKNOWLEDGEMENT_MAIL = new Localized(
            "der E-Mail-Dienstleister des Betreibers (Eingangsbestätigung mit Widerrufslink)",
            "the operator's e-mail provider (acknowledgement with a withdrawal link)");

    public static final PersonalDataCategory CONTACT_REQUESTS = new PersonalDataCategory("contact_requests",
            new Localized("Kontaktanfragen (Name, E-Mail, Telefon, Firma, Nachricht, Seite der Website)",
                    "contact requests (name, e-mail, phone, company, message, page of the website)"),
            DataSubject.WEBSITE_VISITOR,
            List.of(Holding.table("contact_request")),
            new Localized("die Anfrage beantworten", "answering the request"),
            LegalBasis.CONSENT,
            new Localized("vom Besucher über das Kontaktformular der Website",
                    "from the visitor, through the website's contact form"),
            List.of(ACKNOWLEDGEMENT_MAIL),
            new RetentionRule.UntilHandled(), DeletionMethod.DELETE,
            Set.of("name", "email", "phone", "company", "message", "page_url"));

    /**
     * Applications with their documents and interview notes: 6 months after the process ended, longer only under a
     * legal hold (until it ends) or while the applicant is in the talent pool; erased by the register's retention job.
     */
    public static final PersonalDataCategory APPLICATIONS = new PersonalDataCategory("applications",
            new Localized("Bewerbungen (Kontaktdaten, Unterlagen, Gesprächsnotizen)",
                    "job applications (contact data, documents, interview notes)"),
            DataSubject.APPLICANT,
            List.of(Holding.table("application"), Holding.table("application_document"),
                    Holding.table("application_document_part"), Holding.table("application_note")),
            new Localized("das Bewerbungsverfahren durchführen (nur intern)",
                    "carrying out the hiring process (internal use only)"),
            LegalBasis.CONTRACT,
            new Localized("vom Bewerber über die Website; Gesprächsnotizen der Mitarbeiter des Betreibers",
                    "from the applicant, through the website; interview notes of the operator's staff"),
            List.of(ACKNOWLEDGEMENT_MAIL),
            new RetentionRule.AfterEvent(Application.RETENTION_AFTER_END, RetentionEvent.PROCESS_ENDED),
            DeletionMethod.DELETE,
            Set.of("first_name", "last_name", "email", "phone", "message", "file_name", "content", "note"));

    /** The consent to the talent pool; the application it belongs to is kept as long as the consent lasts. */
    public static final PersonalDataCategory TALENT_POOL = new PersonalDataCategory("talent_pool",
            new Localized("Talentpool (Einwilligung mit Version des Einwilligungstexts und Zeitpunkt; die Bewerbung "
                    + "bleibt dafür gespeichert)",
                    "talent pool (the consent with its text version and time; the application is kept for it)"),
            DataSubject.APPLICANT,
            List.of(Holding.table("talent_pool_entry")),
            new Localized("den Bewerber auf spätere passende Stellen ansprechen",
                    "approaching the applicant about suitable openings later"),
            LegalBasis.CONSENT,
            new Localized("ausdrückliche Einwilligung des Bewerbers bei der Bewerbung",
                    "the applicant's explicit consent when applying"),
            List.of(),
            new RetentionRule.AfterEvent(TalentPoolMembership.DURATION, RetentionEvent.CONSENT_GIVEN),
            DeletionMethod.DELETE,
            Set.of("consent_text_version"));

    private WebsitePersonalData() {
    }

    /**
     * The acknowledgement mails (with the withdrawal link) to visitors and applicants: outgoing mail like the users'
     * ({@code outgoing_mail}), whose outbox files the retention job deletes and counts under that category.
     */
    public static final PersonalDataCategory CONTACT_ACKNOWLEDGEMENTS = acknowledgements("contact_acknowledgements",
            DataSubject.WEBSITE_VISITOR, LegalBasis.CONSENT,
            new Localized("beim Absenden des Kontaktformulars erzeugt", "generated when the visitor sends the form"));

    public static final PersonalDataCategory APPLICATION_ACKNOWLEDGEMENTS = acknowledgements(
            "application_acknowledgements", DataSubject.APPLICANT, LegalBasis.CONTRACT,
            new Localized("bei der Bewerbung erzeugt", "generated when the applicant applies"));

    private static PersonalDataCategory acknowledgements(String id, DataSubject subject, LegalBasis basis,
                                                         Localized source) {
        return new PersonalDataCategory(id,
                new Localized("Eingangsbestätigungen per E-Mail (Empfänger, Betreff, Text mit Widerrufslink)",
                        "acknowledgement e-mails (recipient, subject, text with the withdrawal link)"),
                subject,
                List.of(new Holding(StoreKind.MAIL, "SMTP"), new Holding(StoreKind.FILES, "<data dir>/outbox/*.eml")),
                new Localized("den Eingang bestätigen und den Widerruf ermöglichen",
                        "acknowledging receipt and offering the withdrawal"),
                basis, source, List.of(new Localized("der E-Mail-Dienstleister des Betreibers",
                        "the operator's e-mail provider")),
                new RetentionRule.AfterEvent(Period.ofDays(30), RetentionEvent.CREATED), DeletionMethod.DELETE_FILES,
                Set.of());
    }

    public static List<PersonalDataCategory> categories() {
        return List.of(CONTACT_REQUESTS, APPLICATIONS, TALENT_POOL, CONTACT_ACKNOWLEDGEMENTS,
                APPLICATION_ACKNOWLEDGEMENTS);
    }
}
