package io.cockpit.adapters.http.pipeline;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

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
        Watch watch = new Watch(Thread.currentThread());
        ScheduledFuture<?> scheduled = WATCHDOG.schedule(watch::fire, limit.toMillis(), TimeUnit.MILLISECONDS);
        T result = null;
        Exception failure = null;
        boolean fired;
        try {
            result = read.run();
        } catch (IOException | RuntimeException e) {
            failure = e;
        } finally {
            scheduled.cancel(false);
            fired = !watch.disarm();
            if (fired) {
                // the read was cut off (or ended just as the watchdog fired): its interrupt is spent here
                Thread.interrupted();
            }
        }
        if (fired) {
            return Optional.empty();
        }
        if (failure instanceof IOException io) {
            throw io;
        }
        if (failure != null) {
            throw (RuntimeException) failure;
        }
        return Optional.of(result);
    }

    /** Interrupts its reader once, unless disarmed first; after {@link #disarm} no interrupt can come any more. */
    private static final class Watch {

        private final Thread reader;
        private boolean armed = true;

        private Watch(Thread reader) {
            this.reader = reader;
        }

        private synchronized void fire() {
            if (armed) {
                armed = false;
                reader.interrupt();
            }
        }

        /** Whether it was still armed (the watchdog had not fired). */
        private synchronized boolean disarm() {
            boolean was = armed;
            armed = false;
            return was;
        }
    }
}
