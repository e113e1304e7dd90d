package io.cockpit.domain.linkedin;

import io.cockpit.domain.account.UserId;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the user's sync stands, per kind: when a batch of that kind was last stored and the newest item time seen
 * (modifiedAt for the profile, contacts and conversations; sentAt for messages), so the client knows where to
 * continue. It never goes back.
 */
public record SyncState(UserId userId, Map<SyncKind, KindState> kinds) {

    /** One kind's place. */
    public record KindState(Optional<Instant> syncedAt, Optional<Instant> lastItemAt) {

        public static final KindState NEVER = new KindState(Optional.empty(), Optional.empty());

        public KindState {
            Objects.requireNonNull(syncedAt, "syncedAt");
            Objects.requireNonNull(lastItemAt, "lastItemAt");
        }

        KindState advance(Instant now, Optional<Instant> newestItem) {
            Optional<Instant> last = lastItemAt.isEmpty() ? newestItem
                    : newestItem.filter(newest -> newest.isAfter(lastItemAt.get())).or(() -> lastItemAt);
            return new KindState(Optional.of(now), last);
        }
    }

    public SyncState {
        Objects.requireNonNull(userId, "userId");
        Map<SyncKind, KindState> all = new EnumMap<>(SyncKind.class);
        for (SyncKind kind : SyncKind.values()) {
            all.put(kind, kinds.getOrDefault(kind, KindState.NEVER));
        }
        kinds = Map.copyOf(all);
    }

    public static SyncState never(UserId userId) {
        return new SyncState(userId, Map.of());
    }

    public KindState of(SyncKind kind) {
        return kinds.get(kind);
    }

    /** After a batch of {@code kind} was stored at {@code now}, with {@code newestItem} the newest item it brought. */
    public SyncState advanced(SyncKind kind, Instant now, Optional<Instant> newestItem) {
        Map<SyncKind, KindState> changed = new EnumMap<>(kinds);
        changed.put(kind, kinds.get(kind).advance(now, newestItem));
        return new SyncState(userId, changed);
    }
}
