package io.cockpit.application.port.in.recommendation;

import io.cockpit.domain.account.UserId;
import io.cockpit.domain.recommendation.Dismissal;
import io.cockpit.domain.recommendation.Reason;
import io.cockpit.domain.recommendation.Snooze;
import io.cockpit.domain.shared.ItemId;

import java.time.Instant;

/**
 * What the user tells the suggestions about a contact. Another user's contact, or one that does not exist, is
 * {@code contact.not_found}.
 */
public interface RecommendationFeedbackUseCase {

    /** Leaves the contact out until {@code until}; a new snooze replaces the one before. */
    Snooze snooze(UserId user, ItemId contact, Instant until);

    /** Ends the contact's snooze, if it has one. */
    void unsnooze(UserId user, ItemId contact);

    /** Stops suggesting the contact for this reason until a new message, either way, comes after now. */
    Dismissal dismiss(UserId user, ItemId contact, Reason reason);
}
