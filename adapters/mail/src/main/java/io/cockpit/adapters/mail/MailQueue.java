package io.cockpit.adapters.mail;

import io.cockpit.application.port.out.shared.Mail;
import io.cockpit.application.port.out.shared.MailSender;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The {@link MailSender}: composes the message at once and delivers it on a thread of its own, so no request waits
 * for a mail server. A failed delivery is tried again after each of the retry delays, then dropped with a warning;
 * a full queue drops new messages with a warning. The log names the delivery and the failure's exception classes,
 * never a recipient or content (a server's error text can quote the recipient).
 */
public final class MailQueue implements MailSender, AutoCloseable {

    private static final System.Logger LOG = System.getLogger(MailQueue.class.getName());

    /**
     * @param capacity    messages waiting for delivery or a retry, at most
     * @param retryDelays how long to wait before each further attempt after a failure
     */
    public record Settings(int capacity, List<Duration> retryDelays) {

        public static final Settings DEFAULT = new Settings(1000, List.of(Duration.ofSeconds(10),
                Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15)));

        public Settings {
            retryDelays = List.copyOf(retryDelays);
            if (capacity < 1) {
                throw new IllegalArgumentException("the mail queue needs room for a message");
            }
        }
    }

    private final Delivery delivery;
    private final Settings settings;
    private final Clock clock;
    private final ScheduledThreadPoolExecutor worker;
    private final AtomicInteger pending = new AtomicInteger();

    public MailQueue(Delivery delivery, Settings settings, Clock clock) {
        this.delivery = Objects.requireNonNull(delivery, "delivery");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.worker = new ScheduledThreadPoolExecutor(1, Thread.ofPlatform().daemon().name("cockpit-mail").factory());
        worker.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    @Override
    public void send(Mail mail) {
        MimeMessage message;
        try {
            message = MimeMails.compose(mail, delivery, clock.instant());
        } catch (MessagingException e) {
            throw new IllegalArgumentException("the mail cannot be composed: " + e.getClass().getSimpleName(), e);
        }
        if (pending.incrementAndGet() > settings.capacity()) {
            pending.decrementAndGet();
            LOG.log(System.Logger.Level.WARNING, "the mail queue is full (" + settings.capacity()
                    + " messages): a message was dropped");
            return;
        }
        try {
            worker.execute(() -> attempt(message, 0));
        } catch (RejectedExecutionException closed) {
            pending.decrementAndGet();
            LOG.log(System.Logger.Level.WARNING, "the mail queue is closed: a message was dropped");
        }
    }

    /** Messages waiting for delivery or a retry. */
    public int pending() {
        return pending.get();
    }

    private void attempt(MimeMessage message, int failures) {
        try {
            delivery.deliver(message);
            pending.decrementAndGet();
        } catch (Exception e) {
            if (failures < settings.retryDelays().size()) {
                Duration wait = settings.retryDelays().get(failures);
                LOG.log(System.Logger.Level.WARNING, "mail delivery to " + delivery + " failed (" + causes(e)
                        + "); trying again in " + wait);
                try {
                    worker.schedule(() -> attempt(message, failures + 1), wait.toMillis(), TimeUnit.MILLISECONDS);
                } catch (RejectedExecutionException closed) {
                    pending.decrementAndGet();
                }
            } else {
                pending.decrementAndGet();
                LOG.log(System.Logger.Level.WARNING, "mail delivery to " + delivery + " failed " + (failures + 1)
                        + " times (" + causes(e) + "): the message was dropped");
            }
        }
    }

    private static String causes(Throwable failure) {
        List<String> names = new ArrayList<>();
        for (Throwable at = failure; at != null && names.size() < 4; at = at.getCause()) {
            names.add(at.getClass().getSimpleName());
        }
        return String.join(" <- ", names);
    }

    /** Delivers what is queued now (waiting up to ten seconds), then stops; pending retries are dropped. */
    @Override
    public void close() {
        worker.shutdown();
        try {
            if (!worker.awaitTermination(10, TimeUnit.SECONDS)) {
                worker.shutdownNow();
            }
        } catch (InterruptedException e) {
            worker.shutdownNow();
            Thread.currentThread().interrupt();
        }
        int dropped = pending.get();
        if (dropped > 0) {
            LOG.log(System.Logger.Level.WARNING, dropped + " mail message(s) not delivered at shutdown");
        }
    }
}
