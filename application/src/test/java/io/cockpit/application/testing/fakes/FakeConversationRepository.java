package io.cockpit.application.testing.fakes;

import io.cockpit.application.paging.Page;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.application.port.out.linkedin.ContactOrder;
import io.cockpit.application.port.out.linkedin.ConversationRepository;
import io.cockpit.application.port.out.linkedin.LinkedInExport;
import io.cockpit.application.port.out.register.ExportedItem;
import io.cockpit.application.port.out.shared.UniquenessViolation.Rule;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.linkedin.ContactActivity;
import io.cockpit.domain.linkedin.Conversation;
import io.cockpit.domain.linkedin.ConversationQuery;
import io.cockpit.domain.linkedin.ConversationStats;
import io.cockpit.domain.linkedin.LabelIds;
import io.cockpit.domain.linkedin.LinkedInPersonalData;
import io.cockpit.domain.linkedin.Participant;
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

/** Conversations with their participants in one row each (the SQL adapter keeps participants in a table of theirs). */
public final class FakeConversationRepository implements ConversationRepository {

    private final FakeTable<Conversation> conversations;
    private final FakeLabelAssignments labels;

    public FakeConversationRepository(FakeDatabase database) {
        this.conversations = database.table("linkedin_conversation", c -> List.of(c.userId(), c.id()),
                List.of(unique("uq_linkedin_conversation_urn", Rule.IDENTIFIER, c -> List.of(c.userId(), c.urn()))));
        this.labels = new FakeLabelAssignments(database, "linkedin_conversation_label");
    }

    private static Conversation stored(Conversation c) {
        ConversationStats s = c.stats();
        return new Conversation(c.id(), c.userId(), c.urn(), c.title(), c.unread(), StoredTime.of(c.modifiedAt()),
                c.participants().stream().map(p -> new Participant(p.urn(), p.lastSentAt().map(StoredTime::of)))
                        .toList(),
                new ConversationStats(s.messageCount(), s.attachmentCount(), s.lastMessageAt().map(StoredTime::of),
                        s.lastMessageInbound(), s.firstOutboundAt().map(StoredTime::of),
                        s.lastOutboundAt().map(StoredTime::of), s.lastInboundAt().map(StoredTime::of)),
                StoredTime.of(c.createdAt()), StoredTime.of(c.updatedAt()));
    }

    private List<Conversation> of(UserId user) {
        return conversations.select(c -> c.userId().equals(user));
    }

    @Override
    public Map<Urn, Conversation> findByUrns(UserId user, Collection<Urn> urns) {
        Set<Urn> wanted = new HashSet<>(urns);
        Map<Urn, Conversation> found = new HashMap<>();
        conversations.select(c -> c.userId().equals(user) && wanted.contains(c.urn()))
                .forEach(c -> found.put(c.urn(), c));
        return found;
    }

    @Override
    public Optional<Conversation> find(UserId user, ItemId id) {
        return conversations.find(List.of(user, id));
    }

    @Override
    public void insert(List<Conversation> newConversations) {
        newConversations.forEach(c -> conversations.insert(stored(c)));
    }

    @Override
    public void update(List<Conversation> changed) {
        for (Conversation c : changed) {
            conversations.update(List.of(c.userId(), c.id()), any -> true, old -> stored(new Conversation(old.id(),
                    old.userId(), old.urn(), c.title(), c.unread(), c.modifiedAt(), c.participants(), c.stats(),
                    old.createdAt(), c.updatedAt())));
        }
    }

    @Override
    public boolean delete(UserId user, ItemId id) {
        labels.removeOwner(user, id);
        return conversations.delete(List.of(user, id), any -> true).isPresent();
    }

    @Override
    public List<ItemId> withParticipant(UserId user, Urn participant) {
        return of(user).stream().filter(c -> c.hasParticipant(participant)).map(Conversation::id)
                .sorted(Comparator.comparing(ItemId::value, Keyset.BINARY_TEXT)).toList();
    }

    @Override
    public Map<Urn, ContactActivity> activityOf(UserId user, Collection<Urn> people) {
        Map<Urn, ContactActivity> found = new HashMap<>();
        for (Urn person : new HashSet<>(people)) {
            List<Conversation> theirs = of(user).stream().filter(c -> c.hasParticipant(person)).toList();
            if (theirs.isEmpty()) {
                continue;
            }
            found.put(person, new ContactActivity(
                    theirs.stream().flatMap(c -> c.stats().firstOutboundAt().stream()).min(Instant::compareTo),
                    theirs.stream().flatMap(c -> c.stats().lastOutboundAt().stream()).max(Instant::compareTo),
                    theirs.stream().flatMap(c -> c.participants().stream()).filter(p -> p.urn().equals(person))
                            .flatMap(p -> p.lastSentAt().stream()).max(Instant::compareTo)));
        }
        return found;
    }

    @Override
    public Page<Conversation> list(UserId user, ConversationQuery query, PageRequest page) {
        return Keyset.newestFirst(of(user).stream().filter(query::matches)
                        .filter(c -> query.matchesLabels(labels.of(user, c.id()))).toList(), page,
                c -> c.stats().lastMessageAt().orElse(ContactOrder.NONE), c -> c.id().value());
    }

    @Override
    public Map<ItemId, LabelIds> labelsOf(UserId user, Collection<ItemId> owners) {
        return labels.of(user, owners);
    }

    @Override
    public void setLabels(UserId user, ItemId conversation, LabelIds newLabels) {
        labels.set(user, conversation, newLabels);
    }

    @Override
    public void removeLabel(UserId user, ItemId label) {
        labels.remove(user, label);
    }

    @Override
    public String category() {
        return LinkedInPersonalData.LINKEDIN_CONVERSATIONS.id();
    }

    @Override
    public void export(UserId user, Consumer<ExportedItem> sink) {
        of(user).stream().sorted(Comparator.comparing(c -> c.id().value(), Keyset.BINARY_TEXT))
                .forEach(c -> sink.accept(LinkedInExport.conversation(c, labels.of(user, c.id()))));
    }

    @Override
    public int erase(UserId user, int limit) {
        List<Conversation> some = of(user).stream().limit(limit).toList();
        if (some.isEmpty()) {
            return labels.removeAll(user);
        }
        some.forEach(c -> delete(user, c.id()));
        return some.size();
    }

}
