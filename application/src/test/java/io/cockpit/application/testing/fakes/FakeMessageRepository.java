package io.cockpit.application.testing.fakes;

import io.cockpit.application.paging.Cursor;
import io.cockpit.application.paging.Page;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.application.port.out.linkedin.LinkedInExport;
import io.cockpit.application.port.out.linkedin.MessageRepository;
import io.cockpit.application.port.out.register.ExportedItem;
import io.cockpit.application.port.out.shared.UniquenessViolation.Rule;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.linkedin.ConversationStats;
import io.cockpit.domain.linkedin.LinkedInPersonalData;
import io.cockpit.domain.linkedin.Message;
import io.cockpit.domain.linkedin.MessageDirection;
import io.cockpit.domain.linkedin.Urn;
import io.cockpit.domain.shared.ItemId;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import static io.cockpit.application.testing.fakes.UniqueKey.unique;

public final class FakeMessageRepository implements MessageRepository {

    private static final Comparator<Message> CHRONOLOGICAL = Comparator.comparing(Message::sentAt)
            .thenComparing(m -> m.id().value(), Keyset.BINARY_TEXT);

    private final FakeTable<Message> messages;

    public FakeMessageRepository(FakeDatabase database) {
        this.messages = database.table("linkedin_message", m -> List.of(m.userId(), m.id()),
                List.of(unique("uq_linkedin_message_urn", Rule.IDENTIFIER, m -> List.of(m.userId(), m.urn()))));
    }

    private static Message stored(Message m) {
        return new Message(m.id(), m.userId(), m.conversationId(), m.urn(), m.sender(), m.outbound(),
                StoredTime.of(m.sentAt()), m.editedAt().map(StoredTime::of), StoredTime.of(m.version()), m.text(),
                m.reactions(), m.attachments(), StoredTime.of(m.createdAt()), StoredTime.of(m.updatedAt()));
    }

    private List<Message> in(UserId user, ItemId conversation) {
        return messages.select(m -> m.userId().equals(user) && m.conversationId().equals(conversation));
    }

    @Override
    public Map<Urn, Message> findByUrns(UserId user, Collection<Urn> urns) {
        Set<Urn> wanted = new HashSet<>(urns);
        Map<Urn, Message> found = new HashMap<>();
        messages.select(m -> m.userId().equals(user) && wanted.contains(m.urn())).forEach(m -> found.put(m.urn(), m));
        return found;
    }

    @Override
    public Optional<Message> find(UserId user, ItemId conversation, ItemId id) {
        return messages.find(List.of(user, id)).filter(m -> m.conversationId().equals(conversation));
    }

    @Override
    public void insert(List<Message> newMessages) {
        newMessages.forEach(m -> messages.insert(stored(m)));
    }

    @Override
    public void update(List<Message> changed) {
        for (Message m : changed) {
            messages.update(List.of(m.userId(), m.id()), any -> true, old -> stored(new Message(old.id(),
                    old.userId(), old.conversationId(), old.urn(), old.sender(), old.outbound(), old.sentAt(),
                    m.editedAt(), m.version(), m.text(), m.reactions(), m.attachments(), old.createdAt(),
                    m.updatedAt())));
        }
    }

    @Override
    public boolean delete(UserId user, ItemId id) {
        return messages.delete(List.of(user, id), any -> true).isPresent();
    }

    @Override
    public int deleteConversation(UserId user, ItemId conversation) {
        return messages.deleteWhere(m -> m.userId().equals(user) && m.conversationId().equals(conversation)).size();
    }

    @Override
    public int deleteFromSender(UserId user, ItemId conversation, Urn sender) {
        return messages.deleteWhere(m -> m.userId().equals(user) && m.conversationId().equals(conversation)
                && m.sender().equals(sender)).size();
    }

    @Override
    public ConversationStats statsOf(UserId user, ItemId conversation) {
        List<Message> all = in(user, conversation);
        Optional<Message> last = all.stream().max(CHRONOLOGICAL);
        return new ConversationStats(all.size(), (int) all.stream().filter(Message::hasAttachments).count(),
                last.map(Message::sentAt), last.map(m -> !m.outbound()).orElse(false),
                all.stream().filter(Message::outbound).map(Message::sentAt).min(Instant::compareTo),
                all.stream().filter(Message::outbound).map(Message::sentAt).max(Instant::compareTo),
                all.stream().filter(m -> !m.outbound()).map(Message::sentAt).max(Instant::compareTo));
    }

    @Override
    public Map<Urn, Instant> lastSentBySender(UserId user, ItemId conversation) {
        Map<Urn, Instant> found = new HashMap<>();
        in(user, conversation).forEach(m -> found.merge(m.sender(), m.sentAt(), (a, b) -> a.isAfter(b) ? a : b));
        return found;
    }

    @Override
    public Page<Message> page(UserId user, ItemId conversation, MessageDirection direction, PageRequest page) {
        Comparator<Message> order = direction == MessageDirection.OLDER ? CHRONOLOGICAL.reversed() : CHRONOLOGICAL;
        Optional<Cursor> after = page.after();
        List<Message> fetched = in(user, conversation).stream()
                .filter(m -> after.map(cursor -> {
                    int bySent = m.sentAt().compareTo(cursor.time());
                    int compared = bySent != 0 ? bySent : Keyset.BINARY_TEXT.compare(m.id().value(), cursor.id());
                    return direction == MessageDirection.OLDER ? compared < 0 : compared > 0;
                }).orElse(true))
                .sorted(order)
                .limit(page.limit() + 1L)
                .toList();
        return Page.of(fetched, page.limit(), m -> Cursor.at(m.sentAt(), m.id().value()));
    }

    @Override
    public String category() {
        return LinkedInPersonalData.LINKEDIN_MESSAGES.id();
    }

    @Override
    public void export(UserId user, Consumer<ExportedItem> sink) {
        messages.select(m -> m.userId().equals(user)).stream()
                .sorted(Comparator.comparing(m -> m.id().value(), Keyset.BINARY_TEXT))
                .map(LinkedInExport::message).forEach(sink);
    }

    @Override
    public int erase(UserId user, int limit) {
        List<Message> some = messages.select(m -> m.userId().equals(user)).stream().limit(limit).toList();
        some.forEach(m -> delete(user, m.id()));
        return some.size();
    }
}
