package io.cockpit.domain.register;

import io.cockpit.domain.shared.Language;

import java.util.Locale;

/** Why data was erased: the ledger says it for every erasure, without saying whose. */
public enum ErasureReason {
    ERASURE_REQUEST("Löschverlangen der Person (selbst oder über den Betreiber)",
            "the person asked for erasure (themselves or through the operator)"),
    RETENTION("Ende der Aufbewahrungsfrist", "the retention period ended"),
    CONSENT_WITHDRAWN("Widerruf der Einwilligung", "consent was withdrawn"),
    REQUEST_HANDLED("Anfrage erledigt", "the request was handled"),
    WITHDRAWN("Rückzug durch die Person (Link in der Bestätigung)", "withdrawn by the person (link in the acknowledgement)");

    private final Localized text;

    ErasureReason(String de, String en) {
        this.text = new Localized(de, en);
    }

    public String describe(Language language) {
        return text.in(language);
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ErasureReason fromWireName(String wireName) {
        return valueOf(wireName.toUpperCase(Locale.ROOT));
    }
}
