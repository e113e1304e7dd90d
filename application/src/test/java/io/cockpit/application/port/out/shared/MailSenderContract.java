package io.cockpit.application.port.out.shared;

import io.cockpit.domain.account.EmailAddress;
import io.cockpit.domain.settings.Language;
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

    /** The messages for {@code recipient}, once there are {@code count} (or what there is when patience runs out). */
    protected final List<Mail> awaitDelivered(EmailAddress recipient, int count) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
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

        assertThat(awaitDelivered(jana, 1)).containsExactly(sent);
    }

    @Test
    void germanUmlautsAndOtherScriptsSurviveInSubjectAndText() {
        EmailAddress jana = aRecipient();
        Mail sent = Mail.plain(jana, Language.DE, "Neues Passwort für dein Cockpit – größer, schöner 🚀",
                "Grüße aus Köln, ça va? Привет, 你好.\nZeile zwei: ß ÄÖÜ äöü €\n" + "x".repeat(200) + "\n");

        sender().send(sent);

        assertThat(awaitDelivered(jana, 1)).containsExactly(sent);
    }

    @Test
    void anHtmlAlternativeArrivesBesideTheText() {
        EmailAddress jana = aRecipient();
        Mail sent = new Mail(jana, Language.DE, "Deine Daten", "Deine Daten liegen bereit.\n",
                Optional.of("<p>Deine Daten liegen <b>bereit</b>.</p>"));

        sender().send(sent);

        assertThat(awaitDelivered(jana, 1)).containsExactly(sent);
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

        assertThat(awaitDelivered(jana, 2)).containsExactlyInAnyOrder(first, second);
        assertThat(awaitDelivered(sam, 1)).containsExactly(forSam);
        assertThat(awaitDelivered(jana, 3)).hasSize(2);
    }
}
