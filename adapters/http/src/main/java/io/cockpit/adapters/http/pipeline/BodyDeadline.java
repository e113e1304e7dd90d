package io.cockpit.adapters.http.pipeline;

import io.cockpit.adapters.http.problem.Problems;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;

/**
 * How long a request's body may take to arrive, counted from the request's start (when it was authenticated). A body
 * still arriving after that is refused with 408: a request cannot start its work long after its caller's session was
 * checked (an erasure's last sweep waits longer than this, {@code cockpit.jobs.erasure.settle}; the work itself is
 * bounded by the database's timeouts), and a client that trickles a byte every few seconds cannot hold a request open
 * for hours. A read still waiting 5 s after the deadline is cut off ({@link ReadWatchdog}: the connection closes
 * without an answer), so a client that stops sending holds its connection no longer either.
 */
public final class BodyDeadline {

    private record Window(long startNanos, long limitNanos) {
    }

    /** How long past the deadline a read may still wait for bytes before the connection is cut off. */
    static final Duration CUT_OFF_AFTER = Duration.ofSeconds(5);
    private static final ThreadLocal<Window> WINDOW = new ThreadLocal<>();

    private BodyDeadline() {
    }

    /** Runs {@code work} (the rest of the request) with its body due {@code limit} after {@code startNanos}. */
    static void during(long startNanos, Duration limit, Runnable work) {
        Window outer = WINDOW.get();
        WINDOW.set(new Window(startNanos, limit.toNanos()));
        try {
            work.run();
        } finally {
            if (outer == null) {
                WINDOW.remove();
            } else {
                WINDOW.set(outer);
            }
        }
    }

    /** The body as it arrives, refused with 408 {@code request.timeout} once the request's deadline has passed. */
    public static InputStream guard(InputStream body) {
        return guard(body, Duration.ZERO);
    }

    /** The same, with at least {@code atLeast} from the request's start for a large body (a document). */
    public static InputStream guard(InputStream body, Duration atLeast) {
        Window window = WINDOW.get();
        return window == null ? body
                : new Guarded(body, window.startNanos() + Math.max(window.limitNanos(), atLeast.toNanos()));
    }

    private static final class Guarded extends FilterInputStream {

        private final long deadlineNanos;
        private boolean ended;

        private Guarded(InputStream body, long deadlineNanos) {
            super(body);
            this.deadlineNanos = deadlineNanos;
        }

        @Override
        public int read() throws IOException {
            int read = awaited(() -> super.read());
            ended |= read == -1;
            check();
            return read;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = awaited(() -> super.read(buffer, offset, length));
            ended |= read == -1;
            check();
            return read;
        }

        /**
         * Closes the body only once it was read to its end: Helidon's close reads on for what is left, with no limit in
         * time. A body left unread (too large, too slow, cut off) ends with its connection after the answer.
         */
        @Override
        public void close() throws IOException {
            if (ended) {
                super.close();
            }
        }

        /**
         * A read that waits no longer than {@link #CUT_OFF_AFTER} past the deadline: a client still sending gets its
         * 408 with its next bytes, one that stopped is cut off there.
         */
        private int awaited(ReadWatchdog.Read<Integer> read) throws IOException {
            check();
            return ReadWatchdog.within(Duration.ofNanos(deadlineNanos - System.nanoTime()).plus(CUT_OFF_AFTER), read)
                    .orElseThrow(BodyCutOff::new);
        }

        private void check() {
            if (System.nanoTime() - deadlineNanos > 0) {
                throw Problems.bodyTooSlow();
            }
        }
    }
}
