package io.cockpit.domain.website;

import io.cockpit.domain.access.AuthErrors;
import io.cockpit.domain.shared.DomainException;
import io.cockpit.domain.shared.ErrorCode;

import java.time.Duration;
import java.util.Map;

/** The refusals around the website's contact requests, applications and talent pool. */
public final class WebsiteErrors {

    private WebsiteErrors() {
    }

    public static DomainException contactRequestNotFound() {
        return new DomainException(ErrorCode.CONTACT_REQUEST_NOT_FOUND, "No such contact request.");
    }

    public static DomainException applicationNotFound() {
        return new DomainException(ErrorCode.APPLICATION_NOT_FOUND, "No such application.");
    }

    public static DomainException documentNotFound() {
        return new DomainException(ErrorCode.APPLICATION_DOCUMENT_NOT_FOUND, "No such document of this application.");
    }

    public static DomainException talentPoolEntryNotFound() {
        return new DomainException(ErrorCode.TALENT_POOL_ENTRY_NOT_FOUND, "No such talent-pool entry.");
    }

    public static DomainException transitionNotAllowed(ApplicationStatus from, ApplicationStatus to) {
        return new DomainException(ErrorCode.APPLICATION_TRANSITION_NOT_ALLOWED,
                "An application cannot move from " + from.wireName() + " to " + to.wireName() + ".");
    }

    public static DomainException abandoned() {
        return new DomainException(ErrorCode.APPLICATION_TRANSITION_NOT_ALLOWED,
                "The application had no status change for " + Application.ABANDONED_AFTER.toTotalMonths()
                        + " months: its process counts as ended, and it is erased when its retention period is over.");
    }

    public static DomainException uploadTokenInvalid() {
        return new DomainException(ErrorCode.APPLICATION_UPLOAD_TOKEN_INVALID,
                "The upload token is unknown, expired or not this application's, or the application was withdrawn. "
                        + "Documents can be uploaded for one hour after applying.");
    }

    public static DomainException documentLimitReached() {
        return new DomainException(ErrorCode.APPLICATION_DOCUMENT_LIMIT_REACHED,
                "An application holds at most " + ApplicationDocument.MAX_PER_APPLICATION + " documents.");
    }

    public static DomainException documentTooLarge() {
        return new DomainException(ErrorCode.APPLICATION_DOCUMENT_TOO_LARGE,
                "A document is at most " + ApplicationDocument.MAX_BYTES + " bytes (10 MiB).");
    }

    public static DomainException contentMismatch(DocumentType declared) {
        return new DomainException(ErrorCode.APPLICATION_DOCUMENT_CONTENT_MISMATCH,
                "The content is not a " + declared.label() + " file, as its media type " + declared.mediaType()
                        + " says. Accepted are PDF, DOCX, PNG and JPEG.");
    }

    public static DomainException tooManyRequests(Duration retryAfter) {
        long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        return new DomainException(ErrorCode.WEBSITE_TOO_MANY_REQUESTS,
                "Too many requests from this address. Try again later.",
                Map.of(AuthErrors.RETRY_AFTER_SECONDS, seconds));
    }
}
