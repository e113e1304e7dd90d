package io.cockpit.adapters.mysql.linkedin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The window's edge ({@link JdbiLinkedInSearch}) per user and searched table, kept for {@link #KEEP}: a search box
 * asks again with every word typed and every page, and each ask read the edge once per type (a statement of 1-2 ms
 * on MySQL). A kept edge may be older than rows written since; they then fall on the window's side of it, so every
 * row is still read exactly once, the window only holds more rows until the edge is read again. No edge (fewer rows
 * than the window, cheap to find out) is not kept: a first sync would otherwise be searched row by row for a while.
 * What is kept is a row's time and id, in this process; every search sweeps out what expired, at most once per
 * {@link #KEEP}.
 */
final class WindowEdges {

    static final Duration KEEP = Duration.ofSeconds(10);
    /** More keys (a user's searched tables) than this kept on one server: the expired ones go, then all. */
    static final int MOST = 10_000;

    record Key(String user, String table) {
    }

    private record Kept(JdbiLinkedInSearch.Edge edge, Instant until) {
    }

    private final Clock clock;
    private final ConcurrentHashMap<Key, Kept> kept = new ConcurrentHashMap<>();
    private volatile Instant nextSweep;

    WindowEdges(Clock clock) {
        this.clock = clock;
        this.nextSweep = clock.instant().plus(KEEP);
    }

    /** The kept edge of {@code key}, or the one {@code read} reads now (then kept, when there is one). */
    Optional<JdbiLinkedInSearch.Edge> edge(Key key, Supplier<Optional<JdbiLinkedInSearch.Edge>> read) {
        Instant now = clock.instant();
        sweep(now);
        Kept known = kept.get(key);
        if (known != null && now.isBefore(known.until())) {
            return Optional.of(known.edge());
        }
        Optional<JdbiLinkedInSearch.Edge> edge = read.get();
        if (edge.isEmpty()) {
            kept.remove(key);
            return edge;
        }
        if (kept.size() >= MOST) {
            expire(now);
            if (kept.size() >= MOST) {
                kept.clear();
            }
        }
        kept.put(key, new Kept(edge.get(), now.plus(KEEP)));
        return edge;
    }

    private void sweep(Instant now) {
        if (!now.isBefore(nextSweep)) {
            nextSweep = now.plus(KEEP);
            expire(now);
        }
    }

    private void expire(Instant now) {
        kept.values().removeIf(old -> !now.isBefore(old.until()));
    }

    int size() {
        return kept.size();
    }
}
