package io.cockpit.application.testing.fakes;

import io.cockpit.application.port.out.protection.AttemptCounter;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Attempts in memory: every attempt's time per key, counted in the window the caller asks about. */
public final class FakeAttemptCounter implements AttemptCounter {

    private final Map<String, List<Instant>> attempts = new HashMap<>();

    @Override
    public synchronized Attempts count(String key, Instant now, Duration window) {
        List<Instant> inWindow = attempts.getOrDefault(key, List.of()).stream()
                .filter(at -> at.isAfter(now.minus(window)))
                .sorted()
                .toList();
        return new Attempts(inWindow.size(), inWindow.stream().findFirst());
    }

    @Override
    public synchronized Attempts record(String key, Instant now, Duration window) {
        attempts.computeIfAbsent(key, k -> new ArrayList<>()).add(now);
        return count(key, now, window);
    }

    @Override
    public synchronized void clear(String key) {
        attempts.remove(key);
    }
}
