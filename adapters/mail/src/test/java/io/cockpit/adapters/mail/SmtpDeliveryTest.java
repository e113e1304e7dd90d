package io.cockpit.adapters.mail;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import io.cockpit.application.port.out.shared.Mail;
import io.cockpit.application.port.out.shared.MailSender;
import io.cockpit.application.port.out.shared.MailSenderContract;
import io.cockpit.domain.account.EmailAddress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** The MailSender contract on the production adapter: SMTP to a real server (GreenMail) in this JVM. */
class SmtpDeliveryTest extends MailSenderContract {

    @RegisterExtension
    static final GreenMailExtension SERVER = new GreenMailExtension(ServerSetup.SMTP.dynamicPort());

    private MailQueue queue;

    @Override
    protected MailSender sender() {
        if (queue == null) {
            SmtpSettings settings = new SmtpSettings("127.0.0.1", SERVER.getSmtp().getPort(), Optional.empty(), "",
                    "Cockpit <no-reply@cockpit.example>", false);
            queue = new MailQueue(new SmtpDelivery(settings), MailQueue.Settings.DEFAULT, Clock.systemUTC());
        }
        return queue;
    }

    @Override
    protected List<Mail> delivered(EmailAddress recipient) {
        return MailReadBack.received(SERVER).stream()
                .filter(mail -> mail.recipient().sameAddressAs(recipient)).toList();
    }

    @AfterEach
    void close() {
        if (queue != null) {
            queue.close();
        }
    }
}
