package io.cockpit.adapters.mail;

import io.cockpit.application.port.out.shared.Mail;
import io.cockpit.application.port.out.shared.MailSender;
import io.cockpit.application.port.out.shared.MailSenderContract;
import io.cockpit.domain.account.EmailAddress;
import io.cockpit.domain.shared.Language;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The MailSender contract on the embedded mode's adapter: .eml files in the outbox directory. */
class OutboxDeliveryTest extends MailSenderContract {

    @TempDir
    Path dataDir;

    private MailQueue queue;

    private Path outbox() {
        return dataDir.resolve("outbox");
    }

    @Override
    protected MailSender sender() {
        if (queue == null) {
            queue = new MailQueue(new OutboxDelivery(outbox(), "Cockpit <no-reply@cockpit.example>", Clock.systemUTC()),
                    MailQueue.Settings.DEFAULT, Clock.systemUTC());
        }
        return queue;
    }

    @Override
    protected List<Mail> delivered(EmailAddress recipient) {
        return MailReadBack.outbox(outbox()).stream()
                .filter(mail -> mail.recipient().sameAddressAs(recipient)).toList();
    }

    @Test
    void eachMessageIsAFileOnlyItsOwnerCanReadAndTheLogNamesOnlyTheFile() throws Exception {
        EmailAddress jana = new EmailAddress("jana.schmidt@example.com");
        List<String> logged = new CopyOnWriteArrayList<>();
        Logger logger = Logger.getLogger(OutboxDelivery.class.getName());
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        logger.addHandler(capture);
        try {
            sender().send(Mail.plain(jana, Language.EN, "Reset", "https://app.example.com/password-reset#token=rst_x\n"));
            awaitDelivered(jana, 1);
            // the file is there a moment before the delivery thread logs it
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(5);
            while (logged.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
        } finally {
            logger.removeHandler(capture);
        }

        Path file;
        try (Stream<Path> files = Files.list(outbox())) {
            file = files.filter(f -> f.toString().endsWith(".eml")).findFirst().orElseThrow();
        }
        assertThat(file.getFileName().toString()).matches("\\d{8}T\\d{6}\\.\\d{3}Z-[0-9a-f]{8}\\.eml");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(outbox()))).isEqualTo("rwx------");
        assertThat(logged).containsExactly("mail written to the outbox: " + file.getFileName());
    }

    @AfterEach
    void close() {
        if (queue != null) {
            queue.close();
        }
    }
}
