package io.cockpit.application.port.out.shared;

import io.cockpit.domain.account.EmailAddress;
import io.cockpit.domain.shared.Language;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link MailSender} does: each message sent reaches its recipient once, with subject, text, HTML
 * alternative and language intact, in any script. A subclass reads back what arrived where its sender delivers
 * (a mail server's inbox, the outbox directory, memory).
 */
public abstract class MailSenderContract {

    /** How long a test waits for a message that the sender delivers in the background. */
    protected static final Duration PATIENCE = Duration.ofSeconds(10);

    protected abstract MailSender sender();

    /** Every message that has arrived so far for {@code recipient}, as its recipient reads it. */
    protected abstract List<Mail> delivered(EmailAddress recipient);

    private static EmailAddress aRecipient() {
        return new EmailAddress("jana." + UUID.randomUUID().toString().substring(0, 8) + "@example.com");
    }

    /**
     * A message field by field, readable in a failure (a Mail's own toString hides its content). Line breaks at the
     * end of a text are not kept by SMTP (the end of the data is one), and no reader sees them.
     */
    private static String shown(Mail mail) {
        return "to=" + mail.recipient().value() + " language=" + mail.language() + " subject=[" + mail.subject()
                + "] text=[" + mail.text().stripTrailing() + "] html=" + mail.html().map(String::stripTrailing);
    }

    private List<String> awaitShown(EmailAddress recipient, int count) {
        return awaitDelivered(recipient, count).stream().map(MailSenderContract::shown).toList();
    }

    /** The messages for {@code recipient}, once there are {@code count} (or what there is when patience runs out). */
    protected final List<Mail> awaitDelivered(EmailAddress recipient, int count) {
        return awaitDelivered(recipient, count, PATIENCE);
    }

    private List<Mail> awaitDelivered(EmailAddress recipient, int count, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        List<Mail> arrived = delivered(recipient);
        while (arrived.size() < count && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            arrived = delivered(recipient);
        }
        return arrived;
    }

    @Test
    void aPlainTextMessageArrivesAsSent() {
        EmailAddress jana = aRecipient();
        Mail sent = Mail.plain(jana, Language.EN, "A new password for your Cockpit",
                "Hello,\n\nset it with this link:\n\nhttps://app.example.com/password-reset#token=rst_abc-DEF_123\n");

        sender().send(sent);

        assertThat(awaitShown(jana, 1)).containsExactly(shown(sent));
    }

    @Test
    void germanUmlautsAndOtherScriptsSurviveInSubjectAndText() {
        EmailAddress jana = aRecipient();
        Mail sent = Mail.plain(jana, Language.DE, "Neues Passwort für dein Cockpit – größer, schöner 🚀",
                "Grüße aus Köln, ça va? Привет, 你好.\nZeile zwei: ß ÄÖÜ äöü €\n" + "x".repeat(200) + "\n");

        sender().send(sent);

        assertThat(awaitShown(jana, 1)).containsExactly(shown(sent));
    }

    @Test
    void anHtmlAlternativeArrivesBesideTheText() {
        EmailAddress jana = aRecipient();
        Mail sent = new Mail(jana, Language.DE, "Deine Daten", "Deine Daten liegen bereit.\n",
                Optional.of("<p>Deine Daten liegen <b>bereit</b>.</p>"));

        sender().send(sent);

        assertThat(awaitShown(jana, 1)).containsExactly(shown(sent));
    }

    @Test
    void eachMessageReachesOnlyItsRecipientAndOnlyOnce() {
        EmailAddress jana = aRecipient();
        EmailAddress sam = aRecipient();
        Mail first = Mail.plain(jana, Language.EN, "First", "one\n");
        Mail second = Mail.plain(jana, Language.EN, "Second", "two\n");
        Mail forSam = Mail.plain(sam, Language.DE, "Für Sam", "drei\n");

        sender().send(first);
        sender().send(forSam);
        sender().send(second);

        assertThat(awaitShown(jana, 2)).containsExactlyInAnyOrder(shown(first), shown(second));
        assertThat(awaitShown(sam, 1)).containsExactly(shown(forSam));
        assertThat(awaitDelivered(jana, 3, Duration.ofMillis(500))).hasSize(2);
    }
}
