package io.cockpit.adapters.http.problem;

import io.cockpit.adapters.http.contract.FieldViolation;
import io.cockpit.adapters.http.pipeline.ErrorMapping;
import io.cockpit.domain.shared.ErrorCode;
import io.helidon.http.Status;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A refusal of the HTTP layer, already in the shape of an RFC 9457 problem. Thrown anywhere in a request (filters
 * included) and written by {@link ErrorMapping}. Its code is always one of {@link ProblemCatalog}'s.
 */
public final class ProblemException extends RuntimeException {

    private final int status;
    private final String code;
    private final String title;
    private final List<FieldViolation> errors;
    private final Map<String, String> headers;

    public ProblemException(HttpErrorCode code, String title, String detail) {
        this(code, title, detail, List.of(), Map.of());
    }

    public ProblemException(HttpErrorCode code, String title, String detail, List<FieldViolation> errors,
                            Map<String, String> headers) {
        this(code.status(), code.wire(), title, detail, errors, headers);
    }

    private ProblemException(int status, String code, String title, String detail, List<FieldViolation> errors,
                             Map<String, String> headers) {
        super(detail, null, false, false);
        this.status = status;
        this.code = Objects.requireNonNull(code);
        this.title = Objects.requireNonNull(title);
        this.errors = List.copyOf(errors);
        this.headers = Map.copyOf(headers);
    }

    /** A problem whose status the HTTP server chose, within what {@code code} allows. */
    public static ProblemException withStatus(HttpErrorCode code, int status, String title, String detail) {
        if (!code.allows(status)) {
            throw new IllegalArgumentException(code.wire() + " is not sent with status " + status);
        }
        return new ProblemException(status, code.wire(), title, detail, List.of(), Map.of());
    }

    /** A domain refusal, with the status of its kind. */
    public static ProblemException refusal(ErrorCode code, String title, String detail, Map<String, String> headers) {
        return refusal(code, title, detail, headers, List.of());
    }

    /** A domain refusal of the values of some fields, named in {@code errors}. */
    public static ProblemException refusal(ErrorCode code, String title, String detail, Map<String, String> headers,
                                           List<FieldViolation> errors) {
        return new ProblemException(ProblemCatalog.status(code.kind()), code.wire(), title, detail, errors, headers);
    }

    public ProblemException withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new ProblemException(status, code, title, getMessage(), errors, more);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    /** The status line's status: Helidon knows no reason phrase for some (431 came as "431 431"); the title is one. */
    public Status httpStatus() {
        Status known = Status.create(status);
        return known.reasonPhrase().equals(Integer.toString(status)) || known.reasonPhrase().isBlank()
                ? Status.create(status, title) : known;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }

    public List<FieldViolation> errors() {
        return errors;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
