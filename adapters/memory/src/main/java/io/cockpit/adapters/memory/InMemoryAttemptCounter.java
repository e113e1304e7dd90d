package io.cockpit.adapters.memory;

import io.cockpit.application.port.out.protection.AttemptCounter;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Sliding-window attempt counts in this process (embedded mode). */
public final class InMemoryAttemptCounter implements AttemptCounter {

    private final ConcurrentMap<String, Deque<Instant>> windows = new ConcurrentHashMap<>();

    @Override
    public Attempts count(String key, Instant now, Duration window) {
        Deque<Instant> attempts = windows.get(key);
        if (attempts == null) {
            return Attempts.NONE;
        }
        synchronized (attempts) {
            return trimmed(attempts, now, window);
        }
    }

    @Override
    public Attempts record(String key, Instant now, Duration window) {
        Deque<Instant> attempts = windows.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (attempts) {
            attempts.addLast(now);
            return trimmed(attempts, now, window);
        }
    }

    private static Attempts trimmed(Deque<Instant> attempts, Instant now, Duration window) {
        Instant start = now.minus(window);
        while (!attempts.isEmpty() && !attempts.peekFirst().isAfter(start)) {
            attempts.removeFirst();
        }
        return new Attempts(attempts.size(), Optional.ofNullable(attempts.peekFirst()));
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
