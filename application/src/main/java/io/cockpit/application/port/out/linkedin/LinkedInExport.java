package io.cockpit.application.port.out.linkedin;

import io.cockpit.application.port.out.register.ExportedItem;
import io.cockpit.domain.linkedin.Attachment;
import io.cockpit.domain.linkedin.Contact;
import io.cockpit.domain.linkedin.ContactNote;
import io.cockpit.domain.linkedin.Conversation;
import io.cockpit.domain.linkedin.ItemKind;
import io.cockpit.domain.linkedin.LabelIds;
import io.cockpit.domain.linkedin.Message;
import io.cockpit.domain.linkedin.OwnProfile;
import io.cockpit.domain.linkedin.Participant;
import io.cockpit.domain.linkedin.ProfileCard;
import io.cockpit.domain.linkedin.ProfileUrl;
import io.cockpit.domain.linkedin.Reaction;
import io.cockpit.domain.linkedin.Suppression;
import io.cockpit.domain.linkedin.SyncKind;
import io.cockpit.domain.linkedin.SyncState;
import io.cockpit.domain.shared.ItemId;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** How each LinkedIn item looks in the user's export, the same from every store. */
public final class LinkedInExport {

    private LinkedInExport() {
    }

    public static ExportedItem profile(OwnProfile profile) {
        return card(ExportedItem.builder().field("profileUrn", profile.urn().value()), profile.card())
                .field("modifiedAt", profile.modifiedAt())
                .field("createdAt", profile.createdAt())
                .field("updatedAt", profile.updatedAt())
                .build();
    }

    public static ExportedItem syncState(SyncState state) {
        ExportedItem.Builder item = ExportedItem.builder();
        for (SyncKind kind : SyncKind.values()) {
            String name = kind.name().toLowerCase(Locale.ROOT);
            item.field(name + "SyncedAt", state.of(kind).syncedAt().orElse(null))
                    .field(name + "LastItemAt", state.of(kind).lastItemAt().orElse(null));
        }
        return item.build();
    }

    public static ExportedItem contact(Contact contact, LabelIds labels) {
        return card(ExportedItem.builder().field("id", contact.id().value())
                .field("profileUrn", contact.urn().value()), contact.card())
                .field("connectedAt", contact.connectedAt().orElse(null))
                .field("modifiedAt", contact.modifiedAt())
                .field("firstOutboundAt", contact.activity().firstOutboundAt().orElse(null))
                .field("lastOutboundAt", contact.activity().lastOutboundAt().orElse(null))
                .field("lastInboundAt", contact.activity().lastInboundAt().orElse(null))
                .field("note", contact.note().map(ContactNote::text).orElse(null))
                .field("doNotContact", contact.doNotContact())
                .field("tags", ids(labels.tags()))
                .field("categories", ids(labels.categories()))
                .field("createdAt", contact.createdAt())
                .field("updatedAt", contact.updatedAt())
                .build();
    }

    public static ExportedItem conversation(Conversation conversation, LabelIds labels) {
        return ExportedItem.builder()
                .field("id", conversation.id().value())
                .field("conversationUrn", conversation.urn().value())
                .field("title", conversation.title().orElse(null))
                .field("unread", conversation.unread())
                .field("participants", conversation.participants().stream().map(Participant::urn)
                        .map(urn -> urn.value()).toList())
                .field("modifiedAt", conversation.modifiedAt())
                .field("messageCount", conversation.stats().messageCount())
                .field("lastMessageAt", conversation.stats().lastMessageAt().orElse(null))
                .field("tags", ids(labels.tags()))
                .field("categories", ids(labels.categories()))
                .field("createdAt", conversation.createdAt())
                .build();
    }

    public static ExportedItem message(Message message) {
        return ExportedItem.builder()
                .field("id", message.id().value())
                .field("conversationId", message.conversationId().value())
                .field("messageUrn", message.urn().value())
                .field("senderUrn", message.sender().value())
                .field("outbound", message.outbound())
                .field("sentAt", message.sentAt())
                .field("editedAt", message.editedAt().orElse(null))
                .field("text", message.text())
                .field("reactions", message.reactions().stream().map(LinkedInExport::reaction).toList())
                .field("attachments", message.attachments().stream().map(LinkedInExport::attachment).toList())
                .field("createdAt", message.createdAt())
                .build();
    }

    /** A contact the user deleted, kept out of later syncs; the same fields as a {@link #tombstone}. */
    public static ExportedItem suppression(Suppression suppression) {
        return ExportedItem.builder()
                .field("entry", "suppressed_contact")
                .field("id", suppression.id().value())
                .field("urnHash", suppression.urnHash())
                .field("maskedUrl", suppression.maskedUrl().orElse(null))
                .field("at", suppression.createdAt())
                .build();
    }

    /** An item deleted on LinkedIn or by the user, with the deletion's version ({@code at}). */
    public static ExportedItem tombstone(ItemKind kind, String urnHash, Instant version) {
        return ExportedItem.builder()
                .field("entry", "deleted_" + kind.name().toLowerCase(Locale.ROOT))
                .field("id", null)
                .field("urnHash", urnHash)
                .field("maskedUrl", null)
                .field("at", version)
                .build();
    }

    private static ExportedItem.Builder card(ExportedItem.Builder item, ProfileCard card) {
        return item.field("firstName", card.firstName())
                .field("lastName", card.lastName())
                .field("headline", card.headline().orElse(null))
                .field("company", card.company().orElse(null))
                .field("position", card.position().orElse(null))
                .field("location", card.location().orElse(null))
                .field("profileUrl", card.profileUrl().map(ProfileUrl::url).orElse(null));
    }

    private static List<String> ids(List<ItemId> ids) {
        return ids.stream().map(ItemId::value).toList();
    }

    private static String reaction(Reaction reaction) {
        return reaction.reactor().value() + " " + reaction.emoji();
    }

    private static String attachment(Attachment attachment) {
        return attachment.name() + " (" + attachment.mediaType() + ", " + attachment.size() + " bytes)";
    }
}
