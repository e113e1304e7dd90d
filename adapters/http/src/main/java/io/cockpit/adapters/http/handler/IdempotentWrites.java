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

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs a write under an {@code Idempotency-Key}: the first successful reply is recorded and replayed for the same
 * key and request; the same key with another request is refused.
 */
public final class IdempotentWrites {

    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

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
        if (key.isEmpty()) {
            return write.get();
        }
        String fingerprint = request.prologue().method().text() + " " + request.path().rawPath() + "\n"
                + (body == null ? "" : Json.canonical(body));
        Reservation reservation = idempotency.reserve(scope, key.get(), fingerprint);
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

    private JsonReply proceed(Proceed reservation, Supplier<JsonReply> write) {
        JsonReply reply;
        try {
            reply = write.get();
        } catch (RuntimeException failed) {
            idempotency.abandon(reservation);
            throw failed;
        }
        if (reply.successful()) {
            idempotency.complete(reservation, new RecordedResponse(reply.status(), reply.headers(), reply.body()));
        } else {
            idempotency.abandon(reservation);
        }
        return reply;
    }
}
