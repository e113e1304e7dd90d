package io.cockpit.application.port.in.recommendation;

import io.cockpit.domain.account.UserId;
import io.cockpit.domain.recommendation.ContactSummary;
import io.cockpit.domain.recommendation.Recommendation;
import io.cockpit.domain.shared.ItemId;
import io.cockpit.domain.shared.Language;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** "Who to write next": the user's contacts ranked, each with its reasons (docs/recommendations.md). */
public interface NextContactsQuery {

    int DEFAULT_LIMIT = 20;
    int MAX_LIMIT = 100;

    /**
     * @throws io.cockpit.domain.shared.DomainException {@code recommendations.objected} while the user objects,
     *         {@code recommendations.restricted} while the processing of their data is restricted
     */
    NextContacts nextContacts(UserId user, int limit);

    /** A suggestion: the ranking's recommendation, the contact to show, the template for its strongest reason. */
    record NextContact(Recommendation recommendation, ContactSummary contact, Optional<ItemId> suggestedTemplate) {

        public NextContact {
            Objects.requireNonNull(recommendation, "recommendation");
            Objects.requireNonNull(contact, "contact");
            Objects.requireNonNull(suggestedTemplate, "suggestedTemplate");
        }
    }

    /** The suggestions, and the language their texts are in (the user's). */
    record NextContacts(Language language, List<NextContact> items) {

        public NextContacts {
            Objects.requireNonNull(language, "language");
            items = List.copyOf(items);
        }
    }
}
