package io.cockpit.application.service.access;

import io.cockpit.application.port.out.shared.Mail;
import io.cockpit.domain.account.EmailAddress;
import io.cockpit.domain.shared.Language;

/**
 * The answer to a reset request for an account that was never activated: it has no password to reset, and the
 * activation token is the partner's to hand out, so the mail only points to the activation e-mail.
 */
final class ActivationPendingMail {

    private ActivationPendingMail() {
    }

    static Mail compose(EmailAddress to, Language language) {
        return switch (language) {
            case DE -> Mail.plain(to, language, "Dein Cockpit ist noch nicht aktiviert", """
                    Hallo,

                    jemand hat für dieses Konto ein neues Passwort angefordert. Das Konto ist aber noch nicht \
                    aktiviert und hat noch kein Passwort.

                    Aktiviere es mit dem Link aus deiner Aktivierungs-E-Mail. Ist der Link abgelaufen oder nicht \
                    mehr auffindbar, bitte die Stelle, die dein Konto eingerichtet hat, um einen neuen.

                    Warst du das nicht? Dann ignoriere diese E-Mail.
                    """);
            case EN -> Mail.plain(to, language, "Your Cockpit is not activated yet", """
                    Hello,

                    someone asked for a new password for this account. The account has not been activated yet, so \
                    it has no password.

                    Activate it with the link from your activation e-mail. If that link has expired or is lost, ask \
                    whoever set up your account for a new one.

                    Not you? Then ignore this e-mail.
                    """);
        };
    }
}
