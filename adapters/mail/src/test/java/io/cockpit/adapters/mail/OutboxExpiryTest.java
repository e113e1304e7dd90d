package io.cockpit.adapters.mail;

import io.cockpit.application.testing.MutableClock;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The outbox's .eml files are deleted once they are older than the cutoff, in batches; nothing else is touched. */
class OutboxExpiryTest {

    @TempDir
    Path dataDir;

    private final MutableClock clock = MutableClock.startingAt("2026-11-29T10:00:00Z");

    private Path outbox() {
        return dataDir.resolve("outbox");
    }

    private void writeMailAt(OutboxDelivery delivery, Instant at) throws Exception {
        clock.set(at);
        MimeMessage message = new MimeMessage(delivery.session());
        message.setFrom(delivery.from());
        message.setText("A link for jana.schmidt@example.com");
        delivery.deliver(message);
    }

    private List<String> files() throws Exception {
        try (Stream<Path> files = Files.list(outbox())) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void mailsWrittenBeforeTheCutoffAreDeletedInBatchesAndTheRestStays() throws Exception {
        OutboxDelivery delivery = new OutboxDelivery(outbox(), "Cockpit <no-reply@cockpit.example>", clock);
        Instant start = Instant.parse("2026-10-01T08:00:00Z");
        for (int day = 0; day < 3; day++) {
            writeMailAt(delivery, start.plus(Duration.ofDays(day)));
        }
        writeMailAt(delivery, start.plus(Duration.ofDays(40)));
        Files.writeString(outbox().resolve("notes.txt"), "not a mail");
        Files.writeString(outbox().resolve("20200101T000000.000Z-draft.txt"), "not a mail either");
        OutboxExpiry expiry = new OutboxExpiry(outbox());
        Instant cutoff = start.plus(Duration.ofDays(30));

        assertThat(expiry.deleteExpired(cutoff, 2)).isEqualTo(2);
        assertThat(expiry.deleteExpired(cutoff, 2)).isEqualTo(1);
        assertThat(expiry.deleteExpired(cutoff, 2)).isZero();

        assertThat(files()).hasSize(3).contains("notes.txt", "20200101T000000.000Z-draft.txt")
                .anyMatch(name -> name.startsWith("20261110T080000.000Z-") && name.endsWith(".eml"));
        assertThat(expiry.category()).isEqualTo("outgoing_mail");
    }

    @Test
    void anOutboxThatWasNeverWrittenHasNothingDue() {
        assertThat(new OutboxExpiry(dataDir.resolve("no-outbox")).deleteExpired(Instant.now(), 10)).isZero();
    }
}
