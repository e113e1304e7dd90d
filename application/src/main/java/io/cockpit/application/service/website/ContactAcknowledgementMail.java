package io.cockpit.application.service.website;

import io.cockpit.application.port.out.shared.Mail;
import io.cockpit.domain.account.EmailAddress;
import io.cockpit.domain.shared.Language;

/**
 * The acknowledgement of a contact request, with the link that withdraws it. It repeats nothing the visitor typed
 * (not even the name), so that the form cannot be used to send someone else a text of one's choosing.
 */
final class ContactAcknowledgementMail {

    private ContactAcknowledgementMail() {
    }

    static Mail compose(EmailAddress to, Language language, String withdrawalLink) {
        return switch (language) {
            case DE -> Mail.plain(to, language, "Ihre Anfrage ist bei uns eingegangen", """
                    Guten Tag,

                    vielen Dank für Ihre Nachricht über unser Kontaktformular. Wir melden uns so bald wie möglich.

                    Wir speichern Ihre Anfrage, bis wir sie beantwortet haben. Möchten Sie sie vorher zurückziehen, \
                    genügt ein Klick; sie wird dann sofort gelöscht:

                    %s

                    Haben Sie uns nicht geschrieben? Dann hat jemand Ihre Adresse eingegeben. Mit dem Link oben \
                    löschen Sie die Anfrage.
                    """.formatted(withdrawalLink));
            case EN -> Mail.plain(to, language, "We have received your request", """
                    Hello,

                    thank you for your message through our contact form. We will get back to you as soon as we can.

                    We keep your request until we have answered it. To withdraw it before then, one click is enough; \
                    it is deleted at once:

                    %s

                    You did not write to us? Then someone entered your address. The link above deletes the request.
                    """.formatted(withdrawalLink));
        };
    }
}
