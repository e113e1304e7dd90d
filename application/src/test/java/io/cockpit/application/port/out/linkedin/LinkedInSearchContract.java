package io.cockpit.application.port.out.linkedin;

import io.cockpit.application.testing.LinkedInMother;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.linkedin.Contact;
import io.cockpit.domain.linkedin.ContactActivity;
import io.cockpit.domain.linkedin.Conversation;
import io.cockpit.domain.linkedin.ConversationStats;
import io.cockpit.domain.linkedin.LabelIds;
import io.cockpit.domain.linkedin.Message;
import io.cockpit.domain.linkedin.ProfileCard;
import io.cockpit.domain.linkedin.Urn;
import io.cockpit.domain.linkedin.search.ContactFilters;
import io.cockpit.domain.linkedin.search.ConversationFilters;
import io.cockpit.domain.linkedin.search.SearchFilters;
import io.cockpit.domain.linkedin.search.SearchPosition;
import io.cockpit.domain.linkedin.search.SearchQuery;
import io.cockpit.domain.linkedin.search.SearchScore;
import io.cockpit.domain.linkedin.search.SearchText;
import io.cockpit.domain.linkedin.search.SearchType;
import io.cockpit.domain.shared.ItemId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static io.cockpit.application.testing.LinkedInMother.T0;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search port: the same answers on every database. The cases are grouped (a fresh database per test on
 * MariaDB): matching, then scope, filters and order.
 */
public abstract class LinkedInSearchContract {

    protected abstract LinkedInSearch search();

    protected abstract ContactRepository contacts();

    protected abstract ConversationRepository conversations();

    protected abstract MessageRepository messages();

    private final UserId user = LinkedInMother.aUser();
    private final Urn me = LinkedInMother.profileUrn();
    private final Urn jana = LinkedInMother.profileUrn();

    private Conversation conversation(UserId owner, String title, Instant last) {
        return conversation(owner, title, last, jana);
    }

    private Conversation conversation(UserId owner, String title, Instant last, Urn with) {
        Conversation plain = LinkedInMother.conversation(owner, List.of(with));
        Conversation titled = new Conversation(plain.id(), owner, plain.urn(), Optional.ofNullable(title), false, T0,
                plain.participants(), ConversationStats.EMPTY, T0, T0);
        ConversationStats stats = new ConversationStats(1, 0, Optional.of(last), true, Optional.empty(),
                Optional.empty(), Optional.of(last));
        Conversation withStats = titled.with(stats, titled.participants(), T0);
        conversations().insert(List.of(withStats));
        return withStats;
    }

    private Message message(Conversation in, long secondsAfter, String text) {
        Message message = LinkedInMother.message(in, jana, false, T0.plusSeconds(secondsAfter), text);
        messages().insert(List.of(message));
        return message;
    }

    private Contact contact(UserId owner, ProfileCard card, Optional<Instant> lastContact) {
        Contact contact = LinkedInMother.contact(owner, card);
        contact = lastContact.map(at -> LinkedInMother.contact(owner, card)
                .withActivity(new ContactActivity(Optional.of(at), Optional.of(at), Optional.empty())))
                .orElse(contact);
        contacts().insert(List.of(contact));
        return contact;
    }

    private Contact contact(UserId owner, Urn urn, ProfileCard card, Instant connected, Optional<Instant> lastContact) {
        Contact contact = new Contact(ItemId.random(), owner, urn, card, Optional.of(connected), T0,
                lastContact.map(at -> new ContactActivity(Optional.of(at), Optional.of(at), Optional.empty()))
                        .orElse(ContactActivity.NONE), Optional.empty(), false, 1, T0, T0);
        contacts().insert(List.of(contact));
        return contact;
    }

