package io.cockpit.application.service.linkedin;

import io.cockpit.domain.account.UserId;
import io.cockpit.domain.linkedin.LinkedInErrors;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * At most {@code most} searches of one user at a time on this node, the others of that user waiting for a turn (in
 * the order they came) up to {@code wait}, then refused ({@code linkedin.search_busy}, 429). A search of many short
 * word starts over a large history takes a core for a second: one user sending many at once then waits for their own,
 * and leaves the other cores to everyone else. Users never wait for each other here. A user's entry lives while one
 * of their searches runs or waits.
 */
final class SearchesPerUser {

    private final int most;
    private final Duration wait;
    private final Map<UserId, Turns> turns = new ConcurrentHashMap<>();

    private static final class Turns {
        final Semaphore permits;
        int searches;

        Turns(int most) {
            this.permits = new Semaphore(most, true);
        }
    }

    SearchesPerUser(int most, Duration wait) {
        if (most < 1 || wait.isNegative()) {
            throw new IllegalArgumentException("at least one search at a time, and a wait that is not negative");
        }
        this.most = most;
        this.wait = wait;
    }

    <T> T run(UserId user, Supplier<T> search) {
        Turns mine = turns.compute(user, (key, found) -> {
            Turns entry = found == null ? new Turns(most) : found;
            entry.searches++;
            return entry;
        });
        try {
            if (!mine.permits.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS)) {
                throw LinkedInErrors.searchBusy(Math.max(1, wait.toSeconds()));
            }
            try {
                return search.get();
            } finally {
                mine.permits.release();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a turn to search", e);
        } finally {
            turns.compute(user, (key, entry) -> --entry.searches == 0 ? null : entry);
        }
    }

    /** How many users have a search running or waiting. */
    int users() {
        return turns.size();
    }
}
