package io.cockpit.application.service.linkedin;

import io.cockpit.application.port.in.linkedin.LabelAssignmentsUseCase;
import io.cockpit.application.port.out.linkedin.ContactRepository;
import io.cockpit.application.port.out.linkedin.ConversationRepository;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.shared.ItemId;

/** A deleted tag or category leaves every contact and conversation it was on. */
public final class LabelAssignmentService implements LabelAssignmentsUseCase {

    private final ContactRepository contacts;
    private final ConversationRepository conversations;

    public LabelAssignmentService(ContactRepository contacts, ConversationRepository conversations) {
        this.contacts = contacts;
        this.conversations = conversations;
    }

    @Override
    public void labelDeleted(UserId user, ItemId label) {
        contacts.removeLabel(user, label);
        conversations.removeLabel(user, label);
    }
}