    private static ProfileCard card(String first, String last, String headline, String company) {
        return new ProfileCard(first, last, Optional.ofNullable(headline), Optional.ofNullable(company),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** Every page of {@code size} after the previous one's last result, joined. */
    private List<SearchCandidate> paged(SearchType type, String text, SearchFilters filters, int size) {
        List<SearchCandidate> all = new ArrayList<>();
        Optional<SearchPosition> after = Optional.empty();
        while (true) {
            List<SearchCandidate> page = search().find(user, type, SearchQuery.parse(text), filters, after, size);
            all.addAll(page);
            if (page.size() < size) {
                return all;
            }
            after = Optional.of(page.getLast().position());
        }
    }

    private static SearchFilters contactsOnly(ContactFilters filters) {
        return new SearchFilters(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), filters,
                ConversationFilters.NONE);
    }

    private static SearchFilters conversationsOnly(ConversationFilters filters) {
        return new SearchFilters(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                ContactFilters.NONE, filters);
    }

    private List<ItemId> ids(UserId owner, SearchType type, String text) {
        return ids(owner, type, text, SearchFilters.NONE);
    }

    private List<ItemId> ids(UserId owner, SearchType type, String text, SearchFilters filters) {
        return search().find(owner, type, SearchQuery.parse(text), filters, Optional.empty(), 50).stream()
                .map(c -> c.position().id()).toList();
    }

    @Test
    void findsFoldedWordPrefixesWholePhrasesAndKeepsExclusionsOut() {
        Conversation chat = conversation(user, "Q1 Angebot für Müller & Söhne", T0.plusSeconds(100));
        Message acquisition = message(chat, 1, "Thanks for the call about the acquisition of Müller & Söhne!");
        Message francois = message(chat, 2, "François will send the offer (see <b>attachment</b>)");
        Message sales = message(chat, 3, "Head of Sales meeting tomorrow, e-mail me: jana@example.com");
        Contact head = contact(user, new ProfileCard("Jana", "Müller", Optional.of("Head of Acquisitions"),
                Optional.of("Acme GmbH"), Optional.of("Vice President"), Optional.of("Berlin"), Optional.empty()),
                Optional.empty());
        Contact other = contact(user, LinkedInMother.card("Max", "Weber", "Globex", "CTO", "Hamburg"),
                Optional.empty());

        assertThat(ids(user, SearchType.MESSAGES, "muller")).containsExactly(acquisition.id());
        assertThat(ids(user, SearchType.CONTACTS, "MULLER")).containsExactly(head.id());
        assertThat(ids(user, SearchType.CONVERSATIONS, "muller angebot")).containsExactly(chat.id());
        assertThat(ids(user, SearchType.MESSAGES, "francois")).containsExactly(francois.id());
        assertThat(ids(user, SearchType.MESSAGES, "acq")).containsExactly(acquisition.id());
        assertThat(ids(user, SearchType.CONTACTS, "acq")).containsExactly(head.id());
        assertThat(ids(user, SearchType.MESSAGES, "cquisition")).as("a word's start, not its middle").isEmpty();
        assertThat(ids(user, SearchType.MESSAGES, "\"head of sales\"")).containsExactly(sales.id());
        assertThat(ids(user, SearchType.CONTACTS, "\"head of sales\"")).isEmpty();
        assertThat(ids(user, SearchType.MESSAGES, "\"sales meeting\"")).containsExactly(sales.id());
        assertThat(ids(user, SearchType.MESSAGES, "\"meeting sales\"")).isEmpty();
        assertThat(ids(user, SearchType.MESSAGES, "\"thanks for\" \"call about\"")).containsExactly(acquisition.id());
        assertThat(ids(user, SearchType.MESSAGES, "\"head of sal\"")).as("a phrase has whole words").isEmpty();
        assertThat(ids(user, SearchType.CONTACTS, "head -vice")).isEmpty();
        assertThat(ids(user, SearchType.CONTACTS, "jana -\"vice president\"")).isEmpty();
        assertThat(ids(user, SearchType.MESSAGES, "the -muller")).containsExactly(francois.id());
        assertThat(ids(user, SearchType.MESSAGES, "of")).as("short and stop words too; whole words first")
                .containsExactly(sales.id(), acquisition.id(), francois.id());
        assertThat(ids(user, SearchType.MESSAGES, "+acq* (muller) ~<söhne> @"))
                .as("operators are separators").containsExactly(acquisition.id());
        assertThat(ids(user, SearchType.MESSAGES, "e-mail")).containsExactly(sales.id());
        assertThat(ids(user, SearchType.MESSAGES, "jana@example")).containsExactly(sales.id());
        assertThat(ids(user, SearchType.MESSAGES, "\"head of")).as("an unbalanced quote").containsExactly(sales.id());
        assertThat(ids(user, SearchType.MESSAGES, "<b>")).as("markup is text").containsExactly(francois.id());
        assertThat(ids(user, SearchType.CONTACTS, "globex cto")).containsExactly(other.id());
        assertThat(ids(user, SearchType.CONTACTS, "nobody")).isEmpty();
    }

    @Test
    void findsPhrasesInOlderRowsAndInLongTexts() {
        Conversation chat = conversation(user, "Plans", T0.plusSeconds(100));
        StringBuilder many = new StringBuilder("call me next week ");
        for (int i = 0; many.length() < 9_950; i++) {
            many.append((char) ('a' + i % 26)).append(i / 26).append(' ');
        }
        Message longOne = message(chat, 1, many.append("head of sales").toString());
        Message older = message(chat, 2, "Next week: the head of sales in Köln");
        Message apart = message(chat, 3, "Week by week, the next steps with the head of our sales team");
        message(chat, 4, "hallo");
        message(chat, 5, "hallo");

        assertThat(ids(user, SearchType.MESSAGES, "\"next week\"")).containsExactly(older.id(), longOne.id());
        assertThat(ids(user, SearchType.MESSAGES, "\"head of sales\"")).containsExactly(older.id(), longOne.id());
        assertThat(ids(user, SearchType.MESSAGES, "\"week the head\"")).containsExactly(older.id());
        assertThat(ids(user, SearchType.MESSAGES, "\"next week by\"")).as("one pair of two").isEmpty();
        assertThat(ids(user, SearchType.MESSAGES, "\"of sales\" \"next week\" koln")).containsExactly(older.id());
        assertThat(ids(user, SearchType.MESSAGES, "next week")).containsExactly(apart.id(), older.id(), longOne.id());
        assertThat(ids(user, SearchType.MESSAGES, "\"sales in\"")).containsExactly(older.id());
    }

    @Test
    void findsRowsWrittenAfterAnEarlierSearchAtOnce() {
        Conversation chat = conversation(user, "Offers", T0.plusSeconds(300));
        Message first = message(chat, 100, "Das Angebot kommt morgen");
        message(chat, 101, "hallo");
        message(chat, 102, "hallo");
        assertThat(ids(user, SearchType.MESSAGES, "angebot")).containsExactly(first.id());
        Contact jan = contact(user, card("Jan", "Angebotsmann", null, null), Optional.of(T0.plusSeconds(50)));
        assertThat(ids(user, SearchType.CONTACTS, "angebot")).containsExactly(jan.id());

        Message newer = message(chat, 200, "Neues Angebot");
        Message newest = message(chat, 201, "hallo, das Angebot");
        Message older = message(chat, 1, "Altes Angebot");
        Contact newerContact = contact(user, card("Ina", "Angebot", null, null), Optional.of(T0.plusSeconds(90)));
        Contact olderContact = contact(user, card("Ole", "Angebot", null, null), Optional.of(T0.plusSeconds(10)));

        assertThat(ids(user, SearchType.MESSAGES, "angebot"))
                .containsExactly(newest.id(), newer.id(), first.id(), older.id());
        assertThat(ids(user, SearchType.CONTACTS, "angebot"))
                .containsExactlyInAnyOrder(jan.id(), newerContact.id(), olderContact.id());
        assertThat(paged(SearchType.MESSAGES, "angebot", SearchFilters.NONE, 1)).extracting(c -> c.position().id())
                .containsExactly(newest.id(), newer.id(), first.id(), older.id());
    }

    @Test
    void findsWordsLongerThanAnIndexCanHoldByTheirStart() {
        String long90 = "abcdefghij".repeat(9);
        Conversation chat = conversation(user, "Ids", T0.plusSeconds(100));
        Message older = message(chat, 1, "Ticket " + long90 + " done");
        message(chat, 4, "hallo");
        message(chat, 5, "hallo");
        String long80 = "Klmnopqrst".repeat(8);
        Contact company = contact(user, card("Jana", "Weber", null, long80), Optional.of(T0.plusSeconds(1)));
        Contact name = contact(user, card(long80, "Weber", null, "Acme"), Optional.of(T0.plusSeconds(2)));
        contact(user, card("Hallo", "Eins", null, "Acme"), Optional.of(T0.plusSeconds(10)));
        contact(user, card("Hallo", "Zwei", null, "Acme"), Optional.of(T0.plusSeconds(11)));

        assertThat(ids(user, SearchType.MESSAGES, "abcdefghijab")).containsExactly(older.id());
        assertThat(ids(user, SearchType.MESSAGES, long90)).as("the whole word").containsExactly(older.id());
        assertThat(ids(user, SearchType.MESSAGES, long90.substring(0, 75))).containsExactly(older.id());
        assertThat(ids(user, SearchType.CONTACTS, "klmnop")).containsExactly(name.id(), company.id());
        assertThat(ids(user, SearchType.CONTACTS, "\"" + long80 + " weber\"")).containsExactly(name.id());
    }

    @Test
    void onlyTheUsersItemsFilteredAndNewestFirstAfterAPosition() {
        UserId stranger = LinkedInMother.aUser();
        Conversation theirs = conversation(stranger, "Angebot", T0);
        message(theirs, 0, "angebot angebot");
        contact(stranger, LinkedInMother.card("Angela", "Angebot", "Acme", "CEO", "Köln"), Optional.empty());

        Conversation tagged = conversation(user, "Angebot", T0.plusSeconds(10));
        Conversation untagged = conversation(user, null, T0.plusSeconds(20));
        ItemId tag = ItemId.random();
        conversations().setLabels(user, tagged.id(), new LabelIds(List.of(tag), List.of()));
        List<Message> five = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            five.add(message(i < 3 ? tagged : untagged, i < 4 ? 30 : 40, "Angebot Nummer " + i));
        }
        Contact seen = contact(user, LinkedInMother.card("Angebot", "Seen", "Acme", "CEO", "Köln"),
                Optional.of(T0.plusSeconds(35)));
        Contact never = contact(user, LinkedInMother.card("Angebot", "Never", "Acme", "CEO", "Köln"),
                Optional.empty());
        ItemId category = ItemId.random();
        contacts().setLabels(user, never.id(), new LabelIds(List.of(), List.of(category)));

        assertThat(ids(stranger, SearchType.MESSAGES, "nummer")).isEmpty();
        assertThat(ids(user, SearchType.CONVERSATIONS, "angebot")).containsExactly(tagged.id());
        assertThat(ids(user, SearchType.CONTACTS, "angebot")).containsExactly(seen.id(), never.id());
        assertThat(ids(user, SearchType.CONTACTS, "angebot",
                new SearchFilters(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(category))))
                .containsExactly(never.id());
        assertThat(ids(user, SearchType.MESSAGES, "angebot",
                new SearchFilters(Optional.empty(), Optional.empty(), Optional.of(tag), Optional.empty())))
                .containsExactlyInAnyOrder(five.get(0).id(), five.get(1).id(), five.get(2).id());
        assertThat(ids(user, SearchType.MESSAGES, "angebot", new SearchFilters(Optional.of(T0.plusSeconds(40)),
                Optional.empty(), Optional.empty(), Optional.empty()))).containsExactly(five.get(4).id());
        assertThat(ids(user, SearchType.MESSAGES, "angebot", new SearchFilters(Optional.empty(),
                Optional.of(T0.plusSeconds(40)), Optional.empty(), Optional.empty()))).hasSize(4);

        assertThat(ids(user, SearchType.CONTACTS, "angebot", new SearchFilters(Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), new ContactFilters(Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(true), Optional.empty(), Optional.empty()), ConversationFilters.NONE)))
                .containsExactly(seen.id());
        assertThat(ids(user, SearchType.CONTACTS, "angebot", new SearchFilters(Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), new ContactFilters(Optional.of("ACME"), Optional.of("ceo"),
                Optional.of("koln"), Optional.empty(), Optional.empty(), Optional.of(false)),
                ConversationFilters.NONE))).containsExactly(seen.id(), never.id());
        SearchFilters unanswered = new SearchFilters(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), ContactFilters.NONE, new ConversationFilters(Optional.of(false), Optional.of(true),
                Optional.of(false)));
        assertThat(ids(user, SearchType.MESSAGES, "angebot", unanswered)).hasSize(5);
        assertThat(ids(user, SearchType.CONVERSATIONS, "angebot", unanswered)).containsExactly(tagged.id());
        assertThat(ids(user, SearchType.MESSAGES, "angebot", new SearchFilters(Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), ContactFilters.NONE, new ConversationFilters(Optional.of(true),
                Optional.empty(), Optional.empty())))).isEmpty();

        List<SearchCandidate> all = search().find(user, SearchType.MESSAGES, SearchQuery.parse("angebot"),
                SearchFilters.NONE, Optional.empty(), 50);
        assertThat(all).extracting(SearchCandidate::position).isSorted();
        assertThat(all.getFirst().position().id()).isEqualTo(five.get(4).id());
        assertThat(all.getFirst().conversationId()).contains(untagged.id());
        assertThat(all.getFirst().fields()).containsEntry("text", "Angebot Nummer 4");
        SearchPosition second = all.get(1).position();
        assertThat(search().find(user, SearchType.MESSAGES, SearchQuery.parse("angebot"), SearchFilters.NONE,
                Optional.of(second), 50)).containsExactlyElementsOf(all.subList(2, all.size()));
        assertThat(search().find(user, SearchType.MESSAGES, SearchQuery.parse("angebot"), SearchFilters.NONE,
                Optional.of(second), 1)).containsExactly(all.get(2));
        assertThat(search().find(user, SearchType.CONTACTS, SearchQuery.parse("angebot"), SearchFilters.NONE,
                Optional.of(second), 50)).as("contacts (name matches) rank above every message").isEmpty();
        SearchPosition seenAt = search().find(user, SearchType.CONTACTS, SearchQuery.parse("angebot"),
                SearchFilters.NONE, Optional.empty(), 1).getFirst().position();
        List<SearchCandidate> afterSeen = search().find(user, SearchType.CONTACTS, SearchQuery.parse("angebot"),
                SearchFilters.NONE, Optional.of(seenAt), 50);
        assertThat(afterSeen).extracting(c -> c.position().id()).containsExactly(never.id());
        assertThat(afterSeen.getFirst().fields()).containsEntry("name", "Angebot Never")
                .containsEntry("company", "Acme").containsEntry("position", "CEO");
    }
    @Test
    void answersOverYearsOfHistoryAsScoringEveryRowWould() {
        // words common alone and rarer together, prefixes, phrases and names over 40 months: every way a store
        // may take through the older rows (a month at a time, by score, by name) must give the full ranking
        String[] vocabulary = {"proposal", "pricing", "proposals", "next", "week", "angebot", "angebotsrunde",
                "budget", "müller", "müllerstraße", "demo", "vertrag"};
        java.util.Random random = new java.util.Random(20261202L);
        Conversation chat = conversation(user, "Verlauf", T0);
        List<Message> history = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 2 + random.nextInt(4); w++) {
                text.append(vocabulary[random.nextInt(vocabulary.length)]).append(' ');
            }
            Message message = LinkedInMother.message(chat, jana, false,
                    T0.minusSeconds(random.nextLong(40L * 30 * 86_400)), text.toString().strip());
            history.add(message);
        }
        // and one from long before the rest: years without a message in between
        history.add(LinkedInMother.message(chat, jana, false, Instant.parse("2004-02-29T12:00:00Z"),
                "Proposal: pricing for next week"));
        messages().insert(history);
        List<Contact> people = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Contact person = contact(user, LinkedInMother.profileUrn(),
                    card(vocabulary[random.nextInt(vocabulary.length)], vocabulary[random.nextInt(vocabulary.length)],
                            vocabulary[random.nextInt(vocabulary.length)], null),
                    T0, Optional.of(T0.minusSeconds(random.nextLong(40L * 30 * 86_400))));
            people.add(person);
        }

        for (String text : List.of("proposal pricing", "\"next week\"", "prop", "angebot", "müller",
                "proposal pricing next week", "budget -demo", "vertrag angebot", "vertrag angebot pr",
                "pr next budg")) {
            SearchQuery query = SearchQuery.parse(text);
            List<SearchPosition> messagesExpected = history.stream()
                    .filter(m -> query.matches(SearchText.of(m.text())))
                    .map(m -> new SearchPosition(SearchScore.of(SearchType.MESSAGES, "", SearchText.of(m.text()),
                            query), m.sentAt(), SearchType.MESSAGES, m.id())).sorted().toList();
            List<SearchPosition> contactsExpected = people.stream()
                    .filter(c -> query.matches(SearchText.of(c.card().firstName(), c.card().lastName(),
                            c.card().headline().orElse(null))))
                    .map(c -> new SearchPosition(SearchScore.of(SearchType.CONTACTS,
                            SearchText.of(c.card().firstName(), c.card().lastName()),
                            SearchText.of(c.card().firstName(), c.card().lastName(), c.card().headline().orElse(null)),
                            query), c.activity().lastOutboundAt().orElseThrow(), SearchType.CONTACTS, c.id()))
                    .sorted().toList();
            for (int size : List.of(1, 3, 7, 200)) {
                assertThat(paged(SearchType.MESSAGES, text, SearchFilters.NONE, size))
                        .extracting(SearchCandidate::position).as("messages, " + text + ", pages of " + size)
                        .containsExactlyElementsOf(messagesExpected);
                assertThat(paged(SearchType.CONTACTS, text, SearchFilters.NONE, size))
                        .extracting(SearchCandidate::position).as("contacts, " + text + ", pages of " + size)
                        .containsExactlyElementsOf(contactsExpected);
            }
        }
        assertThat(paged(SearchType.MESSAGES, "proposal pricing", SearchFilters.NONE, 3))
                .as("the history has matches to find").hasSizeGreaterThan(3);
        // whole words and long word starts read together, a short start on its own (TokenProbe on H2): both met
        assertThat(paged(SearchType.MESSAGES, "vertrag angebot pr", SearchFilters.NONE, 3)).isNotEmpty();
        assertThat(paged(SearchType.MESSAGES, "pr next budg", SearchFilters.NONE, 3)).isNotEmpty();
        assertThat(paged(SearchType.CONTACTS, "pr next budg", SearchFilters.NONE, 3)).isNotEmpty();
    }

    @Test
    void ranksByWhereAndHowWellItMatchedThenNewestAndPagesInThatOrder() {
        Conversation chat = conversation(user, "Angebot Q1", T0.plusSeconds(50));
        Conversation round = conversation(user, "Angebotsrunde", T0.plusSeconds(60));
        Message prefixOnly = message(chat, 40, "Die Angebotsnummer folgt");
        Message whole = message(chat, 30, "Hier das Angebot");
        Message wholeOlder = message(round, 20, "Angebot anbei");
        Message withBudget = message(chat, 10, "Angebot und Budget fürs Quartal");
        Message budgetPrefix = message(chat, 45, "Angebot und Budgetplanung");
        Contact byName = contact(user, LinkedInMother.profileUrn(), card("Angela", "Angebot", null, "Globex"),
                T0, Optional.of(T0));
        Contact byNamePrefix = contact(user, LinkedInMother.profileUrn(), card("Angebotina", "Berg", null, null),
                T0, Optional.empty());
        Contact byCompany = contact(user, LinkedInMother.profileUrn(), card("Max", "Weber", null, "Angebot GmbH"),
                T0, Optional.of(T0.plusSeconds(90)));
        Contact byHeadlinePrefix = contact(user, LinkedInMother.profileUrn(),
                card("Jana", "Roth", "Angebotsmanagement", null), T0, Optional.of(T0.plusSeconds(100)));

        List<SearchCandidate> messages = paged(SearchType.MESSAGES, "angebot", SearchFilters.NONE, 50);
        assertThat(messages).extracting(c -> c.position().id()).as("whole words first, then newest first")
                .containsExactly(budgetPrefix.id(), whole.id(), wholeOlder.id(), withBudget.id(), prefixOnly.id());
        assertThat(messages).extracting(c -> c.position().score()).containsExactly(102, 102, 102, 102, 101);
        assertThat(ids(user, SearchType.MESSAGES, "angebot budget")).as("more whole words first")
                .containsExactly(withBudget.id(), budgetPrefix.id());
        assertThat(search().find(user, SearchType.MESSAGES, SearchQuery.parse("angebot budget"), SearchFilters.NONE,
                Optional.empty(), 50)).extracting(c -> c.position().score()).containsExactly(104, 103);
        assertThat(search().find(user, SearchType.MESSAGES, SearchQuery.parse("\"das angebot\""),
                SearchFilters.NONE, Optional.empty(), 50)).extracting(c -> c.position().score()).containsExactly(102);
        assertThat(ids(user, SearchType.CONVERSATIONS, "angebot")).containsExactly(chat.id(), round.id());

        List<SearchCandidate> contactsFound = paged(SearchType.CONTACTS, "angebot", SearchFilters.NONE, 50);
        assertThat(contactsFound).extracting(c -> c.position().id()).as("name, then headline/company/position")
                .containsExactly(byName.id(), byNamePrefix.id(), byCompany.id(), byHeadlinePrefix.id());
        assertThat(contactsFound).extracting(c -> c.position().score()).containsExactly(402, 401, 302, 301);

        for (SearchType type : SearchType.values()) {
            List<SearchCandidate> all = paged(type, "angebot", SearchFilters.NONE, 50);
            assertThat(paged(type, "angebot", SearchFilters.NONE, 1)).as("page by page, " + type)
                    .containsExactlyElementsOf(all);
            assertThat(paged(type, "angebot", SearchFilters.NONE, 2)).containsExactlyElementsOf(all);
            for (SearchCandidate found : all) {
                String name = type == SearchType.CONTACTS ? SearchText.of(found.fields().get("name")) : "";
                assertThat(found.position().score()).as("the documented score of " + found.fields())
                        .isEqualTo(SearchScore.of(type, name,
                                SearchText.of(found.fields().values().toArray(String[]::new)),
                                SearchQuery.parse("angebot")));
            }
        }
    }

    @Test
    void takesTheContactListsTimeBoundsAndTheConversationsParticipant() {
        Contact early = contact(user, jana, card("Jana", "Angebot", null, null), T0.minusSeconds(864_000),
                Optional.of(T0.plusSeconds(10)));
        Contact late = contact(user, LinkedInMother.profileUrn(), card("Max", "Angebot", null, null),
                T0.minusSeconds(86_400), Optional.empty());
        Urn max = late.urn();
        Conversation withJana = conversation(user, "Angebot", T0.plusSeconds(10), jana);
        Conversation withMax = conversation(user, "Angebot", T0.plusSeconds(20), max);
        Message toJana = message(withJana, 5, "Angebot für Jana");
        message(withMax, 6, "Angebot für Max");
        Instant fiveDaysAgo = T0.minusSeconds(432_000);

        assertThat(ids(user, SearchType.CONTACTS, "angebot", contactsOnly(new ContactFilters(Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(fiveDaysAgo), Optional.empty(), Optional.empty(), Optional.empty()))))
                .containsExactly(late.id());
        assertThat(ids(user, SearchType.CONTACTS, "angebot", contactsOnly(new ContactFilters(Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(fiveDaysAgo), Optional.empty(), Optional.empty()))))
                .containsExactly(early.id());
        assertThat(ids(user, SearchType.CONTACTS, "angebot", contactsOnly(new ContactFilters(Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(T0), Optional.empty()))))
                .containsExactly(early.id());
        assertThat(ids(user, SearchType.CONTACTS, "angebot", contactsOnly(new ContactFilters(Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(T0.plusSeconds(100))))))
                .as("never written with: no last contact to be before").containsExactly(early.id());
        assertThat(ids(user, SearchType.CONTACTS, "angebot", contactsOnly(new ContactFilters(Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(T0.plusSeconds(10)))))).isEmpty();

        SearchFilters jana = conversationsOnly(new ConversationFilters(Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(early.id())));
        assertThat(ids(user, SearchType.CONVERSATIONS, "angebot", jana)).containsExactly(withJana.id());
        assertThat(ids(user, SearchType.MESSAGES, "angebot", jana)).containsExactly(toJana.id());
        SearchFilters nobody = conversationsOnly(new ConversationFilters(Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(ItemId.random())));
        assertThat(ids(user, SearchType.CONVERSATIONS, "angebot", nobody)).isEmpty();
        assertThat(ids(user, SearchType.MESSAGES, "angebot", nobody)).isEmpty();
        UserId stranger = LinkedInMother.aUser();
        assertThat(ids(stranger, SearchType.MESSAGES, "angebot", jana)).as("another user's contact").isEmpty();
    }
}
