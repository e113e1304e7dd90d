package io.cockpit.application.testing.fakes;

import io.cockpit.application.port.out.protection.AttemptCounter;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Attempts in memory: every attempt's time and id per key, counted in the window the caller asks about. */
public final class FakeAttemptCounter implements AttemptCounter {

    private record Attempt(String id, Instant at) {
    }

    private final Map<String, List<Attempt>> attempts = new HashMap<>();

    @Override
    public synchronized Attempts count(String key, Instant now, Duration window) {
        List<Instant> inWindow = attempts.getOrDefault(key, List.of()).stream()
                .map(Attempt::at)
                .filter(at -> at.isAfter(now.minus(window)))
                .sorted()
                .toList();
        return new Attempts(inWindow.size(), inWindow.stream().findFirst());
    }

    @Override
    public synchronized Reservation reserve(String key, Instant now, Duration window, int limit) {
        Attempts before = count(key, now, window);
        if (before.count() >= limit) {
            return Reservation.refused(key, before);
        }
        String id = UUID.randomUUID().toString();
        attempts.computeIfAbsent(key, k -> new ArrayList<>()).add(new Attempt(id, now));
        return Reservation.admitted(key, id, count(key, now, window));
    }

    @Override
    public synchronized void release(Reservation reservation) {
        reservation.id().ifPresent(id -> attempts.getOrDefault(reservation.key(), new ArrayList<>())
                .removeIf(attempt -> attempt.id().equals(id)));
    }

    @Override
    public synchronized void clear(String key) {
        attempts.remove(key);
    }
}
