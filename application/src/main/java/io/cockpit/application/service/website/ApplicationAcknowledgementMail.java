package io.cockpit.application.service.website;

import io.cockpit.application.port.out.shared.Mail;
import io.cockpit.domain.account.EmailAddress;
import io.cockpit.domain.shared.Language;

import java.util.Optional;

/**
 * The acknowledgement of an application, with the link that withdraws it and, with a talent-pool consent, the link
 * that withdraws that consent alone. It repeats nothing the applicant typed.
 */
final class ApplicationAcknowledgementMail {

    private ApplicationAcknowledgementMail() {
    }

    static Mail compose(EmailAddress to, Language language, String withdrawalLink, Optional<String> talentPoolLink) {
        return switch (language) {
            case DE -> Mail.plain(to, language, "Ihre Bewerbung ist bei uns eingegangen", """
                    Guten Tag,

                    vielen Dank für Ihre Bewerbung. Wir verwenden Ihre Angaben und Unterlagen nur für das \
                    Bewerbungsverfahren und löschen sie sechs Monate nach dessen Ende.

                    Sie können Ihre Bewerbung jederzeit zurückziehen; sie wird dann sofort gelöscht:

                    %s
                    %s
                    Haben Sie sich nicht bei uns beworben? Dann hat jemand Ihre Adresse eingegeben. Mit dem ersten \
                    Link löschen Sie die Bewerbung.
                    """.formatted(withdrawalLink, talentPoolLink.map(link -> """

                    Sie haben eingewilligt, dass wir Sie bis zu zwei Jahre in unseren Talentpool aufnehmen. Diese \
                    Einwilligung widerrufen Sie jederzeit hier:

                    %s
                    """.formatted(link)).orElse("")));
            case EN -> Mail.plain(to, language, "We have received your application", """
                    Hello,

                    thank you for your application. We use your details and documents only for the hiring process \
                    and delete them six months after it ends.

                    You can withdraw your application at any time; it is then deleted at once:

                    %s
                    %s
                    You did not apply to us? Then someone entered your address. The first link deletes the \
                    application.
                    """.formatted(withdrawalLink, talentPoolLink.map(link -> """

                    You agreed that we keep you in our talent pool for up to two years. Withdraw that consent at \
                    any time here:

                    %s
                    """.formatted(link)).orElse("")));
        };
    }
}
