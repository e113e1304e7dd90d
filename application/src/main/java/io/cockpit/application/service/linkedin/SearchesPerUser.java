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
 * At most {@code most} searches of one user at a time on this node, up to {@code mostWaiting} others of that user
 * waiting for a turn (in the order they came) up to {@code wait}, then refused ({@code linkedin.search_busy}, 429);
 * a search beyond those waiting is refused at once. A search of many short
 * word starts over a large history takes a core for a second: one user sending many at once then waits for their own,
 * and leaves the other cores to everyone else. Users never wait for each other here. A user's entry lives while one
 * of their searches runs or waits.
 */
final class SearchesPerUser {

    private final int most;
    private final int mostWaiting;
    private final Duration wait;
    private final Map<UserId, Turns> turns = new ConcurrentHashMap<>();

    private static final class Turns {
        final Semaphore permits;
        volatile int searches;

        Turns(int most) {
            this.permits = new Semaphore(most, true);
        }
    }

    SearchesPerUser(int most, int mostWaiting, Duration wait) {
        if (most < 1 || mostWaiting < 0 || wait.isNegative()) {
            throw new IllegalArgumentException("at least one search at a time, and no negative number waiting or wait");
        }
        this.most = most;
        this.mostWaiting = mostWaiting;
        this.wait = wait;
    }

    <T> T run(UserId user, Supplier<T> search) {
        boolean[] full = {false};
        Turns mine = turns.compute(user, (key, found) -> {
            Turns entry = found == null ? new Turns(most) : found;
            full[0] = entry.searches >= most + mostWaiting;
            if (!full[0]) {
                entry.searches++;
            }
            return entry;
        });
        if (full[0]) {
            throw busy();
        }
        try {
            if (!mine.permits.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS)) {
                throw busy();
            }
            try {
                return search.get();
            } finally {
                mine.permits.release();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the server stops: the client may retry on another node
            throw busy();
        } finally {
            turns.compute(user, (key, entry) -> --entry.searches == 0 ? null : entry);
        }
    }

    private RuntimeException busy() {
        return LinkedInErrors.searchBusy(Math.max(1, wait.toSeconds()));
    }

    /** How many of {@code user}'s searches run or wait. */
    int searches(UserId user) {
        Turns entry = turns.get(user);
        return entry == null ? 0 : entry.searches;
    }

    /** How many users have a search running or waiting. */
    int users() {
        return turns.size();
    }
}
