package io.cockpit.application.port.in.linkedin;

import io.cockpit.domain.linkedin.Conversation;
import io.cockpit.domain.linkedin.LabelIds;

import java.util.List;
import java.util.Objects;

/** A conversation as the user sees it: with tags, categories and its participants as contacts where known. */
public record ConversationView(Conversation conversation, LabelIds labels, List<ParticipantView> participants) {

    public ConversationView {
        Objects.requireNonNull(conversation, "conversation");
        Objects.requireNonNull(labels, "labels");
        participants = List.copyOf(participants);
    }
}
