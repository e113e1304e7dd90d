package io.cockpit.domain.linkedin;

import io.cockpit.domain.access.AuthErrors;
import io.cockpit.domain.label.LabelKind;
import io.cockpit.domain.shared.DomainException;
import io.cockpit.domain.shared.ErrorCode;

import java.util.Map;

/** The refusals around LinkedIn data; another user's item is always "no such item". */
public final class LinkedInErrors {

    private LinkedInErrors() {
    }

    public static DomainException contactNotFound() {
        return new DomainException(ErrorCode.CONTACT_NOT_FOUND, "No such contact.");
    }

    public static DomainException conversationNotFound() {
        return new DomainException(ErrorCode.CONVERSATION_NOT_FOUND, "No such conversation.");
    }

    public static DomainException messageNotFound() {
        return new DomainException(ErrorCode.MESSAGE_NOT_FOUND, "No such message in this conversation.");
    }

    public static DomainException suppressionNotFound() {
        return new DomainException(ErrorCode.SUPPRESSION_NOT_FOUND, "No such entry on your suppression list.");
    }

    public static DomainException profileNotFound() {
        return new DomainException(ErrorCode.LINKEDIN_PROFILE_NOT_FOUND, "Your LinkedIn profile has not been synced yet.");
    }

    public static DomainException profileMissing() {
        return new DomainException(ErrorCode.LINKEDIN_PROFILE_MISSING,
                "Sync your own LinkedIn profile first: it tells which messages you sent.");
    }

    public static DomainException profileMismatch() {
        return new DomainException(ErrorCode.LINKEDIN_PROFILE_MISMATCH,
                "This profile belongs to another LinkedIn account than the one synced before.");
    }

    public static DomainException busy() {
        return new DomainException(ErrorCode.LINKEDIN_SYNC_BUSY,
                "Other changes of LinkedIn data are being stored; try again in a moment.");
    }

    /** Too many of the user's searches at once; {@code seconds} until one can get a turn. */
    public static DomainException searchBusy(long seconds) {
        return new DomainException(ErrorCode.LINKEDIN_SEARCH_BUSY,
                "Too many of your searches are running at once; try again in a moment.",
                Map.of(AuthErrors.RETRY_AFTER_SECONDS, seconds));
    }

    public static DomainException timeInFuture(String field) {
        return new DomainException(ErrorCode.LINKEDIN_TIME_IN_FUTURE,
                field + " is more than a day ahead of the server's clock.");
    }

    /** A tag or category id that is not one of the user's labels of that kind; {@code field} like tags/2. */
    public static DomainException labelUnknown(LabelKind kind, String field) {
        return new DomainException(ErrorCode.LABEL_UNKNOWN, field + " is not one of your "
                + (kind == LabelKind.TAG ? "tags" : "categories") + ".");
    }

    public static ItemOutcome duplicate() {
        return ItemOutcome.rejected(ErrorCode.LINKEDIN_DUPLICATE_ITEM,
                "This URN came earlier in the same batch; only the first is stored.");
    }

    public static ItemOutcome invalid(Incoming.Invalid<?> invalid) {
        return ItemOutcome.rejected(ErrorCode.LINKEDIN_ITEM_INVALID, invalid.detail());
    }

    public static ItemOutcome inFuture() {
        return ItemOutcome.rejected(ErrorCode.LINKEDIN_TIME_IN_FUTURE,
                "A time of this item is more than a day ahead of the server's clock.");
    }

    public static ItemOutcome suppressed() {
        return ItemOutcome.rejected(ErrorCode.LINKEDIN_CONTACT_SUPPRESSED,
                "You deleted this contact; lift the suppression to sync them again.");
    }

    public static ItemOutcome profileUrlTaken() {
        return ItemOutcome.rejected(ErrorCode.LINKEDIN_PROFILE_URL_TAKEN,
                "Another of your contacts has this profile URL.");
    }

    public static ItemOutcome conversationUnknown() {
        return ItemOutcome.rejected(ErrorCode.LINKEDIN_CONVERSATION_UNKNOWN,
                "The conversation is neither in this batch nor stored.");
    }

    public static ItemOutcome senderNotParticipant() {
        return ItemOutcome.rejected(ErrorCode.LINKEDIN_SENDER_NOT_PARTICIPANT,
                "The sender is neither you nor a participant of the conversation.");
    }

    public static ItemOutcome noOtherParticipant() {
        return ItemOutcome.rejected(ErrorCode.LINKEDIN_ITEM_INVALID,
                "participants: a conversation needs someone besides you.");
    }
}
