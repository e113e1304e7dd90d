package io.cockpit.adapters.mail;

import com.icegreen.greenmail.base.GreenMailOperations;
import io.cockpit.application.port.out.shared.Mail;
import io.cockpit.domain.account.EmailAddress;
import io.cockpit.domain.shared.Language;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/** Reads messages back as their recipient's mail client would: from a GreenMail inbox, or the outbox's files. */
public final class MailReadBack {

    private MailReadBack() {
    }

    /** Every message the server received, in arrival order. */
    public static List<Mail> received(GreenMailOperations server) {
        return Arrays.stream(server.getReceivedMessages()).map(MailReadBack::parse).toList();
    }

    /** Every message written to the outbox, in the order of their names (the time they were written). */
    public static List<Mail> outbox(Path directory) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".eml")).sorted()
                    .map(MailReadBack::parseFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Mail parseFile(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(new MimeMessage(Session.getInstance(new Properties()), in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MessagingException e) {
            throw new IllegalStateException("not a MIME message: " + file, e);
        }
    }

    public static Mail parse(MimeMessage message) {
        try {
            InternetAddress to = (InternetAddress) message.getRecipients(Message.RecipientType.TO)[0];
            Language language = Language.fromCode(message.getHeader("Content-Language", null));
            Object content = message.getContent();
            String text;
            Optional<String> html = Optional.empty();
            if (content instanceof Multipart alternatives) {
                text = lines((String) part(alternatives, "text/plain").getContent());
                html = Optional.of(lines((String) part(alternatives, "text/html").getContent()));
            } else {
                text = lines((String) content);
            }
            return new Mail(new EmailAddress(to.getAddress()), language, message.getSubject(), text, html);
        } catch (MessagingException e) {
            throw new IllegalStateException("unreadable message", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BodyPart part(Multipart multipart, String type) throws MessagingException {
        for (int i = 0; i < multipart.getCount(); i++) {
            if (multipart.getBodyPart(i).isMimeType(type)) {
                return multipart.getBodyPart(i);
            }
        }
        throw new IllegalStateException("no " + type + " part");
    }

    /** Line ends as a reader sees them: MIME sends CRLF. */
    private static String lines(String wire) {
        return wire.replace("\r\n", "\n");
    }
}
