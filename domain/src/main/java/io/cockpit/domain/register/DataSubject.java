package io.cockpit.domain.register;

import io.cockpit.domain.shared.Language;

import java.util.Locale;

/** Whose data a category is (Art. 30(1)(c) GDPR); the user's own and their contacts' go into export and erasure. */
public enum DataSubject {
    USER("Nutzer (Vertriebsmitarbeiter)", "users (sales people)", true),
    USERS_CONTACTS("Kontakte der Nutzer (im Auftrag der Nutzer verarbeitet)",
            "the users' contacts (processed on the users' behalf)", true),
    CLIENT("Aufrufer der Schnittstelle (IP-Adressen)", "callers of the API (IP addresses)", false),
    OPERATOR_STAFF("Mitarbeiter des Betreibers", "the operator's staff", false),
    WEBSITE_VISITOR("Besucher der Website", "website visitors", false),
    APPLICANT("Bewerber", "job applicants", false);

    private final Localized text;
    private final boolean belongsToUser;

    DataSubject(String de, String en, boolean belongsToUser) {
        this.text = new Localized(de, en);
        this.belongsToUser = belongsToUser;
    }

    public String describe(Language language) {
        return text.in(language);
    }

    /** Whether a user's export shows it and a user's erasure deletes it. */
    public boolean belongsToUser() {
        return belongsToUser;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
