package io.cockpit.application.service.linkedin;

import io.cockpit.application.port.in.linkedin.ConversationBatch;
import io.cockpit.application.port.in.linkedin.ConversationBatchOutcome;
import io.cockpit.application.port.out.linkedin.ConversationRepository;
import io.cockpit.application.port.out.linkedin.MessageRepository;
import io.cockpit.application.port.out.linkedin.SuppressionRepository;
import io.cockpit.application.service.linkedin.Screening.Pending;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.linkedin.Conversation;
import io.cockpit.domain.linkedin.ConversationStats;
import io.cockpit.domain.linkedin.ConversationUpsert;
import io.cockpit.domain.linkedin.Deletion;
import io.cockpit.domain.linkedin.ItemKind;
import io.cockpit.domain.linkedin.ItemOutcome;
import io.cockpit.domain.linkedin.LinkedInErrors;
import io.cockpit.domain.linkedin.Message;
import io.cockpit.domain.linkedin.MessageUpsert;
import io.cockpit.domain.linkedin.OwnProfile;
import io.cockpit.domain.linkedin.Participant;
import io.cockpit.domain.linkedin.SyncKind;
import io.cockpit.domain.linkedin.SyncState;
import io.cockpit.domain.linkedin.TimeOrderedIds;
import io.cockpit.domain.linkedin.Urn;
import io.cockpit.domain.shared.ErrorCode;
import io.cockpit.domain.shared.ItemId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Stores a batch of conversations and messages under the user's write lock, in this order: conversations (new and
 * newer versions), their deletion markers, messages, their deletion markers. The conversations' stats and the
 * participants' last messages are updated in memory as messages arrive and written once; the contacts touched get
 * their activity recomputed at the end. Nothing here aggregates messages, except for a conversation whose messages
 * were erased.
 */
final class ConversationSync {

    private final ConversationRepository conversations;
    private final MessageRepository messages;
    private final SuppressionRepository suppressions;
    private final ActivityRefresh activity;
    private final Recount recount;
    private final UrnHasher hasher;

    ConversationSync(ConversationRepository conversations, MessageRepository messages,
                     SuppressionRepository suppressions, ActivityRefresh activity, Recount recount, UrnHasher hasher) {
        this.conversations = conversations;
        this.messages = messages;
        this.suppressions = suppressions;
        this.activity = activity;
        this.recount = recount;
        this.hasher = hasher;
    }

    record Result(ConversationBatchOutcome outcome, SyncState state) {
    }

    /** The work of one batch: what is loaded, what changes, and the outcomes. */
    private final class Run {
        final UserId user;
        final Urn me;
        final Instant now;
        final Map<Urn, String> hashes = new HashMap<>();
        final Map<Urn, Conversation> byUrn = new HashMap<>();
        final Map<ItemId, Conversation> created = new LinkedHashMap<>();
        final Map<ItemId, Conversation> changed = new LinkedHashMap<>();
        final Set<ItemId> toRecount = new LinkedHashSet<>();
        final Map<Urn, Message> storedMessages = new HashMap<>();
        final List<Message> newMessages = new ArrayList<>();
        final Map<ItemId, Message> changedMessages = new LinkedHashMap<>();
        final Set<Urn> touchedPeople = new HashSet<>();
        final Map<ItemKind, Map<String, Instant>> buried = new HashMap<>();
        Set<String> suppressed = Set.of();
        Map<String, Instant> conversationTombstones = new HashMap<>();
        Map<String, Instant> messageTombstones = Map.of();

        Run(UserId user, Urn me, Instant now) {
            this.user = user;
            this.me = me;
            this.now = now;
        }

        String hash(Urn urn) {
            return hashes.computeIfAbsent(urn, u -> hasher.hash(user, u));
        }

        void bury(ItemKind kind, Urn urn, Instant version) {
            buried.computeIfAbsent(kind, k -> new HashMap<>()).merge(hash(urn), version,
                    (a, b) -> a.isAfter(b) ? a : b);
        }

        void keep(Conversation conversation) {
            byUrn.put(conversation.urn(), conversation);
            if (created.containsKey(conversation.id())) {
                created.put(conversation.id(), conversation);
            } else {
                changed.put(conversation.id(), conversation);
            }
        }
    }

