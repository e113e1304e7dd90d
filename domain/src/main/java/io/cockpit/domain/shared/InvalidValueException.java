package io.cockpit.domain.shared;

/** A value object refused its input. The edge that built it knows which field it came from. */
public class InvalidValueException extends DomainException {

    public InvalidValueException(String code, String message) {
        super(ErrorKind.INVALID, code, message);
    }
}
