package io.cockpit.adapters.mail;

import io.cockpit.application.port.out.shared.Mail;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;

/**
 * A {@link Mail} as a MIME message: UTF-8 throughout, the language in {@code Content-Language}, plain text alone or
 * with its HTML alternative ({@code multipart/alternative}, the text first as RFC 2046 asks).
 */
final class MimeMails {

    private static final String UTF_8 = StandardCharsets.UTF_8.name();

    private MimeMails() {
    }

    static MimeMessage compose(Mail mail, Delivery delivery, Instant now) throws MessagingException {
        MimeMessage message = new MimeMessage(delivery.session());
        message.setFrom(delivery.from());
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.recipient().value(), true));
        message.setSubject(mail.subject(), UTF_8);
        message.setSentDate(Date.from(now));
        message.setHeader("Content-Language", mail.language().code());
        message.setHeader("Auto-Submitted", "auto-generated");
        if (mail.html().isEmpty()) {
            message.setText(mail.text(), UTF_8, "plain");
        } else {
            MimeBodyPart text = new MimeBodyPart();
            text.setText(mail.text(), UTF_8, "plain");
            MimeBodyPart html = new MimeBodyPart();
            html.setText(mail.html().get(), UTF_8, "html");
            Multipart alternatives = new MimeMultipart("alternative", text, html);
            message.setContent(alternatives);
        }
        message.saveChanges();
        return message;
    }
}
