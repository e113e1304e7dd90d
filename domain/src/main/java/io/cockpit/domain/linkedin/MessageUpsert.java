package io.cockpit.domain.linkedin;

import io.cockpit.domain.shared.InvalidValueException;
import io.cockpit.domain.shared.Text;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A message as the client read it. Its version is the latest of sent, edited and modified (a reaction added later
 * moves {@code modifiedAt}): a message edited later wins over its older text.
 */
public record MessageUpsert(Urn urn, Urn conversationUrn, Urn sender, Instant sentAt, Optional<Instant> editedAt,
                            Optional<Instant> modifiedAt, String text, List<Reaction> reactions,
                            List<Attachment> attachments) implements SyncItem {

    public static final int MAX_TEXT = 10_000;
    public static final int MAX_REACTIONS = 100;
    public static final int MAX_ATTACHMENTS = 20;

    public MessageUpsert {
        Objects.requireNonNull(urn, "urn");
        Objects.requireNonNull(conversationUrn, "conversationUrn");
        Objects.requireNonNull(sender, "sender");
        sentAt = SyncRules.kept(Objects.requireNonNull(sentAt, "sentAt"));
        editedAt = SyncRules.kept(Objects.requireNonNull(editedAt, "editedAt"));
        modifiedAt = SyncRules.kept(Objects.requireNonNull(modifiedAt, "modifiedAt"));
        text = Text.normalized(Objects.requireNonNull(text, "text"));
        if (Text.length(text) > MAX_TEXT) {
            throw new InvalidValueException("text.too_long", "must be at most " + MAX_TEXT + " characters");
        }
        reactions = List.copyOf(reactions);
        attachments = List.copyOf(attachments);
        if (reactions.size() > MAX_REACTIONS || attachments.size() > MAX_ATTACHMENTS) {
            throw new InvalidValueException("message.too_many", "at most " + MAX_REACTIONS + " reactions and "
                    + MAX_ATTACHMENTS + " attachments");
        }
    }

    @Override
    public Instant version() {
        return Stream.of(Optional.of(sentAt), editedAt, modifiedAt).flatMap(Optional::stream).max(Instant::compareTo)
                .orElseThrow();
    }

    /** The times a client can get wrong by more than a day. */
    public Stream<Instant> times() {
        return Stream.of(Optional.of(sentAt), editedAt, modifiedAt).flatMap(Optional::stream);
    }
}
