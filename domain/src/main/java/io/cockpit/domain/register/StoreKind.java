package io.cockpit.domain.register;

import io.cockpit.domain.shared.Language;

import java.util.Locale;

/** Where personal data can be (PRODUCT.md "Where data lives"); each store may hold only what the register says. */
public enum StoreKind {
    RELATIONAL("Relationale Datenbank (MySQL)", "relational database (MySQL)"),
    CACHE("Cache (Redis), nur pseudonymisiert", "cache (Redis), pseudonymised only"),
    STATISTICS("Statistikdatenbank (InfluxDB), nur pseudonymisiert", "statistics database (InfluxDB), pseudonymised only"),
    PRODUCT_ANALYTICS("Produktanalyse (PostHog), nur pseudonymisiert", "product analytics (PostHog), pseudonymised only"),
    ERROR_REPORTS("Fehlerberichte (Sentry), bereinigt", "error reports (Sentry), scrubbed"),
    MAIL("Ausgehende E-Mail", "outgoing e-mail"),
    FILES("Dateien auf dem Server", "files on the server");

    private final Localized text;

    StoreKind(String de, String en) {
        this.text = new Localized(de, en);
    }

    public String describe(Language language) {
        return text.in(language);
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
