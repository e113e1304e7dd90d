package io.cockpit.application.testing.fakes;

import io.cockpit.application.port.out.shared.Mail;
import io.cockpit.application.port.out.shared.MailSender;
import io.cockpit.application.port.out.shared.MailSenderContract;
import io.cockpit.domain.account.EmailAddress;

import java.util.List;

class FakeMailSenderTest extends MailSenderContract {

    private final FakeMailSender sender = new FakeMailSender();

    @Override
    protected MailSender sender() {
        return sender;
    }

    @Override
    protected List<Mail> delivered(EmailAddress recipient) {
        return sender.sentTo(recipient);
    }
}
