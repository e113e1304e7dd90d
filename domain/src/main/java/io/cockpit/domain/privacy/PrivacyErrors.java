package io.cockpit.domain.privacy;

import io.cockpit.domain.shared.DomainException;
import io.cockpit.domain.shared.ErrorCode;

/** The refusals around data-subject requests. */
public final class PrivacyErrors {

    private PrivacyErrors() {
    }

    public static DomainException requestNotFound() {
        return new DomainException(ErrorCode.DATA_SUBJECT_REQUEST_NOT_FOUND, "No such data-subject request.");
    }

    public static DomainException requestClosed(DataSubjectRequestStatus status) {
        return new DomainException(ErrorCode.DATA_SUBJECT_REQUEST_CLOSED,
                "The request is closed (" + status.wireName() + ") and cannot change any more.");
    }

    public static DomainException wrongType(DataSubjectRequestType type, String action, DataSubjectRequestType fits) {
        return new DomainException(ErrorCode.DATA_SUBJECT_REQUEST_WRONG_TYPE, "The request is of type "
                + type.wireName() + "; " + action + " is run for a request of type " + fits.wireName() + " only.");
    }
}
