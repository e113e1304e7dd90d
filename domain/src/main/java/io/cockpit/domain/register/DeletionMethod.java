package io.cockpit.domain.register;

import io.cockpit.domain.shared.Language;

import java.util.Locale;

/** How data of a category disappears when its time is up or its owner asks. */
public enum DeletionMethod {
    DELETE("Löschen der Einträge", "the entries are deleted"),
    PSEUDONYMISE("Ersetzen der Kennungen durch einen Schlüssel-Hash", "the identifiers are replaced by a keyed hash"),
    UNLINK("Trennen der Verbindung zur Person (Statistik-ID ersetzt) und Löschen der Datenpunkte",
            "the link to the person is cut (Statistics-ID replaced) and the points are deleted"),
    EXPIRE("automatischer Ablauf im Cache", "automatic expiry in the cache"),
    DELETE_FILES("Löschen der Dateien", "the files are deleted");

    private final Localized text;

    DeletionMethod(String de, String en) {
        this.text = new Localized(de, en);
    }

    public String describe(Language language) {
        return text.in(language);
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
