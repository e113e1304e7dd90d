package io.cockpit.adapters.mail;

import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.time.Duration;
import java.util.Properties;

/** Delivery to a mail server by SMTP (Angus Mail), with STARTTLS required unless switched off. */
public final class SmtpDelivery implements Delivery {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final SmtpSettings settings;
    private final Session session;
    private final InternetAddress from;

    public SmtpDelivery(SmtpSettings settings) {
        this.settings = settings;
        Properties properties = new Properties();
        properties.put("mail.transport.protocol", "smtp");
        properties.put("mail.smtp.host", settings.host());
        properties.put("mail.smtp.port", Integer.toString(settings.port()));
        properties.put("mail.smtp.auth", Boolean.toString(settings.username().isPresent()));
        properties.put("mail.smtp.starttls.enable", Boolean.toString(settings.startTls()));
        properties.put("mail.smtp.starttls.required", Boolean.toString(settings.startTls()));
        properties.put("mail.smtp.ssl.checkserveridentity", "true");
        String timeout = Long.toString(TIMEOUT.toMillis());
        properties.put("mail.smtp.connectiontimeout", timeout);
        properties.put("mail.smtp.timeout", timeout);
        properties.put("mail.smtp.writetimeout", timeout);
        this.session = Session.getInstance(properties);
        try {
            this.from = new InternetAddress(settings.from(), true);
        } catch (AddressException e) {
            throw new IllegalArgumentException("cockpit.smtp.from is not an e-mail address", e);
        }
    }

    @Override
    public void deliver(MimeMessage message) throws Exception {
        if (settings.username().isPresent()) {
            Transport.send(message, settings.username().get(), settings.password());
        } else {
            Transport.send(message);
        }
    }

    @Override
    public Session session() {
        return session;
    }

    @Override
    public InternetAddress from() {
        return from;
    }

    @Override
    public String toString() {
        return "SMTP to " + settings.host() + ":" + settings.port();
    }
}
