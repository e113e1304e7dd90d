package io.cockpit.bootstrap;

import io.cockpit.adapters.mail.Delivery;
import io.cockpit.adapters.mail.MailQueue;
import io.cockpit.adapters.mail.OutboxDelivery;
import io.cockpit.adapters.mail.SmtpDelivery;
import io.cockpit.bootstrap.config.CockpitSettings;

import java.time.Clock;

/** The mail the settings ask for: SMTP when a host is configured, else the outbox in the data dir. */
final class MailSenders {

    private MailSenders() {
    }

    static MailQueue open(CockpitSettings settings, Clock clock) {
        Delivery delivery = settings.smtp().<Delivery>map(SmtpDelivery::new)
                .orElseGet(() -> new OutboxDelivery(settings.outbox(), settings.mailFrom(), clock));
        return new MailQueue(delivery, MailQueue.Settings.DEFAULT, clock);
    }
}
