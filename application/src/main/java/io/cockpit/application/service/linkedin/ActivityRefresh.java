package io.cockpit.application.service.linkedin;

import io.cockpit.application.port.out.linkedin.ContactRepository;
import io.cockpit.application.port.out.linkedin.ConversationRepository;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.linkedin.ContactActivity;
import io.cockpit.domain.linkedin.Urn;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Keeps the contacts' activity (written to, last outbound and inbound, replied) current: after messages or
 * participants changed, it is recomputed for the people touched, from the conversations' stats (not the messages).
 */
final class ActivityRefresh {

    private final ConversationRepository conversations;
    private final ContactRepository contacts;

    ActivityRefresh(ConversationRepository conversations, ContactRepository contacts) {
        this.conversations = conversations;
        this.contacts = contacts;
    }

    /** The activity of each person, {@link ContactActivity#NONE} for those in no conversation. */
    Map<Urn, ContactActivity> of(UserId user, Collection<Urn> people) {
        if (people.isEmpty()) {
            return Map.of();
        }
        Map<Urn, ContactActivity> found = conversations.activityOf(user, people);
        Map<Urn, ContactActivity> all = new HashMap<>();
        for (Urn person : people) {
            all.put(person, found.getOrDefault(person, ContactActivity.NONE));
        }
        return all;
    }

    void refresh(UserId user, Collection<Urn> people) {
        if (!people.isEmpty()) {
            contacts.updateActivity(user, of(user, people));
        }
    }
}
