package io.cockpit.application.port.out.recommendation;

import io.cockpit.application.port.out.register.ExportedItem;
import io.cockpit.application.port.out.register.PersonalDataStore;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.recommendation.Dismissal;
import io.cockpit.domain.recommendation.Reason;
import io.cockpit.domain.recommendation.RecommendationPersonalData;
import io.cockpit.domain.recommendation.Snooze;
import io.cockpit.domain.shared.ItemId;

import java.time.Instant;
import java.util.Map;

/** Snoozes and dismissals, the user's feedback on the suggestions; a register store of its own. */
public interface RecommendationFeedback extends PersonalDataStore {

    @Override
    default String category() {
        return RecommendationPersonalData.RECOMMENDATION_FEEDBACK.id();
    }

    /** Stores the snooze, replacing the contact's earlier one. */
    void snooze(Snooze snooze);

    /** @return whether there was one */
    boolean unsnooze(UserId user, ItemId contact);

    /** The contacts snoozed beyond {@code now}, with until when. */
    Map<ItemId, Instant> snoozedUntil(UserId user, Instant now);

    /** Stores the dismissal, replacing an earlier one of the same contact and reason. */
    void dismiss(Dismissal dismissal);

    /** Every dismissal of the user: per contact, per reason, when. */
    Map<ItemId, Map<Reason, Instant>> dismissals(UserId user);

    /** Drops the snooze and every dismissal of a contact the user forgot; how many it dropped. */
    int forgetContact(UserId user, ItemId contact);

    static ExportedItem exported(Snooze snooze) {
        return ExportedItem.builder()
                .field("kind", "snooze")
                .field("contactId", snooze.contactId().value())
                .field("reason", null)
                .field("at", snooze.createdAt())
                .field("until", snooze.until())
                .build();
    }

    static ExportedItem exported(Dismissal dismissal) {
        return ExportedItem.builder()
                .field("kind", "dismissal")
                .field("contactId", dismissal.contactId().value())
                .field("reason", dismissal.reason().wireName())
                .field("at", dismissal.dismissedAt())
                .field("until", null)
                .build();
    }
}
