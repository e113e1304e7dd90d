package io.cockpit.adapters.argon2;

import io.cockpit.domain.access.AuthErrors;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Runs password hashes on threads of their own, at most {@code size} at once. Each Argon2id hash holds its memory
 * (m KiB) while it runs, so the pool bounds what hashing can take of the heap; and a hash never occupies a thread
 * that serves requests (a virtual thread's carrier), so health checks and other requests keep being answered. A
 * caller waits at most {@code maxWait} for a slot (the longest waiting first), then is refused: 503 {@code server.busy}.
 * No more callers wait than the slots can serve within that wait at the recent hash time: one who would queue
 * behind them is refused at once, since it would only be refused later, after holding its request that long.
 */
public final class HashingPool implements AutoCloseable {

    /** The share of the heap that hashes in flight may take when the size is derived from it. */
    private static final int HEAP_SHARE_DIVISOR = 4;
    private static final Duration RETRY_AFTER = Duration.ofSeconds(1);
    /** The recent hash time moves by this share (1/8) of the difference at each hash. */
    private static final int AVERAGE_WEIGHT = 8;

    private final int size;
    private final Duration maxWait;
    private final Semaphore slots;
    private final ExecutorService threads;
    private final LongAdder completed = new LongAdder();
    private final LongAdder refused = new LongAdder();
    /** The recent time of one hash, in nanoseconds; 0 until the first hash. */
    private final AtomicLong recentHashNanos = new AtomicLong();

    public HashingPool(int size, Duration maxWait) {
        if (size < 1 || maxWait.isNegative()) {
            throw new IllegalArgumentException("a hashing pool has at least one slot and a wait of zero or more");
        }
        this.size = size;
        this.maxWait = maxWait;
        this.slots = new Semaphore(size, true);
        AtomicInteger number = new AtomicInteger();
        this.threads = Executors.newFixedThreadPool(size,
                task -> Thread.ofPlatform().daemon().name("cockpit-hash-" + number.incrementAndGet()).unstarted(task));
    }

    /**
     * As many slots as a quarter of the heap holds hashes of {@code memoryKiB}, and one processor fewer than there
     * are: hashes run flat out, so with a slot per processor they took every core in a storm and the threads that
     * answer requests (health checks included) and the garbage collector queued behind them. At least one.
     */
    public static int sizeFor(Argon2Settings settings, long maxHeapBytes, int processors) {
        long byMemory = maxHeapBytes / HEAP_SHARE_DIVISOR / (settings.memoryKiB() * 1024L);
        return (int) Math.max(1, Math.min(processors - 1, byMemory));
    }

    /** Runs {@code hash} in a slot; refuses with {@code server.busy} if none frees up within the wait. */
    <T> T run(Callable<T> hash) {
        acquire();
        Future<T> result;
        try {
            result = threads.submit(() -> {
                long started = System.nanoTime();
                try {
                    return hash.call();
                } finally {
                    recordHashTime(System.nanoTime() - started);
                    completed.increment();
                    slots.release();
                }
            });
        } catch (RejectedExecutionException closed) {
            slots.release();
            throw new IllegalStateException("the hashing pool is closed", closed);
        }
        return awaitUninterruptibly(result);
    }

    private void acquire() {
        boolean acquired;
        try {
            acquired = slots.getQueueLength() < mostWaiting()
                    && slots.tryAcquire(maxWait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            refused.increment();
            throw AuthErrors.hashingBusy(RETRY_AFTER);
        }
    }

    /** Refuses as {@link #run} would at once: every slot taken and as many waiting as may wait. */
    void refuseIfFull() {
        if (slots.availablePermits() == 0 && slots.getQueueLength() >= mostWaiting()) {
            refused.increment();
            throw AuthErrors.hashingBusy(RETRY_AFTER);
        }
    }

    /** As many callers may wait as the slots hash within the wait at the recent hash time; any number before a hash. */
    int mostWaiting() {
        long recent = recentHashNanos.get();
        if (recent == 0) {
            return Integer.MAX_VALUE;
        }
        return (int) Math.min(Integer.MAX_VALUE, Math.max(1, size * (maxWait.toNanos() / recent)));
    }

    void recordHashTime(long nanos) {
        long sample = Math.max(1, nanos);
        recentHashNanos.accumulateAndGet(sample,
                (recent, next) -> recent == 0 ? next : recent + (next - recent) / AVERAGE_WEIGHT);
    }

    /** Callers waiting for a slot now (an estimate, as the semaphore's). */
    int waiting() {
        return slots.getQueueLength();
    }

    /** The slot is released by the hash itself, so an interrupted caller cannot free it early. */
    private static <T> T awaitUninterruptibly(Future<T> result) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return result.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException runtime) {
                        throw runtime;
                    }
                    if (e.getCause() instanceof Error error) {
                        throw error;
                    }
                    throw new IllegalStateException(e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public int size() {
        return size;
    }

    public Duration maxWait() {
        return maxWait;
    }

    /** Hashes run to the end since the start. */
    public long completed() {
        return completed.sum();
    }

    /** Callers refused because no slot freed up in time. */
    public long refused() {
        return refused.sum();
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}
