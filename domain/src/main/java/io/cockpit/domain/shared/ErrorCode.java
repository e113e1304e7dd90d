package io.cockpit.domain.shared;

/**
 * Every refusal the domain and the use cases can make: its stable wire code, which clients may rely on, and its
 * kind. The only codes a {@link DomainException} can carry; the contract documents each one (a test compares).
 */
public enum ErrorCode {
    ACCOUNT_NOT_FOUND("account.not_found", ErrorKind.NOT_FOUND),
    ACCOUNT_EMAIL_TAKEN("account.email_taken", ErrorKind.CONFLICT),
    ACCOUNT_EXTERNAL_ID_CONFLICT("account.external_id_conflict", ErrorKind.CONFLICT),
    ACCOUNT_ERASURE_RUNNING("account.erasure_running", ErrorKind.CONFLICT),
    ACCOUNT_TRANSITION_NOT_ALLOWED("account.transition_not_allowed", ErrorKind.CONFLICT),
    ACCOUNT_REACTIVATION_WINDOW_CLOSED("account.reactivation_window_closed", ErrorKind.CONFLICT),
    /** A partner changes an archived account other than by reactivating it. */
    ACCOUNT_ARCHIVED("account.archived", ErrorKind.CONFLICT),
    /** The user of an archived account signs in: the same code, refused as forbidden. */
    ACCOUNT_ARCHIVED_SIGN_IN("account.archived", ErrorKind.FORBIDDEN),
    /** The partner asks for an activation token for an account whose user has set a password already. */
    ACCOUNT_ALREADY_ACTIVATED("account.already_activated", ErrorKind.CONFLICT),
    ACTIVATION_TOKEN_INVALID("activation.token_invalid", ErrorKind.BAD_REQUEST),
    PASSWORD_RESET_TOKEN_INVALID("password_reset.token_invalid", ErrorKind.BAD_REQUEST),
    AUTH_SIGN_IN_FAILED("auth.sign_in_failed", ErrorKind.UNAUTHENTICATED),
    AUTH_TOO_MANY_ATTEMPTS("auth.too_many_attempts", ErrorKind.RATE_LIMITED),
    AUTH_CURRENT_PASSWORD_WRONG("auth.current_password_wrong", ErrorKind.FORBIDDEN),
    /** Another request changed the password between this one's check of the current password and its write. */
    AUTH_PASSWORD_CHANGED_CONCURRENTLY("auth.password_changed_concurrently", ErrorKind.CONFLICT),
    SESSION_NOT_FOUND("session.not_found", ErrorKind.NOT_FOUND),
    ADDRESS_BLOCKED("address.blocked", ErrorKind.FORBIDDEN),
    BLOCKED_ADDRESS_EXISTS("blocked_address.exists", ErrorKind.CONFLICT),
    BLOCKED_ADDRESS_NOT_FOUND("blocked_address.not_found", ErrorKind.NOT_FOUND),
    BLOCKED_ADDRESS_TOO_WIDE("blocked_address.too_wide", ErrorKind.INVALID),
    BLOCKED_ADDRESS_INCLUDES_CALLER("blocked_address.includes_caller", ErrorKind.INVALID),
    BLOCKED_ADDRESS_INCLUDES_TRUSTED_PROXY("blocked_address.includes_trusted_proxy", ErrorKind.INVALID),
    BLOCKED_ADDRESS_EXPIRY_PASSED("blocked_address.expiry_passed", ErrorKind.INVALID),
    TEMPLATE_NOT_FOUND("template.not_found", ErrorKind.NOT_FOUND),
    TEMPLATE_NAME_TAKEN("template.name_taken", ErrorKind.CONFLICT),
    TEMPLATE_VARIABLE_MISSING("template.variable_missing", ErrorKind.INVALID),
    TEMPLATE_LIMIT_REACHED("template.limit_reached", ErrorKind.INVALID),
    TEMPLATE_UNKNOWN("template.unknown", ErrorKind.INVALID),
    TAG_NOT_FOUND("tag.not_found", ErrorKind.NOT_FOUND),
    TAG_NAME_TAKEN("tag.name_taken", ErrorKind.CONFLICT),
    TAG_LIMIT_REACHED("tag.limit_reached", ErrorKind.INVALID),
    CATEGORY_NOT_FOUND("category.not_found", ErrorKind.NOT_FOUND),
    CATEGORY_NAME_TAKEN("category.name_taken", ErrorKind.CONFLICT),
    CATEGORY_LIMIT_REACHED("category.limit_reached", ErrorKind.INVALID),
    PRECONDITION_FAILED("precondition.failed", ErrorKind.PRECONDITION_FAILED),
    CONTACT_NOT_FOUND("contact.not_found", ErrorKind.NOT_FOUND),
    CONVERSATION_NOT_FOUND("conversation.not_found", ErrorKind.NOT_FOUND),
    MESSAGE_NOT_FOUND("message.not_found", ErrorKind.NOT_FOUND),
    SUPPRESSION_NOT_FOUND("suppression.not_found", ErrorKind.NOT_FOUND),
    /** A tag or category id on a contact or conversation that is not one of the caller's labels of that kind. */
    LABEL_UNKNOWN("label.unknown", ErrorKind.INVALID),
    LINKEDIN_PROFILE_NOT_FOUND("linkedin.profile_not_found", ErrorKind.NOT_FOUND),
    /** Conversations need the user's own profile first: it tells which messages the user sent. */
    LINKEDIN_PROFILE_MISSING("linkedin.profile_missing", ErrorKind.CONFLICT),
    /** The profile sent belongs to another LinkedIn account than the one synced before. */
    LINKEDIN_PROFILE_MISMATCH("linkedin.profile_mismatch", ErrorKind.CONFLICT),
    /** A time (sent, modified, deleted...) more than a day ahead of the server's clock. */
    LINKEDIN_TIME_IN_FUTURE("linkedin.time_in_future", ErrorKind.INVALID),
    /** One user's LinkedIn writes are stored one after the other; this one waited too long for the others. */
    LINKEDIN_SYNC_BUSY("linkedin.sync_busy", ErrorKind.CONFLICT),
    LINKEDIN_SEARCH_BUSY("linkedin.search_busy", ErrorKind.RATE_LIMITED),
    // the refusals of single items of a sync batch, each reported in the batch's result, never as the response
    LINKEDIN_DUPLICATE_ITEM("linkedin.duplicate_item", ErrorKind.INVALID),
    LINKEDIN_ITEM_INVALID("linkedin.item_invalid", ErrorKind.INVALID),
    LINKEDIN_CONVERSATION_UNKNOWN("linkedin.conversation_unknown", ErrorKind.INVALID),
    LINKEDIN_SENDER_NOT_PARTICIPANT("linkedin.sender_not_participant", ErrorKind.INVALID),
    LINKEDIN_CONTACT_SUPPRESSED("linkedin.contact_suppressed", ErrorKind.CONFLICT),
    LINKEDIN_PROFILE_URL_TAKEN("linkedin.profile_url_taken", ErrorKind.CONFLICT),
    /** A search text without a word to search for, or longer than the limit. */
    SEARCH_QUERY_UNUSABLE("search.query_unusable", ErrorKind.INVALID),
    /** Every password hashing slot stayed taken for the short time a request may wait; retry after a moment. */
    SERVER_BUSY("server.busy", ErrorKind.UNAVAILABLE),
    /** The user objected to "who to write next" (privacy switch {@code recommendations} off). */
    RECOMMENDATIONS_OBJECTED("recommendations.objected", ErrorKind.CONFLICT),
    /** The user restricted the processing of their data (Art. 18 GDPR): nothing is derived from it. */
    RECOMMENDATIONS_RESTRICTED("recommendations.restricted", ErrorKind.CONFLICT),
    REQUEST_INVALID_CURSOR("request.invalid_cursor", ErrorKind.BAD_REQUEST),
    DATA_SUBJECT_REQUEST_NOT_FOUND("data_subject_request.not_found", ErrorKind.NOT_FOUND),
    DATA_SUBJECT_REQUEST_CLOSED("data_subject_request.closed", ErrorKind.CONFLICT),
    /** The operator's action is not the one the request's type asks for (an erasure for an access request). */
    DATA_SUBJECT_REQUEST_WRONG_TYPE("data_subject_request.wrong_type", ErrorKind.CONFLICT),
    IDENTIFICATION_TRACKING_ID_UNKNOWN("identification.tracking_id_unknown", ErrorKind.NOT_FOUND),
    /** Identification by consent, but the user has not given it (or processing is restricted). */
    IDENTIFICATION_CONSENT_MISSING("identification.consent_missing", ErrorKind.FORBIDDEN),
    /** Identification for a pressing legitimate interest without a note saying why. */
    IDENTIFICATION_NOTE_REQUIRED("identification.note_required", ErrorKind.INVALID),
    /** A contact request the operator asks for, or a visitor's withdrawal link, that is not (or no longer) there. */
    CONTACT_REQUEST_NOT_FOUND("contact_request.not_found", ErrorKind.NOT_FOUND),
    /** An application the operator asks for, or an applicant's withdrawal link, that is not (or no longer) there. */
    APPLICATION_NOT_FOUND("application.not_found", ErrorKind.NOT_FOUND),
    APPLICATION_DOCUMENT_NOT_FOUND("application_document.not_found", ErrorKind.NOT_FOUND),
    /** A talent-pool withdrawal link that is not (or no longer) valid. */
    TALENT_POOL_ENTRY_NOT_FOUND("talent_pool.not_found", ErrorKind.NOT_FOUND),
    APPLICATION_TRANSITION_NOT_ALLOWED("application.transition_not_allowed", ErrorKind.CONFLICT),
    /** The upload token is unknown, expired, or belongs to another application: one answer for all three. */
    APPLICATION_UPLOAD_TOKEN_INVALID("application.upload_token_invalid", ErrorKind.UNAUTHENTICATED),
    APPLICATION_DOCUMENT_LIMIT_REACHED("application.document_limit_reached", ErrorKind.INVALID),
    APPLICATION_DOCUMENT_TOO_LARGE("application.document_too_large", ErrorKind.TOO_LARGE),
    /** The document's content is not what its media type says (or none of the accepted formats). */
    APPLICATION_DOCUMENT_CONTENT_MISMATCH("application.document_content_mismatch", ErrorKind.INVALID),
    WEBSITE_TOO_MANY_REQUESTS("website.too_many_requests", ErrorKind.RATE_LIMITED),
    /** Statistics are offered while the statistics consent is off or processing is restricted. */
    STATISTICS_CONSENT_REQUIRED("statistics.consent_required", ErrorKind.CONFLICT),
    /** The password given to confirm the erasure of the account is wrong (throttled like sign-ins). */
    AUTH_PASSWORD_CONFIRMATION_WRONG("auth.password_confirmation_wrong", ErrorKind.UNAUTHENTICATED),
    /**
     * A value object refused its input ({@link InvalidValueException}); the rule it broke is a field-level code.
     * The HTTP adapter normally reports it per field; one that escapes is still a validation failure.
     */
    VALUE_INVALID("request.validation_failed", ErrorKind.INVALID);

    private final String wire;
    private final ErrorKind kind;

    ErrorCode(String wire, ErrorKind kind) {
        this.wire = wire;
        this.kind = kind;
    }

    /** The code as clients see it, e.g. {@code account.not_found}. */
    public String wire() {
        return wire;
    }

    public ErrorKind kind() {
        return kind;
    }
}
