package io.cockpit.adapters.memory;

import io.cockpit.application.port.out.protection.AttemptCounter;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sliding-window attempt counts in this process (embedded mode). Each key's window is a queue of attempts in the
 * order they were made; trimming, counting and adding happen under the queue's lock, so a reservation is atomic.
 */
public final class InMemoryAttemptCounter implements AttemptCounter {

    private record Attempt(long id, Instant at) {
    }

    private final ConcurrentMap<String, Deque<Attempt>> windows = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    @Override
    public Attempts count(String key, Instant now, Duration window) {
        Deque<Attempt> attempts = windows.get(key);
        if (attempts == null) {
            return Attempts.NONE;
        }
        synchronized (attempts) {
            return trimmed(attempts, now, window);
        }
    }

    @Override
    public Reservation reserve(String key, Instant now, Duration window, int limit) {
        while (true) {
            Deque<Attempt> attempts = windows.computeIfAbsent(key, k -> new ArrayDeque<>());
            synchronized (attempts) {
                if (windows.get(key) != attempts) {
                    continue; // cleared or swept meanwhile: take the queue that is in the map now
                }
                Attempts before = trimmed(attempts, now, window);
                if (before.count() >= limit) {
                    return Reservation.refused(key, before);
                }
                long id = ids.incrementAndGet();
                attempts.addLast(new Attempt(id, now));
                return Reservation.admitted(key, Long.toString(id), trimmed(attempts, now, window));
            }
        }
    }

    /** Attempts arrive in clock order, so the oldest is first; one made earlier than those before it is found too. */
    private static Attempts trimmed(Deque<Attempt> attempts, Instant now, Duration window) {
        Instant start = now.minus(window);
        attempts.removeIf(attempt -> !attempt.at().isAfter(start));
        Optional<Instant> oldest = attempts.stream().map(Attempt::at).min(Instant::compareTo);
        return new Attempts(attempts.size(), oldest);
    }

    @Override
    public void release(Reservation reservation) {
        if (reservation.id().isEmpty()) {
            return;
        }
        long id = Long.parseLong(reservation.id().get());
        Deque<Attempt> attempts = windows.get(reservation.key());
        if (attempts != null) {
            synchronized (attempts) {
                attempts.removeIf(attempt -> attempt.id() == id);
            }
        }
    }

    @Override
    public void clear(String key) {
        windows.remove(key);
    }

    /** Drops windows without attempts younger than {@code longestWindow}. */
    public void sweep(Instant now, Duration longestWindow) {
        windows.entrySet().removeIf(entry -> {
            synchronized (entry.getValue()) {
                return trimmed(entry.getValue(), now, longestWindow).count() == 0;
            }
        });
    }
}
