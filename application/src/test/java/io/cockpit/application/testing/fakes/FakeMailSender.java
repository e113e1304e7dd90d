package io.cockpit.application.testing.fakes;

import io.cockpit.application.port.out.shared.Mail;
import io.cockpit.application.port.out.shared.MailSender;
import io.cockpit.domain.account.EmailAddress;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Mail that goes nowhere but into a list, for service tests to read. */
public final class FakeMailSender implements MailSender {

    private final List<Mail> sent = new CopyOnWriteArrayList<>();

    @Override
    public void send(Mail mail) {
        sent.add(mail);
    }

    public List<Mail> sent() {
        return List.copyOf(sent);
    }

    public List<Mail> sentTo(EmailAddress recipient) {
        return sent.stream().filter(mail -> mail.recipient().sameAddressAs(recipient)).toList();
    }
}
