package io.cockpit.application.port.in.shared;

import java.util.Map;
import java.util.Objects;

/**
 * Makes retried writes safe: the first successful response to a request with an idempotency key is recorded and
 * returned again for the same key and the same request.
 */
public interface IdempotentRequestsUseCase {

    /**
     * @param scope       who the key belongs to (keys of different callers never meet)
     * @param key         the client's idempotency key
     * @param fingerprint what identifies the request (method, path, canonical body)
     */
    Reservation reserve(String scope, String key, String fingerprint);

    /** Records the response of a request that went ahead. */
    void complete(Proceed reservation, RecordedResponse response);

    /** The request that went ahead failed; a retry with the same key runs again. */
    void abandon(Proceed reservation);

    /** Forgets what the key recorded (its answer no longer holds); the next request with it runs again. */
    void forget(String scope, String key);

    /** The outcome of {@link #reserve}. */
    sealed interface Reservation {
    }

    /** First use of the key: run the request, then {@link #complete} or {@link #abandon}. */
    record Proceed(String storeKey, String fingerprint) implements Reservation {
    }

    /** The key completed before with the same request: answer with its response. */
    record Replay(RecordedResponse response) implements Reservation {
    }

    /** The key was used with another request. */
    record KeyReused() implements Reservation {
    }

    /** A request with this key is still running. */
    record InProgress() implements Reservation {
    }

    /** A response as it went out: status, the headers worth repeating, and the body. */
    record RecordedResponse(int status, Map<String, String> headers, byte[] body) {

        public RecordedResponse {
            Objects.requireNonNull(headers, "headers");
            Objects.requireNonNull(body, "body");
            headers = Map.copyOf(headers);
        }
    }
}
