package io.cockpit.adapters.http.handler;

import io.cockpit.adapters.http.json.Json;
import io.cockpit.adapters.http.problem.HttpErrorCode;
import io.cockpit.adapters.http.problem.ProblemException;
import io.cockpit.application.port.in.shared.IdempotentRequestsUseCase.InProgress;
import io.cockpit.application.port.in.shared.IdempotentRequestsUseCase.KeyReused;
import io.cockpit.application.port.in.shared.IdempotentRequestsUseCase.Proceed;
import io.cockpit.application.port.in.shared.IdempotentRequestsUseCase.RecordedResponse;
import io.cockpit.application.port.in.shared.IdempotentRequestsUseCase.Replay;
import io.cockpit.application.port.in.shared.IdempotentRequestsUseCase.Reservation;
import io.cockpit.application.port.in.shared.IdempotentRequestsUseCase;
import io.helidon.webserver.http.ServerRequest;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Runs a write under an {@code Idempotency-Key}: the first successful reply is recorded and replayed for the same
 * key and request; the same key with another request is refused.
 */
public final class IdempotentWrites {

    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final Logger LOG = System.getLogger(IdempotentWrites.class.getName());

    private final IdempotentRequestsUseCase idempotency;

    public IdempotentWrites(IdempotentRequestsUseCase idempotency) {
        this.idempotency = idempotency;
    }

    /**
     * @param scope whose keys these are (a partner's keys never meet another's)
     * @param body  the parsed request body (null for none); its canonical JSON identifies the request with the path
     */
    public JsonReply run(ServerRequest request, String scope, Optional<String> key, Object body,
                         Supplier<JsonReply> write) {
        return run(request, scope, key, body, () -> true, write);
    }

    /**
     * As {@link #run(ServerRequest, String, Optional, Object, Supplier)}; a recorded answer is replayed only while
     * {@code stillTrue} says it holds (the account it names was not erased since): else the key is forgotten and the
     * request runs again, as if it came first.
     */
    public JsonReply run(ServerRequest request, String scope, Optional<String> key, Object body,
                         BooleanSupplier stillTrue, Supplier<JsonReply> write) {
        // the whole path: inside a service the routed path starts after the service's prefix (a POST to the tags and one
        // to the categories would both be "/")
        return run(request.prologue().method().text() + " " + request.path().absolute().rawPath(), scope, key, body,
                stillTrue, write);
    }

    /** As {@link #run(ServerRequest, String, Optional, Object, BooleanSupplier, Supplier)}, named by method and path. */
    JsonReply run(String methodAndPath, String scope, Optional<String> key, Object body, BooleanSupplier stillTrue,
                  Supplier<JsonReply> write) {
        if (key.isEmpty()) {
            return write.get();
        }
        String fingerprint = methodAndPath + "\n" + (body == null ? "" : Json.canonical(body));
        Reservation reservation = idempotency.reserve(scope, key.get(), fingerprint);
        if (reservation instanceof Replay && !stillTrue.getAsBoolean()) {
            idempotency.forget(scope, key.get());
            reservation = idempotency.reserve(scope, key.get(), fingerprint);
        }
        return switch (reservation) {
            case Replay replay -> new JsonReply(replay.response().status(), replay.response().headers(),
                    replay.response().body()).withHeader(REPLAYED_HEADER, "true");
            case KeyReused reused -> throw new ProblemException(HttpErrorCode.IDEMPOTENCY_KEY_REUSED,
                    "Idempotency key reused", "This Idempotency-Key was used with another request.");
            case InProgress running -> throw new ProblemException(HttpErrorCode.IDEMPOTENCY_REQUEST_IN_PROGRESS,
                    "Request in progress", "A request with this Idempotency-Key is still running; retry later.",
                    List.of(), Map.of("Retry-After", "1"));
            case Proceed proceed -> proceed(proceed, write);
        };
    }

    /**
     * The write's own failure is what the client gets, also when giving up the key fails too (the cache away). A
     * write that succeeded is answered even when its reply cannot be recorded: it happened, and a retry would run it
     * again; the key's claim then ends by itself ({@code IdempotencyService}'s claim time), as after a crash.
     */
    private JsonReply proceed(Proceed reservation, Supplier<JsonReply> write) {
        JsonReply reply;
        try {
            reply = write.get();
        } catch (RuntimeException failed) {
            try {
                idempotency.abandon(reservation);
            } catch (RuntimeException alsoFailed) {
                failed.addSuppressed(alsoFailed);
            }
            throw failed;
        }
        try {
            if (reply.successful()) {
                idempotency.complete(reservation, new RecordedResponse(reply.status(), reply.headers(), reply.body()));
            } else {
                idempotency.abandon(reservation);
            }
        } catch (RuntimeException notRecorded) {
            LOG.log(Level.WARNING, "the reply to a request with an Idempotency-Key went out unrecorded", notRecorded);
        }
        return reply;
    }
}
