package io.cockpit.domain.linkedin;

import io.cockpit.domain.account.UserId;
import io.cockpit.domain.shared.InvalidValueException;
import io.cockpit.domain.shared.ItemId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LinkedInRulesTest {

    private static final Instant T = Instant.parse("2026-11-20T09:00:00Z");
    private static final UserId USER = new UserId("01937f4c-8a2b-7c3d-9e4f-5a6b7c8d9e0f");

    @ParameterizedTest
    @ValueSource(strings = {"https://www.linkedin.com/in/jürgen-müller-4711/", "http://de.linkedin.com/in/J%C3%BCrgen-M%C3%BCller-4711",
            "linkedin.com/in/jürgen-müller-4711?trk=public_profile#about", "  https://linkedin.com:443/in/Jürgen-Müller-4711  "})
    void everySpellingOfAProfileUrlHasOnePath(String url) {
        assertThat(ProfileUrl.parse(url).path()).isEqualTo("in/jürgen-müller-4711");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "https://example.com/in/jana", "https://www.linkedin.com/company/acme",
            "https://www.linkedin.com/in/", "https://evil-linkedin.com/in/jana", "https://www.linkedin.com/in/%FF%FE",
            "javascript:alert(1)//linkedin.com/in/x"})
    void anythingElseIsNotAProfileUrl(String url) {
        assertThatThrownBy(() -> ProfileUrl.parse(url)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void theMaskedUrlShowsTwoCharactersAtEachEndOnly() {
        assertThat(ProfileUrl.parse("linkedin.com/in/jana-schmidt-4711").masked()).isEqualTo("linkedin.com/in/ja…11");
        assertThat(ProfileUrl.parse("linkedin.com/in/jan").masked()).isEqualTo("linkedin.com/in/…");
    }

    @Test
    void foldingIgnoresCaseAndAccents() {
        assertThat(TextFold.fold("  Müller  &  Søhne GROSSHANDEL ")).isEqualTo("muller & sohne grosshandel");
        assertThat(TextFold.fold("François Straße")).isEqualTo("francois strasse");
    }

    @Test
    void syncedOneLineTextsGetASpaceForEachLayoutControlAndEmojiStayAsStored() {
        assertThat(new Attachment("invoice\u202efdp.exe", "application/pdf", 1).name()).isEqualTo("invoice fdp.exe");
        assertThat(new Attachment("\ufeffcv.pdf", "application/pdf", 1).name()).isEqualTo("cv.pdf");
        assertThat(new Attachment("\u2066", "application/pdf", 1).name()).as("a name stored before still reads")
                .isEqualTo(Attachment.NOT_READABLE);
        assertThatThrownBy(() -> new Attachment("a\u0000b", "application/pdf", 1))
                .isInstanceOf(InvalidValueException.class);
        assertThat(new ConversationUpsert(new Urn("urn:li:msg_conversation:1"), Optional.of("Deal\u202e\u2028Q4"),
                false, List.of(new Urn("urn:li:member:1")), Instant.EPOCH).title()).hasValue("Deal  Q4");
        assertThat(new Reaction(new Urn("urn:li:member:1"), "\ud83d\udc4d\ufeff").emoji()).endsWith("\ufeff");
    }

    @Test
    void urnsAreLinkedInIdentifiers() {
        assertThat(new Urn("urn:li:msg_conversation:(urn:li:fsd_profile:ACoAA,2-ZTY0==)").value()).contains("ACoAA");
        assertThatThrownBy(() -> new Urn("urn:other:x:y")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new Urn("urn:li:member: 1")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new Urn("urn:li:member:" + "1".repeat(400))).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void aContactRepliedOnlyAfterTheUserWroteFirst() {
        ContactActivity before = new ContactActivity(Optional.of(T), Optional.of(T.plusSeconds(60)),
                Optional.of(T.minusSeconds(1)));
        ContactActivity after = new ContactActivity(Optional.of(T), Optional.of(T), Optional.of(T.plusSeconds(1)));

        assertThat(before.writtenTo()).isTrue();
        assertThat(before.replied()).isFalse();
        assertThat(before.lastContactAt()).contains(T.plusSeconds(60));
        assertThat(after.replied()).isTrue();
        assertThat(ContactActivity.NONE.writtenTo()).isFalse();
        assertThat(ContactActivity.NONE.lastContactAt()).isEmpty();
    }

    @Test
    void statsFollowMessagesInAnyOrder() {
        ItemId conversation = ItemId.random();
        Urn me = new Urn("urn:li:fsd_profile:me");
        Urn jana = new Urn("urn:li:fsd_profile:jana");
        Message late = message(conversation, jana, false, T.plusSeconds(60), true);
        Message early = message(conversation, me, true, T, false);

        ConversationStats stats = ConversationStats.EMPTY.with(late).with(early);

        assertThat(stats).isEqualTo(new ConversationStats(2, 1, Optional.of(T.plusSeconds(60)), true,
                Optional.of(T), Optional.of(T), Optional.of(T.plusSeconds(60))));
        assertThat(stats.awaitingReply()).isTrue();
        assertThat(stats.withAttachmentsChanged(false).attachmentCount()).isZero();
        assertThat(ConversationStats.EMPTY.awaitingReply()).isFalse();
    }

    @Test
    void theSyncStateNeverGoesBack() {
        SyncState state = SyncState.never(USER).advanced(SyncKind.MESSAGES, T, Optional.of(T.minusSeconds(10)))
                .advanced(SyncKind.MESSAGES, T.plusSeconds(1), Optional.of(T.minusSeconds(100)))
                .advanced(SyncKind.MESSAGES, T.plusSeconds(2), Optional.empty());

        assertThat(state.of(SyncKind.MESSAGES)).isEqualTo(new SyncState.KindState(Optional.of(T.plusSeconds(2)),
                Optional.of(T.minusSeconds(10))));
        assertThat(state.of(SyncKind.CONTACTS)).isEqualTo(SyncState.KindState.NEVER);
    }

    @Test
    void aMessageVersionIsItsLatestTime() {
        MessageUpsert reacted = new MessageUpsert(new Urn("urn:li:msg_message:1"), new Urn("urn:li:msg_conversation:1"),
                new Urn("urn:li:fsd_profile:me"), T, Optional.of(T.plusSeconds(5)), Optional.of(T.plusSeconds(9)), "x",
                List.of(), List.of());

        assertThat(reacted.version()).isEqualTo(T.plusSeconds(9));
        assertThatThrownBy(() -> new MessageUpsert(reacted.urn(), reacted.conversationUrn(), reacted.sender(), T,
                Optional.empty(), Optional.empty(), "x".repeat(10_001), List.of(), List.of()))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new Attachment("a.pdf", "not a type", 1)).isInstanceOf(InvalidValueException.class);
    }

    private static Message message(ItemId conversation, Urn sender, boolean outbound, Instant at, boolean file) {
        return new Message(ItemId.random(), USER, conversation, new Urn("urn:li:msg_message:" + at.toEpochMilli()),
                sender, outbound, at, Optional.empty(), at, "text", List.of(),
                file ? List.of(new Attachment("a.pdf", "application/pdf", 1)) : List.of(), at, at);
    }
}
