package io.cockpit.adapters.http.linkedin;

import io.cockpit.api.model.AttachmentMetadata;
import io.cockpit.api.model.ContactSyncItem;
import io.cockpit.api.model.ConversationSyncItem;
import io.cockpit.api.model.DeletionMarker;
import io.cockpit.api.model.MessageSyncItem;
import io.cockpit.api.model.Reaction;
import io.cockpit.domain.linkedin.Attachment;
import io.cockpit.domain.linkedin.ContactUpsert;
import io.cockpit.domain.linkedin.ConversationUpsert;
import io.cockpit.domain.linkedin.Deletion;
import io.cockpit.domain.linkedin.Incoming;
import io.cockpit.domain.linkedin.MessageUpsert;
import io.cockpit.domain.linkedin.ProfileCard;
import io.cockpit.domain.linkedin.ProfileUrl;
import io.cockpit.domain.linkedin.Urn;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Sync items as the contract carries them, turned into the domain's one by one: a value the domain refuses makes that
 * item {@link Incoming.Invalid} (naming the field), never the whole request. The schema has checked types,
 * lengths and unknown fields before.
 */
final class SyncItems {

    private SyncItems() {
    }

    /** Remembers which field is being built, for the refusal. */
    private static final class Field {
        String name = "urn";

        <T> T at(String field, java.util.function.Supplier<T> build) {
            name = field;
            return build.get();
        }
    }

    static Incoming<ContactUpsert> contact(ContactSyncItem dto) {
        Field field = new Field();
        return Incoming.build(() -> {
            Urn urn = field.at("urn", () -> new Urn(dto.getUrn()));
            Optional<ProfileUrl> url = field.at("profileUrl", () -> profileUrl(dto.getProfileUrl()));
            ProfileCard card = field.at("firstName", () -> new ProfileCard(dto.getFirstName(), dto.getLastName(),
                    Optional.ofNullable(dto.getHeadline()), Optional.ofNullable(dto.getCompany()),
                    Optional.ofNullable(dto.getPosition()), Optional.ofNullable(dto.getLocation()), url));
            return new ContactUpsert(urn, card, Optional.ofNullable(dto.getConnectedAt()).map(OffsetDateTime::toInstant),
                    dto.getModifiedAt().toInstant());
        }, () -> field.name);
    }

    /** A profile URL as sent; null or blank is none. */
    static Optional<ProfileUrl> profileUrl(String url) {
        return Optional.ofNullable(url).filter(u -> !u.isBlank()).map(ProfileUrl::parse);
    }

    static Incoming<Deletion> deletion(DeletionMarker dto) {
        return Incoming.build(() -> new Deletion(new Urn(dto.getUrn()), dto.getDeletedAt().toInstant()),
                () -> "urn");
    }

    static Incoming<ConversationUpsert> conversation(ConversationSyncItem dto) {
        Field field = new Field();
        return Incoming.build(() -> new ConversationUpsert(
                field.at("urn", () -> new Urn(dto.getUrn())),
                field.at("title", () -> Optional.ofNullable(dto.getTitle())),
                Boolean.TRUE.equals(dto.getUnread()),
                field.at("participants", () -> dto.getParticipants().stream().map(Urn::new).toList()),
                dto.getModifiedAt().toInstant()), () -> field.name);
    }

    static Incoming<MessageUpsert> message(MessageSyncItem dto) {
        Field field = new Field();
        return Incoming.build(() -> new MessageUpsert(
                field.at("urn", () -> new Urn(dto.getUrn())),
                field.at("conversationUrn", () -> new Urn(dto.getConversationUrn())),
                field.at("senderUrn", () -> new Urn(dto.getSenderUrn())),
                dto.getSentAt().toInstant(),
                Optional.ofNullable(dto.getEditedAt()).map(OffsetDateTime::toInstant),
                Optional.ofNullable(dto.getModifiedAt()).map(OffsetDateTime::toInstant),
                field.at("text", dto::getText),
                field.at("reactions", () -> reactions(dto.getReactions())),
                field.at("attachments", () -> attachments(dto.getAttachments()))), () -> field.name);
    }

    private static List<io.cockpit.domain.linkedin.Reaction> reactions(List<Reaction> dtos) {
        List<io.cockpit.domain.linkedin.Reaction> reactions = new ArrayList<>();
        for (Reaction dto : dtos == null ? List.<Reaction>of() : dtos) {
            reactions.add(new io.cockpit.domain.linkedin.Reaction(new Urn(dto.getReactorUrn()), dto.getEmoji()));
        }
        return reactions;
    }

    private static List<Attachment> attachments(List<AttachmentMetadata> dtos) {
        List<Attachment> attachments = new ArrayList<>();
        for (AttachmentMetadata dto : dtos == null ? List.<AttachmentMetadata>of() : dtos) {
            attachments.add(new Attachment(dto.getName(), dto.getMediaType(), dto.getSize()));
        }
        return attachments;
    }
}
