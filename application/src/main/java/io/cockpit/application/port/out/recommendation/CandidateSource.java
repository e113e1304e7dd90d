package io.cockpit.application.port.out.recommendation;

import io.cockpit.domain.account.UserId;
import io.cockpit.domain.linkedin.ContactActivity;
import io.cockpit.domain.recommendation.ContactSummary;
import io.cockpit.domain.shared.ItemId;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads the user's LinkedIn data as the suggestions need it (read only): per contact the facts the ranking weighs,
 * the summaries of the chosen few, and counts of the messages the user sent in a time range.
 */
public interface CandidateSource {

    /** Every contact of the user, with what the ranking needs and the ids of its categories. */
    List<ContactFacts> facts(UserId user);

    /**
     * Per contact asked for: the user's messages to it after its last answer (or all of them if it never answered), in
     * conversations it is part of whose last message is the user's; the first of them is the message, the rest are
     * follow-ups. Contacts without such messages are absent.
     */
    Map<ItemId, Integer> unansweredSent(UserId user, Collection<ItemId> contacts);

    /** The summaries of these contacts (those that exist). */
    Map<ItemId, ContactSummary> summaries(UserId user, Collection<ItemId> contacts);

    /** Messages the user sent in {@code [from, to)}. */
    int messagesSent(UserId user, Instant from, Instant to);

    /**
     * Of those, the follow-ups: sent while the user's previous message in that conversation was the last one (no
     * answer in between).
     */
    int followUpsSent(UserId user, Instant from, Instant to);

    /** One contact as stored, with the ids of its categories. */
    record ContactFacts(ItemId contactId, boolean doNotContact, Optional<Instant> connectedAt,
                        ContactActivity activity, List<ItemId> categories) {

        public ContactFacts {
            Objects.requireNonNull(contactId, "contactId");
            Objects.requireNonNull(connectedAt, "connectedAt");
            Objects.requireNonNull(activity, "activity");
            categories = List.copyOf(categories);
        }
    }
}
