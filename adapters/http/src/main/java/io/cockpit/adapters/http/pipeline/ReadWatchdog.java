package io.cockpit.adapters.http.pipeline;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Cuts off a blocking read of a request's body that takes too long: the reading thread is interrupted, which closes a
 * virtual thread's socket. Helidon sets no read timeout on its sockets, so without this a client that stops sending
 * holds its connection for as long as it likes.
 */
public final class ReadWatchdog {

    /** A read from the request's body. */
    @FunctionalInterface
    public interface Read<T> {
        T run() throws IOException;
    }

    private static final ScheduledThreadPoolExecutor WATCHDOG = watchdog();

    private ReadWatchdog() {
    }

    private static ScheduledThreadPoolExecutor watchdog() {
        ScheduledThreadPoolExecutor watchdog = new ScheduledThreadPoolExecutor(1,
                Thread.ofPlatform().daemon().name("cockpit-read-watchdog").factory());
        // nearly every read ends in time: its watch leaves the queue at once instead of at its time
        watchdog.setRemoveOnCancelPolicy(true);
        return watchdog;
    }

    /** What {@code read} gave, or empty when {@code limit} passed first (the read was cut off, the socket closed). */
    public static <T> Optional<T> within(Duration limit, Read<T> read) throws IOException {
        Thread reader = Thread.currentThread();
        AtomicBoolean armed = new AtomicBoolean(true);
        ScheduledFuture<?> watch = WATCHDOG.schedule(() -> {
            if (armed.compareAndSet(true, false)) {
                reader.interrupt();
            }
        }, limit.toMillis(), TimeUnit.MILLISECONDS);
        try {
            T result = read.run();
            if (armed.compareAndSet(true, false)) {
                return Optional.of(result);
            }
        } catch (IOException failed) {
            if (armed.compareAndSet(true, false)) {
                throw failed;
            }
        } finally {
            watch.cancel(false);
        }
        // the watchdog fired: the read was cut off (or ended just as it fired); the interrupt is spent here
        Thread.interrupted();
        return Optional.empty();
    }
}
