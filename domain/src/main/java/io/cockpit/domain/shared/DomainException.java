package io.cockpit.domain.shared;

import java.util.Map;
import java.util.Objects;

/**
 * A refusal by the domain or a use case. Carries one of the stable {@link ErrorCode}s that clients may rely on, and
 * a message safe to show: never personal data, never another user's data.
 */
public class DomainException extends RuntimeException {

    private final ErrorCode error;
    private final String code;
    private final Map<String, Object> details;

    public DomainException(ErrorCode error, String message) {
        this(error, message, Map.of());
    }

    public DomainException(ErrorCode error, String message, Map<String, Object> details) {
        super(message);
        this.error = Objects.requireNonNull(error);
        this.code = error.wire();
        this.details = Map.copyOf(details);
    }

    public ErrorCode error() {
        return error;
    }

    public ErrorKind kind() {
        return error.kind();
    }

    /** The wire code, e.g. {@code account.not_found}. */
    public String code() {
        return code;
    }

    /** Extra, non-personal facts a client needs to act (e.g. the deletion date of an archived account). */
    public Map<String, Object> details() {
        return details;
    }
}
