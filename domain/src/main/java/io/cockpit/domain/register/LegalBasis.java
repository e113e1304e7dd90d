package io.cockpit.domain.register;

import io.cockpit.domain.shared.Language;

/** Why processing is lawful (Art. 6(1) GDPR), as the privacy policy names it for each purpose. */
public enum LegalBasis {
    CONSENT("Art. 6 Abs. 1 lit. a DSGVO (Einwilligung)", "Art. 6(1)(a) GDPR (consent)"),
    CONTRACT("Art. 6 Abs. 1 lit. b DSGVO (Vertrag)", "Art. 6(1)(b) GDPR (contract)"),
    LEGAL_OBLIGATION("Art. 6 Abs. 1 lit. c DSGVO (rechtliche Verpflichtung)", "Art. 6(1)(c) GDPR (legal obligation)"),
    LEGITIMATE_INTEREST("Art. 6 Abs. 1 lit. f DSGVO (berechtigtes Interesse)",
            "Art. 6(1)(f) GDPR (legitimate interest)");

    private final Localized text;

    LegalBasis(String de, String en) {
        this.text = new Localized(de, en);
    }

    public String describe(Language language) {
        return text.in(language);
    }

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
