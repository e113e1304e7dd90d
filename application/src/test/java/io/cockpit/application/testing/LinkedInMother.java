package io.cockpit.application.testing;

import io.cockpit.domain.account.UserId;
import io.cockpit.domain.linkedin.Attachment;
import io.cockpit.domain.linkedin.Contact;
import io.cockpit.domain.linkedin.ContactActivity;
import io.cockpit.domain.linkedin.Conversation;
import io.cockpit.domain.linkedin.ConversationStats;
import io.cockpit.domain.linkedin.Message;
import io.cockpit.domain.linkedin.Participant;
import io.cockpit.domain.linkedin.ProfileCard;
import io.cockpit.domain.linkedin.ProfileUrl;
import io.cockpit.domain.linkedin.Reaction;
import io.cockpit.domain.linkedin.Urn;
import io.cockpit.domain.shared.ItemId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/** LinkedIn items for tests: URNs nobody else uses, cards, contacts, conversations and messages. */
public final class LinkedInMother {

    public static final Instant T0 = Instant.parse("2026-11-20T09:00:00.250Z");
    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000);

    private LinkedInMother() {
    }

    public static UserId aUser() {
        return AccountMother.anAccount().build().userId();
    }

    public static Urn profileUrn() {
        return new Urn("urn:li:fsd_profile:ACoAA" + SEQUENCE.incrementAndGet());
    }

    public static Urn conversationUrn() {
        return new Urn("urn:li:msg_conversation:(urn:li:fsd_profile:ACoAAme,2-" + SEQUENCE.incrementAndGet() + "==)");
    }

    public static Urn messageUrn() {
        return new Urn("urn:li:msg_message:(urn:li:fsd_profile:ACoAAme,2-" + SEQUENCE.incrementAndGet() + "==_100)");
    }

    public static ProfileCard card(String first, String last) {
        return new ProfileCard(first, last, Optional.of("Head of Sales at Acme"), Optional.of("Acme GmbH"),
                Optional.of("Head of Sales"), Optional.of("Berlin"),
                Optional.of(ProfileUrl.parse("https://www.linkedin.com/in/" + first.toLowerCase() + "-"
                        + last.toLowerCase() + "-" + SEQUENCE.incrementAndGet())));
    }

    public static ProfileCard card(String first, String last, String company, String position, String location) {
        return new ProfileCard(first, last, Optional.empty(), Optional.ofNullable(company),
                Optional.ofNullable(position), Optional.ofNullable(location), Optional.empty());
    }

    public static Contact contact(UserId user, ProfileCard card) {
        return new Contact(ItemId.random(), user, profileUrn(), card, Optional.of(T0.minusSeconds(86_400)), T0,
                ContactActivity.NONE, Optional.empty(), false, 1, T0, T0);
    }

    public static Contact contact(UserId user, String first, String last) {
        return contact(user, card(first, last));
    }

    public static Conversation conversation(UserId user, List<Urn> participants) {
        return new Conversation(ItemId.random(), user, conversationUrn(), Optional.of("Intro"), false, T0,
                participants.stream().map(Participant::of).toList(), ConversationStats.EMPTY, T0, T0);
    }

    public static Message message(Conversation conversation, Urn sender, boolean outbound, Instant sentAt,
                                  String text) {
        return new Message(ItemId.random(), conversation.userId(), conversation.id(), messageUrn(), sender, outbound,
                sentAt, Optional.empty(), sentAt, text, List.of(), List.of(), T0, T0);
    }

    public static Message withExtras(Message message) {
        return new Message(message.id(), message.userId(), message.conversationId(), message.urn(), message.sender(),
                message.outbound(), message.sentAt(), Optional.of(message.sentAt().plusSeconds(60)),
                message.sentAt().plusSeconds(60), message.text(),
                List.of(new Reaction(profileUrn(), "👍"), new Reaction(profileUrn(), "🎉")),
                List.of(new Attachment("Angebot Q1 \\ Müller.pdf", "application/pdf", 48_213),
                        new Attachment("photo.jpg", "image/jpeg", 0)),
                message.createdAt(), message.updatedAt());
    }
}
