package io.cockpit.adapters.http.problem;

import io.cockpit.domain.shared.ErrorCode;
import io.cockpit.domain.shared.ErrorKind;

import java.util.List;
import java.util.stream.Stream;

/**
 * Every problem code the server can send, with its status: the HTTP layer's {@link HttpErrorCode}s and the domain's
 * {@link ErrorCode}s. The table of problem codes in openapi.yaml must list exactly these (a test compares).
 */
public final class ProblemCatalog {

    /** One code with one status as the contract writes it ({@code 409}, {@code 4xx}). */
    public record Entry(String code, String status) {
    }

    private ProblemCatalog() {
    }

    public static List<Entry> all() {
        return Stream.concat(
                        Stream.of(HttpErrorCode.values()).map(code -> new Entry(code.wire(), code.documentedStatus())),
                        Stream.of(ErrorCode.values()).map(code -> new Entry(code.wire(),
                                Integer.toString(status(code.kind())))))
                .distinct()
                .toList();
    }

    /** The one status of each kind of domain refusal. */
    public static int status(ErrorKind kind) {
        return switch (kind) {
            case BAD_REQUEST -> 400;
            case INVALID -> 422;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case FORBIDDEN -> 403;
            case UNAUTHENTICATED -> 401;
            case PRECONDITION_FAILED -> 412;
            case RATE_LIMITED -> 429;
            case UNAVAILABLE -> 503;
        };
    }
}