    Result sync(UserId user, ConversationBatch batch, OwnProfile profile, SyncState state, Instant now) {
        Run run = new Run(user, profile.urn(), now);
        ItemOutcome[] conversationResults = new ItemOutcome[batch.conversations().size()];
        ItemOutcome[] messageResults = new ItemOutcome[batch.messages().size()];
        ItemOutcome[] conversationDeletions = new ItemOutcome[batch.deletedConversations().size()];
        ItemOutcome[] messageDeletions = new ItemOutcome[batch.deletedMessages().size()];
        Set<Urn> conversationUrns = new HashSet<>();
        Set<Urn> messageUrns = new HashSet<>();
        List<Pending<ConversationUpsert>> upserts = Screening.screen(batch.conversations(), conversationResults,
                conversationUrns, now, Screening::versionOnly);
        List<Pending<Deletion>> deletions = Screening.screen(batch.deletedConversations(), conversationDeletions,
                conversationUrns, now, Screening::versionOnly);
        List<Pending<MessageUpsert>> messageUpserts = Screening.screen(batch.messages(), messageResults,
                messageUrns, now, MessageUpsert::times);
        List<Pending<Deletion>> messageDeletes = Screening.screen(batch.deletedMessages(), messageDeletions,
                messageUrns, now, Screening::versionOnly);

        load(run, upserts, deletions, messageUpserts, messageUrns);
        upserts.forEach(p -> conversationResults[p.position()] = upsert(run, p.item()));
        deletions.forEach(p -> conversationDeletions[p.position()] = deleteConversation(run, p.item()));
        messageUpserts.forEach(p -> messageResults[p.position()] = upsert(run, p.item()));
        messageDeletes.forEach(p -> messageDeletions[p.position()] = deleteMessage(run, p.item()));
        write(run);

        SyncState advanced = state;
        if (!batch.conversations().isEmpty() || !batch.deletedConversations().isEmpty()) {
            advanced = advanced.advanced(SyncKind.CONVERSATIONS, now, Stream.concat(
                    Screening.newest(upserts, conversationResults, p -> p.item().version()).stream(),
                    Screening.newest(deletions, conversationDeletions, p -> p.item().version()).stream())
                    .max(Instant::compareTo));
        }
        if (!batch.messages().isEmpty() || !batch.deletedMessages().isEmpty()) {
            advanced = advanced.advanced(SyncKind.MESSAGES, now,
                    Screening.newest(messageUpserts, messageResults, p -> ((MessageUpsert) p.item()).sentAt()));
        }
        return new Result(new ConversationBatchOutcome(Arrays.asList(conversationResults),
                Arrays.asList(messageResults), Arrays.asList(conversationDeletions), Arrays.asList(messageDeletions)),
                advanced);
    }

    private void load(Run run, List<Pending<ConversationUpsert>> upserts, List<Pending<Deletion>> deletions,
                      List<Pending<MessageUpsert>> messageUpserts, Set<Urn> messageUrns) {
        Set<Urn> wanted = new HashSet<>();
        upserts.forEach(p -> wanted.add(p.item().urn()));
        deletions.forEach(p -> wanted.add(p.item().urn()));
        messageUpserts.forEach(p -> wanted.add(p.item().conversationUrn()));
        run.byUrn.putAll(conversations.findByUrns(run.user, wanted));
        run.storedMessages.putAll(messages.findByUrns(run.user, messageUrns));

        Set<String> people = new HashSet<>();
        upserts.forEach(p -> p.item().participants().stream().filter(u -> !u.equals(run.me))
                .forEach(u -> people.add(run.hash(u))));
        messageUpserts.stream().map(p -> p.item().sender()).filter(u -> !u.equals(run.me))
                .forEach(u -> people.add(run.hash(u)));
        run.suppressed = people.isEmpty() ? Set.of() : suppressions.suppressedAmong(run.user, people);
        List<String> conversationHashes = wanted.stream().map(run::hash).toList();
        run.conversationTombstones = new HashMap<>(
                suppressions.tombstones(run.user, ItemKind.CONVERSATION, conversationHashes));
        List<String> newMessages = messageUrns.stream().filter(u -> !run.storedMessages.containsKey(u))
                .map(run::hash).toList();
        run.messageTombstones = newMessages.isEmpty() ? Map.of()
                : suppressions.tombstones(run.user, ItemKind.MESSAGE, newMessages);
    }

    private ItemOutcome upsert(Run run, ConversationUpsert item) {
        List<Urn> others = item.participants().stream().filter(u -> !u.equals(run.me)).toList();
        List<Urn> kept = others.stream().filter(u -> !run.suppressed.contains(run.hash(u))).toList();
        if (others.isEmpty()) {
            return LinkedInErrors.noOtherParticipant();
        }
        if (kept.isEmpty()) {
            return LinkedInErrors.suppressed();
        }
        Conversation stored = run.byUrn.get(item.urn());
        if (stored == null) {
            Instant tombstone = run.conversationTombstones.get(run.hash(item.urn()));
            if (tombstone != null && !item.modifiedAt().isAfter(tombstone)) {
                return ItemOutcome.unchanged(Optional.empty());
            }
            Conversation conversation = new Conversation(ItemId.random(), run.user, item.urn(), item.title(),
                    item.unread(), item.modifiedAt(), kept.stream().map(Participant::of).toList(),
                    ConversationStats.EMPTY, run.now, run.now);
            run.created.put(conversation.id(), conversation);
            run.byUrn.put(conversation.urn(), conversation);
            return ItemOutcome.created(conversation.id());
        }
        if (!item.modifiedAt().isAfter(stored.modifiedAt())) {
            return ItemOutcome.unchanged(Optional.of(stored.id()));
        }
        boolean same = stored.sameAs(item, kept);
        if (!stored.participantUrns().equals(Set.copyOf(kept))) {
            run.touchedPeople.addAll(stored.participantUrns());
            run.touchedPeople.addAll(kept);
        }
        run.keep(stored.resynced(item, kept, run.now));
        return same ? ItemOutcome.unchanged(Optional.of(stored.id())) : ItemOutcome.updated(stored.id());
    }

