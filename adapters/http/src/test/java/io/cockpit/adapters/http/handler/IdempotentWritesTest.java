package io.cockpit.adapters.http.handler;

import io.cockpit.application.port.in.shared.IdempotentRequestsUseCase;
import io.cockpit.application.port.out.shared.StoreUnavailable;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A keyed write when the idempotency records' store (the cache) is away after the write ran: a write that succeeded
 * is answered, not turned into a 503 the client would retry; a write that failed fails with its own failure.
 */
class IdempotentWritesTest {

    private static final Optional<String> KEY = Optional.of("key-1");

    private final CacheAwayAfterReserving idempotency = new CacheAwayAfterReserving();
    private final IdempotentWrites writes = new IdempotentWrites(idempotency);

    @Test
    void aWriteThatSucceededIsAnsweredThoughItsReplyCannotBeRecorded() {
        List<String> ran = new ArrayList<>();

        JsonReply reply = writes.run("POST /v1/me/templates", "user-1", KEY, Map.of("name", "Hi"), () -> true, () -> {
            ran.add("write");
            return JsonReply.of(201, Map.of("id", "t-1"));
        });

        assertThat(reply.status()).isEqualTo(201);
        assertThat(ran).containsExactly("write");
        assertThat(idempotency.calls).containsExactly("reserve", "complete");
    }

    @Test
    void aWriteThatFailedFailsWithItsOwnFailureThoughTheKeyCannotBeGivenUp() {
        IllegalStateException bug = new IllegalStateException("a bug in the write");

        assertThatThrownBy(() -> writes.run("POST /v1/me/templates", "user-1", KEY, null, () -> true, () -> {
            throw bug;
        })).isSameAs(bug).satisfies(failed -> assertThat(failed.getSuppressed())
                .singleElement().isInstanceOf(StoreUnavailable.class));
        assertThat(idempotency.calls).containsExactly("reserve", "abandon");
    }

    @Test
    void aRefusedWriteIsAnsweredThoughTheKeyCannotBeGivenUp() {
        JsonReply reply = writes.run("POST /v1/me/templates", "user-1", KEY, null, () -> true,
                () -> JsonReply.of(409, Map.of("code", "conflict")));

        assertThat(reply.status()).isEqualTo(409);
        assertThat(idempotency.calls).containsExactly("reserve", "abandon");
    }

    /** Reserves every key, then finds the cache away for recording and giving up. */
    private static final class CacheAwayAfterReserving implements IdempotentRequestsUseCase {

        final List<String> calls = new ArrayList<>();

        @Override
        public Reservation reserve(String scope, String key, String fingerprint) {
            calls.add("reserve");
            return new Proceed(scope + key, fingerprint);
        }

        @Override
        public void complete(Proceed reservation, RecordedResponse response) {
            calls.add("complete");
            throw away();
        }

        @Override
        public void abandon(Proceed reservation) {
            calls.add("abandon");
            throw away();
        }

        @Override
        public void forget(String scope, String key) {
            calls.add("forget");
        }

        private static StoreUnavailable away() {
            return new StoreUnavailable("Redis", new IllegalStateException("command timed out"));
        }
    }
}
