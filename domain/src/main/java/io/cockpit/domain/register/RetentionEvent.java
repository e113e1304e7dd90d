package io.cockpit.domain.register;

import io.cockpit.domain.shared.Language;

import java.util.Locale;

/** The moment a retention period counts from. */
public enum RetentionEvent {
    CREATED("der Erstellung", "creation"),
    LAST_USED("der letzten Verwendung", "the last use"),
    EXPIRED("dem Ablauf", "expiry"),
    CONTRACT_CANCELLED("der Kündigung des Vertrags", "the cancellation of the contract"),
    PROCESS_ENDED("dem Ende des Verfahrens", "the end of the process"),
    CONSENT_GIVEN("der Einwilligung", "the consent"),
    RECORDED("der Aufzeichnung", "the recording");

    private final Localized text;

    RetentionEvent(String de, String en) {
        this.text = new Localized(de, en);
    }

    public String describe(Language language) {
        return text.in(language);
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
