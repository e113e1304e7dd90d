package io.cockpit.domain.shared;

import java.util.Map;
import java.util.Objects;

/**
 * A refusal by the domain or a use case. Carries a stable machine {@code code} (e.g. {@code account.not_found}) that
 * clients may rely on, and a message safe to show: never personal data, never another user's data.
 */
public class DomainException extends RuntimeException {

    private final ErrorKind kind;
    private final String code;
    private final Map<String, Object> details;

    public DomainException(ErrorKind kind, String code, String message) {
        this(kind, code, message, Map.of());
    }

    public DomainException(ErrorKind kind, String code, String message, Map<String, Object> details) {
        super(message);
        this.kind = Objects.requireNonNull(kind);
        this.code = Objects.requireNonNull(code);
        this.details = Map.copyOf(details);
    }

    public ErrorKind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    /** Extra, non-personal facts a client needs to act (e.g. the deletion date of an archived account). */
    public Map<String, Object> details() {
        return details;
    }
}
