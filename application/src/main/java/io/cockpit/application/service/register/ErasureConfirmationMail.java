package io.cockpit.application.service.register;

import io.cockpit.application.port.out.shared.Mail;
import io.cockpit.domain.account.EmailAddress;
import io.cockpit.domain.register.ErasureRecord;
import io.cockpit.domain.shared.Language;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The e-mail that confirms a completed erasure, with its receipt: per store, how many items were erased. */
final class ErasureConfirmationMail {

    private ErasureConfirmationMail() {
    }

    static Mail compose(EmailAddress to, Language language, String receipt, List<ErasureRecord> lines,
                        Instant completedAt) {
        Map<String, Long> perStore = new LinkedHashMap<>(); // a category's stores of one kind and its sweeps, summed
        lines.forEach(line -> perStore.merge(line.category() + " (" + line.store().wireName() + ")", line.items(),
                Long::sum));
        String table = perStore.entrySet().stream().map(store -> "- " + store.getKey() + ": " + store.getValue())
                .collect(Collectors.joining("\n"));
        return switch (language) {
            case DE -> Mail.plain(to, language, "Dein Cockpit-Konto ist gelöscht", """
                    Hallo,

                    wie gewünscht haben wir dein Konto und alle Daten dazu gelöscht (abgeschlossen am %s).

                    Quittung: %s
                    Gelöscht je Speicher (Kategorie, Speicher: Anzahl):
                    %s

                    Diese E-Mail-Adresse haben wir nur für diese Bestätigung aufbewahrt; sie ist jetzt ebenfalls \
                    gelöscht. Bei Fragen nenne bitte die Quittung.
                    """.formatted(completedAt, receipt, table));
            case EN -> Mail.plain(to, language, "Your Cockpit account is erased", """
                    Hello,

                    as you asked, we have erased your account and all data belonging to it (completed at %s).

                    Receipt: %s
                    Erased per store (category, store: count):
                    %s

                    We kept this e-mail address only for this confirmation; it is erased now as well. Please quote \
                    the receipt if you have questions.
                    """.formatted(completedAt, receipt, table));
        };
    }
}
