package io.cockpit.adapters.http.linkedin;

import io.cockpit.adapters.http.handler.Wire;
import io.cockpit.api.model.AttachmentMetadata;
import io.cockpit.api.model.ConversationParticipant;
import io.cockpit.api.model.LinkedInProfile;
import io.cockpit.api.model.Reaction;
import io.cockpit.api.model.SyncItemOutcome;
import io.cockpit.api.model.SyncItemOutcomeProblem;
import io.cockpit.api.model.SyncItemResult;
import io.cockpit.api.model.SyncKindState;
import io.cockpit.application.port.in.linkedin.ContactView;
import io.cockpit.application.port.in.linkedin.ConversationView;
import io.cockpit.application.port.in.linkedin.ParticipantView;
import io.cockpit.domain.linkedin.Contact;
import io.cockpit.domain.linkedin.ContactActivity;
import io.cockpit.domain.linkedin.ContactNote;
import io.cockpit.domain.linkedin.Conversation;
import io.cockpit.domain.linkedin.ItemOutcome;
import io.cockpit.domain.linkedin.Message;
import io.cockpit.domain.linkedin.OwnProfile;
import io.cockpit.domain.linkedin.ProfileCard;
import io.cockpit.domain.linkedin.ProfileUrl;
import io.cockpit.domain.linkedin.Suppression;
import io.cockpit.domain.linkedin.SyncKind;
import io.cockpit.domain.linkedin.SyncState;
import io.cockpit.domain.shared.ItemId;

import java.util.List;
import java.util.Locale;

/** LinkedIn items from the domain into the contract's DTOs. */
final class LinkedInWire {

    private LinkedInWire() {
    }

    static LinkedInProfile profile(OwnProfile profile) {
        ProfileCard card = profile.card();
        return new LinkedInProfile(profile.urn().value(), card.firstName(), card.lastName(),
                card.headline().orElse(null), card.position().orElse(null), card.company().orElse(null),
                card.location().orElse(null), card.profileUrl().map(ProfileUrl::url).orElse(null),
                Wire.utc(profile.modifiedAt()), Wire.utc(profile.updatedAt()));
    }

    static SyncItemOutcome outcome(ItemOutcome outcome) {
        return new SyncItemOutcome(SyncItemResult.fromValue(outcome.result().name().toLowerCase(Locale.ROOT)),
                outcome.id().map(ItemId::value).orElse(null),
                outcome.rejection().map(r -> new SyncItemOutcomeProblem(r.code().wire(), r.detail())).orElse(null));
    }

    static List<SyncItemOutcome> outcomes(List<ItemOutcome> outcomes) {
        return outcomes.stream().map(LinkedInWire::outcome).toList();
    }

    static io.cockpit.api.model.SyncState syncState(SyncState state) {
        return new io.cockpit.api.model.SyncState(kind(state, SyncKind.PROFILE), kind(state, SyncKind.CONTACTS),
                kind(state, SyncKind.CONVERSATIONS), kind(state, SyncKind.MESSAGES));
    }

    private static SyncKindState kind(SyncState state, SyncKind kind) {
        SyncState.KindState at = state.of(kind);
        return new SyncKindState(at.syncedAt().map(Wire::utc).orElse(null), at.lastItemAt().map(Wire::utc).orElse(null));
    }

    static io.cockpit.api.model.Contact contact(ContactView view) {
        Contact c = view.contact();
        ProfileCard card = c.card();
        ContactActivity activity = c.activity();
        return new io.cockpit.api.model.Contact(c.id().value(), c.urn().value(),
                card.profileUrl().map(ProfileUrl::url).orElse(null), card.firstName(), card.lastName(),
                card.headline().orElse(null), card.company().orElse(null), card.position().orElse(null),
                card.location().orElse(null), c.connectedAt().map(Wire::utc).orElse(null), activity.writtenTo(),
                activity.lastOutboundAt().map(Wire::utc).orElse(null),
                activity.lastInboundAt().map(Wire::utc).orElse(null),
                activity.lastContactAt().map(Wire::utc).orElse(null), activity.replied(),
                ids(view.labels().tags()), ids(view.labels().categories()), c.note().map(ContactNote::text).orElse(null),
                c.doNotContact(), Wire.utc(c.modifiedAt()), Wire.utc(c.createdAt()), Wire.utc(c.updatedAt()));
    }

    static io.cockpit.api.model.Conversation conversation(ConversationView view) {
        Conversation c = view.conversation();
        return new io.cockpit.api.model.Conversation(c.id().value(), c.urn().value(), c.title().orElse(null),
                c.unread(), c.stats().awaitingReply(), c.stats().attachmentCount() > 0, c.stats().messageCount(),
                c.stats().lastMessageAt().map(Wire::utc).orElse(null),
                view.participants().stream().map(LinkedInWire::participant).toList(),
                ids(view.labels().tags()), ids(view.labels().categories()), Wire.utc(c.modifiedAt()),
                Wire.utc(c.createdAt()), Wire.utc(c.updatedAt()));
    }

    private static ConversationParticipant participant(ParticipantView p) {
        return new ConversationParticipant(p.urn().value(), p.contactId().map(ItemId::value).orElse(null),
                p.firstName().orElse(null), p.lastName().orElse(null));
    }

    static io.cockpit.api.model.Message message(Message m) {
        return new io.cockpit.api.model.Message(m.id().value(), m.conversationId().value(), m.urn().value(),
                m.sender().value(), m.outbound(), Wire.utc(m.sentAt()), m.editedAt().map(Wire::utc).orElse(null),
                m.text(), m.reactions().stream().map(r -> new Reaction(r.reactor().value(), r.emoji())).toList(),
                m.attachments().stream().map(a -> new AttachmentMetadata(a.name(), a.mediaType(), a.size())).toList());
    }

    static io.cockpit.api.model.Suppression suppression(Suppression s) {
        return new io.cockpit.api.model.Suppression(s.id().value(), Wire.utc(s.createdAt()), s.maskedUrl().orElse(null));
    }

    private static List<String> ids(List<ItemId> ids) {
        return ids.stream().map(ItemId::value).toList();
    }
}