    private ItemOutcome deleteConversation(Run run, Deletion deletion) {
        Conversation stored = run.byUrn.get(deletion.urn());
        if (stored != null && !deletion.deletedAt().isAfter(stored.modifiedAt())) {
            return ItemOutcome.unchanged(Optional.of(stored.id()));
        }
        run.bury(ItemKind.CONVERSATION, deletion.urn(), deletion.deletedAt());
        run.conversationTombstones.merge(run.hash(deletion.urn()), deletion.deletedAt(),
                (a, b) -> a.isAfter(b) ? a : b);
        if (stored == null) {
            return ItemOutcome.unchanged(Optional.empty());
        }
        messages.deleteConversation(run.user, stored.id());
        conversations.delete(run.user, stored.id());
        run.byUrn.remove(deletion.urn());
        run.changed.remove(stored.id());
        run.touchedPeople.addAll(stored.participantUrns());
        return ItemOutcome.updated(stored.id());
    }

    private ItemOutcome upsert(Run run, MessageUpsert item) {
        Instant erasedUntil = run.conversationTombstones.get(run.hash(item.conversationUrn()));
        if (erasedUntil != null && !item.sentAt().isAfter(erasedUntil)) {
            return ItemOutcome.unchanged(Optional.empty());
        }
        Conversation conversation = run.byUrn.get(item.conversationUrn());
        if (conversation == null) {
            return LinkedInErrors.conversationUnknown();
        }
        boolean outbound = item.sender().equals(run.me);
        if (!outbound && run.suppressed.contains(run.hash(item.sender()))) {
            return LinkedInErrors.suppressed();
        }
        if (!outbound && !conversation.hasParticipant(item.sender())) {
            return LinkedInErrors.senderNotParticipant();
        }
        Message stored = run.storedMessages.get(item.urn());
        if (stored == null) {
            Instant tombstone = run.messageTombstones.get(run.hash(item.urn()));
            if (tombstone != null && !item.version().isAfter(tombstone)) {
                return ItemOutcome.unchanged(Optional.empty());
            }
            Message message = Message.synced(TimeOrderedIds.next(run.now), run.user, conversation.id(), item, run.me,
                    run.now);
            run.newMessages.add(message);
            List<Participant> participants = outbound ? conversation.participants()
                    : conversation.participants().stream()
                    .map(p -> p.urn().equals(item.sender()) ? p.wrote(item.sentAt()) : p).toList();
            run.keep(conversation.with(conversation.stats().with(message), participants, run.now));
            if (outbound) {
                run.touchedPeople.addAll(conversation.participantUrns());
            } else {
                run.touchedPeople.add(item.sender());
            }
            return ItemOutcome.created(message.id());
        }
        if (!stored.conversationId().equals(conversation.id())) {
            return ItemOutcome.rejected(ErrorCode.LINKEDIN_ITEM_INVALID,
                    "conversationUrn: the message belongs to another conversation.");
        }
        if (!item.version().isAfter(stored.version())) {
            return ItemOutcome.unchanged(Optional.of(stored.id()));
        }
        Message newer = stored.resynced(item, run.now);
        run.changedMessages.put(stored.id(), newer);
        if (newer.hasAttachments() != stored.hasAttachments()) {
            run.keep(conversation.with(conversation.stats().withAttachmentsChanged(newer.hasAttachments()),
                    conversation.participants(), run.now));
        }
        return stored.sameContentAs(item) ? ItemOutcome.unchanged(Optional.of(stored.id()))
                : ItemOutcome.updated(stored.id());
    }

    private ItemOutcome deleteMessage(Run run, Deletion deletion) {
        Message stored = run.storedMessages.get(deletion.urn());
        if (stored != null && !deletion.deletedAt().isAfter(stored.version())) {
            return ItemOutcome.unchanged(Optional.of(stored.id()));
        }
        run.bury(ItemKind.MESSAGE, deletion.urn(), deletion.deletedAt());
        if (stored == null || !messages.delete(run.user, stored.id())) {
            return ItemOutcome.unchanged(Optional.empty());
        }
        run.toRecount.add(stored.conversationId());
        run.touchedPeople.add(stored.sender());
        return ItemOutcome.updated(stored.id());
    }

    private void write(Run run) {
        conversations.insert(List.copyOf(run.created.values()));
        conversations.update(List.copyOf(run.changed.values()));
        messages.insert(run.newMessages);
        messages.update(List.copyOf(run.changedMessages.values()));
        for (ItemId id : run.toRecount) {
            conversations.find(run.user, id).ifPresent(conversation -> {
                recount.store(run.user, conversation, run.now);
                run.touchedPeople.addAll(conversation.participantUrns());
            });
        }
        run.buried.forEach((kind, versions) -> suppressions.bury(run.user, kind, versions));
        run.touchedPeople.remove(run.me);
        activity.refresh(run.user, run.touchedPeople);
    }
}
