package io.cockpit.adapters.mail;

import io.cockpit.application.port.out.shared.Mail;
import io.cockpit.domain.account.EmailAddress;
import io.cockpit.domain.shared.Language;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;

/** The queue's own behaviour: sending never waits for delivery; failures are retried, then dropped with a warning. */
class MailQueueTest {

    private static final Mail RESET = Mail.plain(new EmailAddress("jana.schmidt@example.com"), Language.DE,
            "Neues Passwort", "https://app.example.com/password-reset#token=rst_secret\n");

    private final Logs logs = new Logs();
    private MailQueue queue;

    @AfterEach
    void close() {
        if (queue != null) {
            queue.close();
        }
        logs.close();
    }

    @Test
    void sendingReturnsWhileTheServerIsStillBusy() throws Exception {
        CountDownLatch serverAnswers = new CountDownLatch(1);
        ScriptedDelivery delivery = new ScriptedDelivery(message -> serverAnswers.await());
        queue = new MailQueue(delivery, new MailQueue.Settings(10, List.of()), Clock.systemUTC());

        long started = System.nanoTime();
        queue.send(RESET);
        long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

        assertThat(tookMillis).isLessThan(1000);
        assertThat(queue.pending()).isEqualTo(1);
        serverAnswers.countDown();
        delivery.awaitDelivered(1);
        assertThat(delivery.delivered.getFirst().getSubject()).isEqualTo("Neues Passwort");
    }

    @Test
    void aFailedDeliveryIsTriedAgainAfterEachDelay() throws InterruptedException {
        AtomicInteger attempts = new AtomicInteger();
        ScriptedDelivery delivery = new ScriptedDelivery(message -> {
            if (attempts.incrementAndGet() < 3) {
                throw new IOException("connection refused by jana.schmidt@example.com's server");
            }
        });
        queue = new MailQueue(delivery, new MailQueue.Settings(10, List.of(Duration.ofMillis(50),
                Duration.ofMillis(50), Duration.ofMillis(50))), Clock.systemUTC());

        queue.send(RESET);

        delivery.awaitDelivered(1);
        assertThat(attempts).hasValue(3);
        assertThat(logs.warnings()).hasSize(2).allSatisfy(line -> assertThat(line)
                .contains("failed (IOException)").doesNotContain("jana", "rst_secret", "Neues"));
    }

    @Test
    void afterTheLastRetryTheMessageIsDroppedWithAWarning() throws InterruptedException {
        ScriptedDelivery delivery = new ScriptedDelivery(message -> {
            throw new IOException("no");
        });
        queue = new MailQueue(delivery, new MailQueue.Settings(10, List.of(Duration.ofMillis(10))), Clock.systemUTC());

        queue.send(RESET);

        // the queue empties a moment before the worker logs the drop: wait for both
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while ((queue.pending() > 0 || logs.warnings().stream().noneMatch(line -> line.contains("dropped")))
                && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(queue.pending()).isZero();
        assertThat(logs.warnings()).last().asString().contains("failed 2 times", "the message was dropped");
    }

    @Test
    void aFullQueueDropsNewMessagesWithAWarning() throws InterruptedException {
        CountDownLatch serverAnswers = new CountDownLatch(1);
        ScriptedDelivery delivery = new ScriptedDelivery(message -> serverAnswers.await());
        queue = new MailQueue(delivery, new MailQueue.Settings(2, List.of()), Clock.systemUTC());

        queue.send(RESET);
        queue.send(RESET);
        queue.send(RESET);

        assertThat(queue.pending()).isEqualTo(2);
        assertThat(logs.warnings()).singleElement().asString().contains("full").doesNotContain("jana");
        serverAnswers.countDown();
        delivery.awaitDelivered(2);
    }

    @Test
    void closingDeliversWhatIsQueued() {
        ScriptedDelivery delivery = new ScriptedDelivery(message -> Thread.sleep(20));
        queue = new MailQueue(delivery, new MailQueue.Settings(10, List.of()), Clock.systemUTC());
        for (int i = 0; i < 5; i++) {
            queue.send(RESET);
        }

        queue.close();

        assertThat(delivery.delivered).hasSize(5);
    }

    private interface Behaviour {
        void on(MimeMessage message) throws Exception;
    }

    /** A delivery that does what the test says, then keeps the message. */
    private static final class ScriptedDelivery implements Delivery {

        private final Behaviour behaviour;
        final List<MimeMessage> delivered = new CopyOnWriteArrayList<>();

        ScriptedDelivery(Behaviour behaviour) {
            this.behaviour = behaviour;
        }

        @Override
        public void deliver(MimeMessage message) throws Exception {
            behaviour.on(message);
            delivered.add(message);
        }

        void awaitDelivered(int count) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (delivered.size() < count && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(delivered).hasSize(count);
        }

        @Override
        public Session session() {
            return Session.getInstance(new Properties());
        }

        @Override
        public InternetAddress from() {
            InternetAddress from = new InternetAddress();
            from.setAddress("no-reply@cockpit.example");
            return from;
        }

        @Override
        public String toString() {
            return "the test's delivery";
        }
    }

    /** The warnings the queue logs. */
    private static final class Logs extends Handler {

        private final Logger logger = Logger.getLogger(MailQueue.class.getName());
        private final List<String> warnings = new CopyOnWriteArrayList<>();

        Logs() {
            logger.addHandler(this);
        }

        List<String> warnings() {
            return List.copyOf(warnings);
        }

        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                warnings.add(record.getMessage());
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
            logger.removeHandler(this);
        }
    }
}
