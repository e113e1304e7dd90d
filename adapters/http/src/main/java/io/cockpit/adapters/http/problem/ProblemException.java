package io.cockpit.adapters.http.problem;

import io.cockpit.adapters.http.contract.FieldViolation;
import io.cockpit.adapters.http.pipeline.ErrorMapping;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A refusal of the HTTP layer, already in the shape of an RFC 9457 problem. Thrown anywhere in a request (filters
 * included) and written by {@link ErrorMapping}.
 */
public final class ProblemException extends RuntimeException {

    private final int status;
    private final String code;
    private final String title;
    private final List<FieldViolation> errors;
    private final Map<String, String> headers;

    public ProblemException(int status, String code, String title, String detail) {
        this(status, code, title, detail, List.of(), Map.of());
    }

    public ProblemException(int status, String code, String title, String detail, List<FieldViolation> errors,
                            Map<String, String> headers) {
        super(detail, null, false, false);
        this.status = status;
        this.code = Objects.requireNonNull(code);
        this.title = Objects.requireNonNull(title);
        this.errors = List.copyOf(errors);
        this.headers = Map.copyOf(headers);
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
