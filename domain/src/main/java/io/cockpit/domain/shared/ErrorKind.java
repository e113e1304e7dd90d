package io.cockpit.domain.shared;

/** What kind of refusal a domain error is; the HTTP adapter maps each kind to one status, in one place. */
public enum ErrorKind {
    /** The request cannot be used as sent (an unusable token or cursor): 400. */
    BAD_REQUEST,
    /** Input that breaks a rule of the domain (bad e-mail, unknown variable...). */
    INVALID,
    /** The thing does not exist for the caller (or must look so). */
    NOT_FOUND,
    /** The request contradicts the current state. */
    CONFLICT,
    /** The caller is known but may not do this. */
    FORBIDDEN,
    /** The caller is not known. */
    UNAUTHENTICATED,
    /** The caller's copy is stale. */
    PRECONDITION_FAILED,
    /** Too many attempts; try again later. */
    RATE_LIMITED,
    /** The server has no capacity for this work right now (e.g. every password hashing slot is taken): 503. */
    UNAVAILABLE
}
