package io.cockpit.application.service.access;

import io.cockpit.application.port.out.shared.Mail;
import io.cockpit.domain.account.EmailAddress;
import io.cockpit.domain.shared.Language;

import java.time.Duration;

/** The e-mail with a one-time link to set a new password. */
final class PasswordResetMail {

    private PasswordResetMail() {
    }

    static Mail compose(EmailAddress to, Language language, String link, Duration validFor) {
        long minutes = validFor.toMinutes();
        return switch (language) {
            case DE -> Mail.plain(to, language, "Neues Passwort für dein Cockpit", """
                    Hallo,

                    jemand hat für dieses Konto ein neues Passwort angefordert. Mit diesem Link legst du es fest:

                    %s

                    Der Link gilt %d Minuten und nur einmal. Sobald du ein neues Passwort gesetzt hast, wirst du auf \
                    allen Geräten abgemeldet.

                    Warst du das nicht? Dann ignoriere diese E-Mail; dein Passwort bleibt, wie es ist.
                    """.formatted(link, minutes));
            case EN -> Mail.plain(to, language, "A new password for your Cockpit", """
                    Hello,

                    someone asked for a new password for this account. Set it with this link:

                    %s

                    The link works once and for %d minutes. Once you have set a new password, you are signed out on \
                    every device.

                    Not you? Then ignore this e-mail; your password stays as it is.
                    """.formatted(link, minutes));
        };
    }
}
