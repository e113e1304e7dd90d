package io.cockpit.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;

import static io.cockpit.bootstrap.e2e.LinkedInData.chats;
import static io.cockpit.bootstrap.e2e.LinkedInData.contact;
import static io.cockpit.bootstrap.e2e.LinkedInData.contacts;
import static io.cockpit.bootstrap.e2e.LinkedInData.conversation;
import static io.cockpit.bootstrap.e2e.LinkedInData.message;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * LinkedIn data end to end: the client's sync (per item results, versions, deletion markers, idempotent retries,
 * parallel batches), the contact list, lookup and changes, conversations and messages, forgetting a contact, and
 * that another user's items are 404 everywhere.
 */
abstract class LinkedInScenarios extends Scenarios {

    private static final String PROFILE = "/v1/me/linkedin/profile";
    private static final String CONTACT_SYNC = "/v1/me/linkedin/contacts";
    private static final String CHAT_SYNC = "/v1/me/linkedin/conversations";

    private final Instant t = Instant.now().truncatedTo(ChronoUnit.MILLIS).minus(Duration.ofHours(2));

    /** A signed-in user whose own profile is synced; {@code me} is its URN. */
    private record Seller(Users.SignedIn user, String me) {
        ApiClient api() {
            return user.api();
        }
    }

    private Seller seller() {
        Users.SignedIn user = Users.signedIn(cockpit);
        String me = LinkedInData.profileUrn();
        ApiResponse synced = user.api().put(PROFILE, LinkedInData.profile(me, "Sam", "Seller", t), null);
        assertThat(synced.status()).as(synced.toString()).isEqualTo(200);
        return new Seller(user, me);
    }

    private static JsonNode ok(ApiResponse response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private static List<String> results(JsonNode outcomes) {
        List<String> results = new ArrayList<>();
        outcomes.forEach(o -> results.add(o.path("result").asText()
                + (o.path("problem").isNull() ? "" : " " + o.path("problem").path("code").asText())));
        return results;
    }

    private static List<String> names(JsonNode page) {
        List<String> names = new ArrayList<>();
        page.path("items").forEach(c -> names.add(c.path("firstName").asText()));
        return names;
    }

    @Test
    void theClientSyncsAndTheUserReadsContactsConversationsAndMessages() {
        Seller s = seller();
        String jana = LinkedInData.profileUrn();
        String max = LinkedInData.profileUrn();
        String chat = LinkedInData.conversationUrn();
        String slug = "jana-schmidt-" + jana.hashCode();

        JsonNode synced = ok(s.api().post(CONTACT_SYNC, contacts(List.of(
                contact(jana, "Jana", "Schmidt", "Müller & Söhne", slug, t),
                contact(max, "Max", "Muster", "Beta AG", null, t)), List.of())));
        JsonNode chats = ok(s.api().post(CHAT_SYNC, chats(List.of(conversation(chat, t, s.me(), jana)), List.of(
                message(LinkedInData.messageUrn(), chat, s.me(), t.plusSeconds(1), "Hallo Jana"),
                LinkedInData.withAttachment(message(LinkedInData.messageUrn(), chat, jana, t.plusSeconds(60),
                        "Danke, anbei das Angebot")),
                message(LinkedInData.messageUrn(), chat, max, t.plusSeconds(61), "Ich bin nicht dabei")))));

        assertThat(results(synced.path("contacts"))).containsExactly("created", "created");
        assertThat(results(chats.path("conversations"))).containsExactly("created");
        assertThat(results(chats.path("messages"))).containsExactly("created", "created",
                "rejected linkedin.sender_not_participant");
        JsonNode state = ok(s.api().get("/v1/me/linkedin/sync-state"));
        assertThat(Instant.parse(state.path("messages").path("lastItemAt").asText())).isEqualTo(t.plusSeconds(60));

        JsonNode writtenTo = ok(s.api().get("/v1/me/contacts?writtenTo=true&replied=true"));
        assertThat(names(writtenTo)).containsExactly("Jana");
        JsonNode janaContact = writtenTo.path("items").get(0);
        assertThat(Instant.parse(janaContact.path("lastOutboundAt").asText())).isEqualTo(t.plusSeconds(1));
        assertThat(Instant.parse(janaContact.path("lastInboundAt").asText())).isEqualTo(t.plusSeconds(60));
        assertThat(names(ok(s.api().get("/v1/me/contacts?company=muller")))).containsExactly("Jana");
        assertThat(names(ok(s.api().get("/v1/me/contacts?writtenTo=false")))).containsExactly("Max");
        assertThat(names(ok(s.api().get("/v1/me/contacts?sort=-lastContact&limit=1")))).containsExactly("Jana");
        assertThat(ok(s.api().get("/v1/me/contacts/lookup?profileUrl=http://de.linkedin.com/in/"
                + slug.toUpperCase() + "?trk=x")).path("id").asText()).isEqualTo(janaContact.path("id").asText());

        JsonNode awaiting = ok(s.api().get("/v1/me/conversations?awaitingReply=true&hasAttachments=true&participant="
                + janaContact.path("id").asText()));
        assertThat(awaiting.path("items")).hasSize(1);
        JsonNode theChat = awaiting.path("items").get(0);
        assertThat(theChat.path("messageCount").asInt()).isEqualTo(2);
        assertThat(theChat.path("participants").get(0).path("firstName").asText()).isEqualTo("Jana");
        String messages = "/v1/me/conversations/" + theChat.path("id").asText() + "/messages";
        JsonNode newest = ok(s.api().get(messages + "?limit=1"));
        JsonNode older = ok(s.api().get(messages + "?limit=1&cursor=" + newest.path("nextCursor").asText()));
        JsonNode back = ok(s.api().get(messages + "?direction=newer&cursor=" + older.path("previousCursor").asText()));
        assertThat(newest.path("items").get(0).path("attachments").get(0).path("name").asText()).isEqualTo("Angebot.pdf");
        assertThat(older.path("items").get(0).path("text").asText()).isEqualTo("Hallo Jana");
        assertThat(older.path("nextCursor").isNull()).isTrue();
        assertThat(back.path("items").get(0).path("text").asText()).isEqualTo("Danke, anbei das Angebot");
        assertThat(s.api().get(messages + "?cursor=" + older.path("previousCursor").asText()).code())
                .as("the previous cursor with the direction of its page").isEqualTo("request.invalid_cursor");
        assertThat(s.api().get(messages + "?direction=newer&cursor=" + newest.path("nextCursor").asText()).code())
                .as("the next cursor with the other direction").isEqualTo("request.invalid_cursor");

        ApiResponse deleted = s.api().delete(messages + "/" + newest.path("items").get(0).path("id").asText());
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(ok(s.api().get("/v1/me/contacts/" + janaContact.path("id").asText())).path("lastInboundAt")
                .isNull()).isTrue();
        assertThat(ok(s.api().get("/v1/me/conversations/" + theChat.path("id").asText())).path("awaitingReply")
                .asBoolean()).isFalse();
    }

    @Test
    void retriesAreIdempotentAndVersionsDecide() {
        Seller s = seller();
        String jana = LinkedInData.profileUrn();
        String body = contacts(List.of(contact(jana, "Jana", "Schmidt", "Acme", null, t)), List.of());

        ApiResponse first = s.api().post(CONTACT_SYNC, body, Map.of("Idempotency-Key", "sync-" + jana.hashCode()));
        ApiResponse retry = s.api().post(CONTACT_SYNC, body, Map.of("Idempotency-Key", "sync-" + jana.hashCode()));
        ApiResponse reused = s.api().post(CONTACT_SYNC, contacts(List.of(contact(jana, "Jana", "Other", "Acme", null,
                t)), List.of()), Map.of("Idempotency-Key", "sync-" + jana.hashCode()));
        JsonNode older = ok(s.api().post(CONTACT_SYNC, contacts(List.of(contact(jana, "Old", "Name", "Acme", null,
                t.minusSeconds(10))), List.of())));
        JsonNode deletion = ok(s.api().post(CONTACT_SYNC, contacts(List.of(),
                List.of(LinkedInData.deletion(jana, t.plusSeconds(5))))));
        JsonNode afterDeletion = ok(s.api().post(CONTACT_SYNC, contacts(List.of(contact(jana, "Jana", "Schmidt",
                "Acme", null, t.plusSeconds(1))), List.of())));

        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.header("Idempotent-Replayed")).contains("true");
        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.code()).isEqualTo("idempotency.key_reused");
        assertThat(results(older.path("contacts"))).containsExactly("unchanged");
        assertThat(results(deletion.path("deletedContacts"))).containsExactly("updated");
        assertThat(results(afterDeletion.path("contacts"))).containsExactly("unchanged");
        assertThat(ok(s.api().get("/v1/me/contacts")).path("items")).isEmpty();
    }

    @Test
    void theUserLabelsAndNotesAContactOnTheVersionTheySaw() {
        Seller s = seller();
        String jana = LinkedInData.profileUrn();
        String id = ok(s.api().post(CONTACT_SYNC, contacts(List.of(contact(jana, "Jana", "Schmidt", "Acme", null, t)),
                List.of()))).path("contacts").get(0).path("id").asText();
        String tag = s.api().post("/v1/me/tags", "{\"name\":\"Hot\",\"colour\":\"#FF0000\"}").json().path("id").asText();
        String path = "/v1/me/contacts/" + id;
        String etag = s.api().get(path).header("ETag").orElseThrow();

        ApiResponse changed = s.api().send("PATCH", path, "{\"tags\":[\"" + tag + "\"],\"note\":\"Anrufen\"}",
                Map.of("Content-Type", "application/merge-patch+json", "If-Match", etag));
        ApiResponse stale = s.api().send("PATCH", path, "{\"doNotContact\":true}",
                Map.of("Content-Type", "application/merge-patch+json", "If-Match", etag));
        ApiResponse foreignTag = s.api().patch(path, "{\"categories\":[\"" + tag + "\"]}");

        assertThat(ok(changed).path("tags")).hasSize(1);
        assertThat(changed.json().path("note").asText()).isEqualTo("Anrufen");
        assertThat(changed.header("ETag")).isPresent().isNotEqualTo(java.util.Optional.of(etag));
        assertThat(stale.status()).isEqualTo(412);
        assertThat(foreignTag.status()).isEqualTo(422);
        assertThat(foreignTag.code()).isEqualTo("label.unknown");
        assertThat(names(ok(s.api().get("/v1/me/contacts?tag=" + tag)))).containsExactly("Jana");

        s.api().delete("/v1/me/tags/" + tag);
        assertThat(ok(s.api().get(path)).path("tags")).isEmpty();
        assertThat(ok(s.api().patch(path, "{\"note\":\"\"}")).path("note").isNull()).isTrue();
        assertThat(ok(s.api().patch(path, "{\"doNotContact\":null,\"tags\":null}")).path("doNotContact").asBoolean())
                .as("null stays as it is").isFalse();
    }

    @Test
    void aTagDeletedWhileItIsPutOnAContactIsOnItNeverAfterwards() {
        Seller s = seller();
        String id = ok(s.api().post(CONTACT_SYNC, contacts(List.of(contact(LinkedInData.profileUrn(), "Jana",
                "Schmidt", "Acme", null, t)), List.of()))).path("contacts").get(0).path("id").asText();
        String path = "/v1/me/contacts/" + id;
        String category = s.api().post("/v1/me/categories", "{\"name\":\"Kunde\",\"colour\":\"#00FF00\",\"priority\":5}").json()
                .path("id").asText();
        for (int round = 0; round < 10; round++) {
            String tag = s.api().post("/v1/me/tags", "{\"name\":\"Hot " + round + "\",\"colour\":\"#FF0000\"}").json()
                    .path("id").asText();

            List<ApiResponse> answers = AtOnce.send(9, n -> switch (n) {
                case 0 -> s.api().delete("/v1/me/tags/" + tag);
                case 1, 2 -> s.api().patch(path, "{\"categories\":[\"" + category + "\"]}");
                default -> s.api().patch(path, "{\"tags\":[\"" + tag + "\"]}");
            });

            assertThat(answers.get(0).status()).as(answers.get(0).toString()).isEqualTo(204);
            assertThat(answers.subList(1, 9)).allSatisfy(answer -> assertThat(answer.status()).as(answer.toString())
                    .isIn(200, 422));
            assertThat(ok(s.api().get(path)).path("tags")).as("round " + round).isEmpty();
            assertThat(ok(s.api().get(path)).path("categories")).hasSize(1);
        }
    }

    @Test
    void aForgottenContactStaysGoneUntilTheUserLiftsTheSuppression() {
        Seller s = seller();
        String jana = LinkedInData.profileUrn();
        String chat = LinkedInData.conversationUrn();
        String janaContact = contact(jana, "Jana", "Schmidt", "Acme", "jana-forgotten-" + jana.hashCode(), t);
        String id = ok(s.api().post(CONTACT_SYNC, contacts(List.of(janaContact), List.of()))).path("contacts").get(0)
                .path("id").asText();
        ok(s.api().post(CHAT_SYNC, chats(List.of(conversation(chat, t, jana)),
                List.of(message(LinkedInData.messageUrn(), chat, jana, t, "Hallo")))));
        String template = s.api().post("/v1/me/templates", "{\"name\":\"Intro\",\"body\":\"Hallo {{firstName}} von "
                + "{{company}}, {{myFirstName}}\"}").json().path("id").asText();
        assertThat(ok(s.api().post("/v1/me/templates/" + template + "/preview", "{\"contactId\":\"" + id + "\"}"))
                .path("text").asText()).isEqualTo("Hallo Jana von Acme, Sam");

        assertThat(s.api().delete("/v1/me/contacts/" + id).status()).isEqualTo(204);

        assertThat(s.api().get("/v1/me/contacts/" + id).status()).isEqualTo(404);
        assertThat(ok(s.api().get("/v1/me/conversations")).path("items")).isEmpty();
        JsonNode suppressions = ok(s.api().get("/v1/me/suppressions"));
        assertThat(suppressions.path("items")).hasSize(1);
        assertThat(suppressions.path("items").get(0).path("maskedUrl").asText()).startsWith("linkedin.com/in/ja…")
                .doesNotContain("forgotten");
        assertThat(results(ok(s.api().post(CONTACT_SYNC, contacts(List.of(janaContact), List.of()))).path("contacts")))
                .containsExactly("rejected linkedin.contact_suppressed");
        assertThat(s.api().post("/v1/me/templates/" + template + "/preview", "{\"contactId\":\"" + id + "\"}").code())
                .isEqualTo("contact.not_found");

        String suppression = suppressions.path("items").get(0).path("id").asText();
        assertThat(s.api().delete("/v1/me/suppressions/" + suppression).status()).isEqualTo(204);
        assertThat(s.api().delete("/v1/me/suppressions/" + suppression).status()).isEqualTo(404);
        assertThat(results(ok(s.api().post(CONTACT_SYNC, contacts(List.of(janaContact), List.of()))).path("contacts")))
                .containsExactly("created");
    }

    private static String search(String query) {
        return "/v1/me/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    @Test
    void searchFindsOnlyTheUsersOwnItemsWithSnippetsAndOddTextsAreNever500() {
        Seller s = seller();
        Seller other = seller();
        String jana = LinkedInData.profileUrn();
        String chat = LinkedInData.conversationUrn();
        ok(s.api().post(CONTACT_SYNC, contacts(List.of(contact(jana, "Jana", "Schmidt", "Müller & Söhne",
                "jana-search-" + jana.hashCode(), t)), List.of())));
        JsonNode synced = ok(s.api().post(CHAT_SYNC, chats(List.of(conversation(chat, t, s.me(), jana)), List.of(
                message(LinkedInData.messageUrn(), chat, s.me(), t.plusSeconds(1),
                        "Thanks for the call about the acquisition <script>"),
                message(LinkedInData.messageUrn(), chat, jana, t.plusSeconds(2), "François schickt das Angebot")))));
        String conversationId = synced.path("conversations").get(0).path("id").asText();

        JsonNode muller = ok(s.api().get(search("MULLER")));
        assertThat(muller.path("items")).hasSize(1);
        assertThat(muller.path("items").get(0).path("type").asText()).isEqualTo("contacts");
        assertThat(muller.path("items").get(0).path("matchedField").asText()).isEqualTo("headline");
        assertThat(muller.path("items").get(0).path("snippet").asText())
                .isEqualTo("<mark>Müller</mark> &amp; Söhne sales");
        JsonNode acq = ok(s.api().get(search("acq") + "&types=messages,conversations"));
        assertThat(acq.path("items")).hasSize(1);
        assertThat(acq.path("items").get(0).path("conversationId").asText()).isEqualTo(conversationId);
        assertThat(acq.path("items").get(0).path("snippet").asText())
                .isEqualTo("Thanks for the call about the <mark>acquisition</mark> &lt;script&gt;");
        assertThat(ok(s.api().get(search("francois -angebot"))).path("items")).isEmpty();
        assertThat(ok(s.api().get(search("\"schickt das\" francois"))).path("items").get(0).path("snippet")
                .asText()).isEqualTo("<mark>François</mark> <mark>schickt das</mark> Angebot");
        assertThat(ok(other.api().get(search("acquisition"))).path("items")).as("another user's data").isEmpty();
        assertThat(ok(other.api().get(search("jana"))).path("items")).isEmpty();

        JsonNode first = ok(s.api().get(search("a") + "&limit=1"));
        JsonNode second = ok(s.api().get(search("a") + "&limit=1&cursor=" + first.path("nextCursor").asText()));
        assertThat(first.path("items").get(0).path("snippet").asText()).startsWith("François");
        assertThat(second.path("items").get(0).path("snippet").asText()).startsWith("Thanks");
        String cursor = first.path("nextCursor").asText();
        assertThat(s.api().get(search("b") + "&limit=1&cursor=" + cursor).code()).as("another query")
                .isEqualTo("request.invalid_cursor");
        assertThat(s.api().get("/v1/me/conversations?cursor=" + cursor).code()).as("another list")
                .isEqualTo("request.invalid_cursor");
        assertThat(other.api().get(search("a") + "&limit=1&cursor=" + cursor).code()).as("another user")
                .isEqualTo("request.invalid_cursor");
        String altered = (cursor.charAt(0) == 'A' ? "B" : "A") + cursor.substring(1);
        assertThat(s.api().get(search("a") + "&limit=1&cursor=" + altered).code()).as("altered")
                .isEqualTo("request.invalid_cursor");
        assertThat(ok(s.api().get(search("a") + "&limit=7&cursor=" + cursor)).path("items").get(0).path("snippet")
                .asText()).as("another page size continues the same list").startsWith("Thanks");
        assertThat(ok(s.api().get(search("jana") + "&since=" + t.plusSeconds(2))).path("items"))
                .as("Jana's last contact").hasSize(1);
        assertThat(ok(s.api().get(search("jana") + "&since=" + t.plusSeconds(3))).path("items")).isEmpty();
        JsonNode written = ok(s.api().get(search("s") + "&writtenTo=true&company=muller"));
        assertThat(written.path("items")).as("a contact filter: contacts only").hasSize(1);
        assertThat(written.path("items").get(0).path("type").asText()).isEqualTo("contacts");
        assertThat(ok(s.api().get(search("a") + "&unread=true&awaitingReply=true")).path("items"))
                .as("conversation filters: messages of the unread chat, awaiting the user's reply").hasSize(2);

        JsonNode ranked = ok(s.api().get(search("jana schmidt") + "&types=contacts"));
        assertThat(ranked.path("items").get(0).path("score").asInt()).as("a name match, both words whole")
                .isEqualTo(404);
        JsonNode mixed = ok(s.api().get(search("s")));
        assertThat(mixed.path("items")).extracting(item -> item.path("type").asText()).as("contacts rank first")
                .startsWith("contacts");
        assertThat(mixed.path("items")).extracting(item -> item.path("score").asInt()).isSortedAccordingTo(
                java.util.Comparator.reverseOrder());
        String janaId = ok(s.api().get("/v1/me/contacts")).path("items").get(0).path("id").asText();
        assertThat(ok(s.api().get(search("a") + "&participant=" + janaId)).path("items"))
                .as("messages in conversations with Jana").hasSize(2);
        assertThat(ok(s.api().get(search("a") + "&participant=" + java.util.UUID.randomUUID())).path("items"))
                .isEmpty();
        assertThat(ok(other.api().get(search("a") + "&participant=" + janaId)).path("items")).isEmpty();
        assertThat(ok(s.api().get(search("jana") + "&connectedSince=2100-01-01T00:00:00Z")).path("items"))
                .isEmpty();
        assertThat(ok(s.api().get(search("jana") + "&lastContactAfter=" + t.plusSeconds(2))).path("items"))
                .hasSize(1);
        assertThat(ok(s.api().get(search("jana") + "&lastContactBefore=" + t.plusSeconds(2))).path("items"))
                .isEmpty();

        List<String> odd = List.of("+-><()~*\"@", "\"unbalanced", "the", "*", "@@acq", "((acq", "acq*", "-only",
                "%", "_", "\\", "' OR 1=1 --", "a".repeat(200), "a".repeat(201), "\"\"", "MATCH AGAINST",
                "w ".repeat(17), "🙂", "\u0000");
        for (String text : odd) {
            ApiResponse answer = s.api().get(search(text));
            assertThat(answer.status()).as(text + ": " + answer).isIn(200, 400, 422);
            if (answer.status() != 200) {
                assertThat(answer.json().path("code").asText()).as(text)
                        .isIn("search.query_unusable", "request.validation_failed", "request.malformed",
                                "request.invalid_parameter");
            }
        }
        assertThat(s.api().get(search("")).status()).isIn(400, 422);
        assertThat(s.api().get(search("acq") + "&types=people").status()).isIn(400, 422);
        assertThat(s.api().get(search("acq") + "&cursor=bm90LWEtY3Vyc29y").status()).isEqualTo(400);
    }

    @Test
    void anotherUsersContactsConversationsAndMessagesAre404OnEveryEndpoint() {
        Seller owner = seller();
        Seller other = seller();
        String jana = LinkedInData.profileUrn();
        String chat = LinkedInData.conversationUrn();
        String contactId = ok(owner.api().post(CONTACT_SYNC, contacts(List.of(contact(jana, "Jana", "Schmidt", "Acme",
                "jana-owned-" + jana.hashCode(), t)), List.of()))).path("contacts").get(0).path("id").asText();
        JsonNode synced = ok(owner.api().post(CHAT_SYNC, chats(List.of(conversation(chat, t, jana)),
                List.of(message(LinkedInData.messageUrn(), chat, jana, t, "Hallo")))));
        String conversationId = synced.path("conversations").get(0).path("id").asText();
        String messageId = synced.path("messages").get(0).path("id").asText();
        owner.api().delete("/v1/me/contacts/" + ok(owner.api().post(CONTACT_SYNC, contacts(List.of(contact(
                LinkedInData.profileUrn(), "Gone", "Person", "Acme", null, t)), List.of()))).path("contacts").get(0)
                .path("id").asText());
        String suppressionId = ok(owner.api().get("/v1/me/suppressions")).path("items").get(0).path("id").asText();
        String template = other.api().post("/v1/me/templates", "{\"name\":\"Intro\",\"body\":\"Hallo {{firstName}}\"}")
                .json().path("id").asText();
        String contact = "/v1/me/contacts/" + contactId;
        String conversation = "/v1/me/conversations/" + conversationId;

        List<ApiResponse> answers = List.of(
                other.api().get(contact),
                other.api().patch(contact, "{\"doNotContact\":true}"),
                other.api().delete(contact),
                other.api().get("/v1/me/contacts/lookup?profileUrl=linkedin.com/in/jana-owned-" + jana.hashCode()),
                other.api().get(conversation),
                other.api().patch(conversation, "{\"tags\":[]}"),
                other.api().delete(conversation),
                other.api().get(conversation + "/messages"),
                other.api().delete(conversation + "/messages/" + messageId),
                other.api().delete("/v1/me/suppressions/" + suppressionId),
                other.api().post("/v1/me/templates/" + template + "/preview", "{\"contactId\":\"" + contactId + "\"}"));

        assertThat(answers).allSatisfy(answer -> assertThat(answer.status()).as(answer.toString()).isEqualTo(404));
        assertThat(ok(other.api().get("/v1/me/contacts")).path("items")).isEmpty();
        assertThat(ok(other.api().get("/v1/me/conversations?participant=" + contactId)).path("items")).isEmpty();
        assertThat(ok(owner.api().get(contact)).path("doNotContact").asBoolean()).isFalse();
        assertThat(ok(owner.api().get(conversation + "/messages")).path("items")).hasSize(1);
    }

    @Test
    void badInputIsRefusedWithTheFieldAndTheRestOfABatchIsStored() {
        Seller s = seller();
        Users.SignedIn noProfile = Users.signedIn(cockpit);
        String jana = LinkedInData.profileUrn();
        String chat = LinkedInData.conversationUrn();
        String unknownField = contacts(List.of(contact(jana, "Jana", "Schmidt", "Acme", null, t)
                .replace("\"firstName\"", "\"email\":\"jana@example.com\",\"firstName\"")), List.of());
        String bytes = chats(List.of(conversation(chat, t, jana)), List.of(message(LinkedInData.messageUrn(), chat,
                jana, t, "x").replace("\"text\"", "\"attachments\":[{\"name\":\"a.pdf\",\"mediaType\":"
                + "\"application/pdf\",\"size\":1,\"data\":\"JVBERi0=\"}],\"text\"")));
        List<String> many = IntStream.range(0, 501).mapToObj(i -> LinkedInData.deletion(LinkedInData.profileUrn(), t))
                .toList();

        ApiResponse unknown = s.api().post(CONTACT_SYNC, unknownField);
        ApiResponse withBytes = s.api().post(CHAT_SYNC, bytes);
        ApiResponse tooMany = s.api().post(CONTACT_SYNC, contacts(List.of(), many));
        // with Expect: 100-continue, as a client sending a large body should: the server refuses on the headers
        ApiResponse tooLarge = s.api().sendBytes("POST", CHAT_SYNC, chats(List.of(), List.of(message(
                LinkedInData.messageUrn(), chat, jana, t, "x".repeat(1_100_000)))).getBytes(
                java.nio.charset.StandardCharsets.UTF_8), Map.of("Content-Type", "application/json"), true);
        ApiResponse beforeProfile = noProfile.api().post(CHAT_SYNC, chats(List.of(conversation(chat, t, jana)),
                List.of()));
        JsonNode mixed = ok(s.api().post(CHAT_SYNC, chats(List.of(conversation(chat, t, jana)), List.of(
                message(LinkedInData.messageUrn(), chat, jana, t, "ok"),
                message(LinkedInData.messageUrn(), LinkedInData.conversationUrn(), jana, t, "unknown conversation"),
                message(LinkedInData.messageUrn(), chat, jana, Instant.now().plus(Duration.ofDays(2)), "future")))));
        JsonNode badUrl = ok(s.api().post(CONTACT_SYNC, contacts(List.of(contact(jana, "Jana", "Schmidt", "Acme", null,
                t).replace("\"connectedAt\"", "\"profileUrl\":\"https://example.com/in/jana\",\"connectedAt\"")),
                List.of())));

        ApiResponse yearZero = s.api().post(CONTACT_SYNC, contacts(List.of(contact(jana, "Jana", "Schmidt", "Acme",
                null, t).replaceFirst("\"modifiedAt\":\"[^\"]+\"", "\"modifiedAt\":\"0000-01-01T00:00:00+01:00\"")),
                List.of()));
        ApiResponse hugeSize = s.api().post(CHAT_SYNC, chats(List.of(conversation(chat, t, jana)), List.of(message(
                LinkedInData.messageUrn(), chat, jana, t, "x").replace("\"text\"", "\"attachments\":[{\"name\":"
                + "\"a.pdf\",\"mediaType\":\"application/pdf\",\"size\":9223372036854775808}],\"text\""))));

        assertThat(yearZero.status()).as(yearZero.toString()).isEqualTo(422);
        assertThat(yearZero.errorPointers()).containsExactly("body:/contacts/0/modifiedAt");
        assertThat(yearZero.body()).contains("0001-9999");
        assertThat(hugeSize.status()).as(hugeSize.toString()).isEqualTo(422);
        assertThat(hugeSize.errorPointers()).containsExactly("body:/messages/0/attachments/0/size");
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.errorPointers()).containsExactly("body:/contacts/0/email");
        assertThat(withBytes.errorPointers()).containsExactly("body:/messages/0/attachments/0/data");
        assertThat(tooMany.status()).isEqualTo(422);
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(beforeProfile.status()).isEqualTo(409);
        assertThat(beforeProfile.code()).isEqualTo("linkedin.profile_missing");
        assertThat(results(mixed.path("messages"))).containsExactly("created",
                "rejected linkedin.conversation_unknown", "rejected linkedin.time_in_future");
        assertThat(results(badUrl.path("contacts"))).containsExactly("rejected linkedin.item_invalid");
        assertThat(badUrl.path("contacts").get(0).path("problem").path("detail").asText()).startsWith("profileUrl:");
        assertThat(s.api().get("/v1/me/contacts/lookup?profileUrl=https://example.com/x").errorPointers())
                .containsExactly("query:/profileUrl");
        assertThat(s.api().get("/v1/me/contacts?connectedSince=yesterday").status()).isEqualTo(400);
        assertThat(s.api().get("/v1/me/contacts?lastContactAfter=2016-12-31T23:59:60Z").status())
                .as("a leap second: RFC 3339 allows it, java.time does not").isEqualTo(400);
        assertThat(s.api().get("/v1/me/contacts?sort=newest").status()).isEqualTo(400);
        String nameCursor = ok(s.api().get("/v1/me/contacts?limit=1")).path("nextCursor").asText(null);
        if (nameCursor != null) {
            assertThat(s.api().get("/v1/me/contacts?sort=lastContact&cursor=" + nameCursor).code())
                    .isEqualTo("request.invalid_cursor");
        }
        assertThat(s.api().get("/v1/me/contacts?cursor=bm9wZQ").code()).isEqualTo("request.invalid_cursor");
        assertThat(s.api().put(PROFILE, LinkedInData.profile(LinkedInData.profileUrn(), "Someone", "Else",
                t.plusSeconds(1)), null).code()).isEqualTo("linkedin.profile_mismatch");
    }

    /** Folding lengthens some names (ß is ss, one ligature 18 letters): the batch is stored, sorted and filtered. */
    @Test
    void namesThatFoldingLengthensAreStoredSortedAndFiltered() {
        Seller s = seller();
        String sharp = "ß".repeat(200);
        JsonNode synced = ok(s.api().post(CONTACT_SYNC, contacts(List.of(
                contact(LinkedInData.profileUrn(), sharp, sharp, sharp, null, t),
                contact(LinkedInData.profileUrn(), "\uFDFA".repeat(30), "Ligature", "\uFDFA".repeat(30), null, t),
                contact(LinkedInData.profileUrn(), "Ok", "Fine", "Acme", null, t)), List.of())));

        assertThat(results(synced.path("contacts"))).containsExactly("created", "created", "created");
        List<String> byName = new java.util.ArrayList<>();
        String cursor = "";
        for (int page = 0; page < 3; page++) {
            // the default order, asked for by name on every other page: the same list to the cursor
            JsonNode one = ok(s.api().get("/v1/me/contacts?" + (page == 1 ? "" : "sort=name&") + "limit=1" + cursor));
            byName.add(one.path("items").get(0).path("lastName").asText());
            if (page == 0) {
                assertThat(s.api().get("/v1/me/contacts?sort=-name&limit=1&cursor="
                        + one.path("nextCursor").asText()).code()).isEqualTo("request.invalid_cursor");
            }
            cursor = "&cursor=" + one.path("nextCursor").asText();
        }
        assertThat(byName).containsExactly("Fine", sharp, "Ligature");
        assertThat(ok(s.api().get("/v1/me/contacts?company=" + "ss".repeat(20))).path("items")).hasSize(1);
    }

    /** An emoji is one character to the contract and two UTF-16 units to H2: the longest names fit in both stores. */
    @Test
    void namesOfTheLongestLengthInEmojiAreStoredWithTheRestOfTheBatch() {
        Seller s = seller();
        String emoji = "\uD83D\uDE00".repeat(200);
        JsonNode synced = ok(s.api().post(CONTACT_SYNC, contacts(List.of(
                contact(LinkedInData.profileUrn(), emoji, emoji, emoji, null, t),
                contact(LinkedInData.profileUrn(), "Ok", "Fine", "Acme", null, t)), List.of())));

        assertThat(results(synced.path("contacts"))).containsExactly("created", "created");
        JsonNode listed = ok(s.api().get("/v1/me/contacts?sort=name"));
        assertThat(listed.path("items")).extracting(item -> item.path("lastName").asText())
                .containsExactlyInAnyOrder("Fine", emoji);
    }

    @Test
    void aPageThatEndsAtTheLongestNamesContinuesByItsCursor() {
        Seller s = seller();
        String longest = "名".repeat(200);
        ok(s.api().post(CONTACT_SYNC, contacts(List.of(
                contact(LinkedInData.profileUrn(), longest, longest, "Acme", null, t),
                contact(LinkedInData.profileUrn(), longest, longest, "Beta", null, t.plusSeconds(1))),
                List.of())));

        JsonNode first = ok(s.api().get("/v1/me/contacts?sort=name&limit=1"));
        String cursor = first.path("nextCursor").asText();
        JsonNode second = ok(s.api().get("/v1/me/contacts?sort=name&limit=1&cursor=" + cursor));

        assertThat(cursor.length()).as("two names of 200 three-byte characters").isGreaterThan(1_000);
        assertThat(second.path("items")).hasSize(1);
        assertThat(second.path("items").get(0).path("id").asText())
                .isNotEqualTo(first.path("items").get(0).path("id").asText());
    }

    @Test
    void parallelBatchesOfTheSameItemsNeitherLoseNorDuplicateAnything() throws Exception {
        Seller s = seller();
        List<String> urns = IntStream.range(0, 40).mapToObj(i -> LinkedInData.profileUrn()).toList();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<ApiResponse>> running = new ArrayList<>();
        try {
            for (int round = 1; round <= 6; round++) {
                int version = round;
                Callable<ApiResponse> batch = () -> s.api().post(CONTACT_SYNC, contacts(urns.stream().map(urn ->
                        contact(urn, "Name", "Version" + version, "Acme", null, t.plusSeconds(version))).toList(),
                        List.of()));
                running.add(pool.submit(batch));
            }
            List<JsonNode> answers = new ArrayList<>();
            for (Future<ApiResponse> answer : running) {
                answers.add(ok(answer.get()));
            }

            long created = answers.stream().flatMap(a -> results(a.path("contacts")).stream())
                    .filter("created"::equals).count();
            assertThat(created).isEqualTo(urns.size());
            Set<String> ids = new HashSet<>();
            List<JsonNode> pages = s.api().pages("/v1/me/contacts", 100);
            pages.forEach(page -> page.path("items").forEach(item -> {
                ids.add(item.path("id").asText());
                assertThat(item.path("lastName").asText()).isEqualTo("Version6");
            }));
            assertThat(ids).hasSize(urns.size());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void manyUsersSyncingAtOnceAllLandEachInTheirOwnData() throws Exception {
        // under load nothing is refused or mixed up: the embedded store takes the batches in turns (OneWriterAtATime,
        // whose turns its own test shows), MySQL side by side
        List<Seller> sellers = IntStream.range(0, 4).mapToObj(i -> seller()).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<ApiResponse>> running = new ArrayList<>();
        try {
            for (int batch = 0; batch < 3; batch++) {
                for (int n = 0; n < sellers.size(); n++) {
                    Seller seller = sellers.get(n);
                    String lastName = "Seller" + n;
                    List<String> urns = IntStream.range(0, 100).mapToObj(i -> LinkedInData.profileUrn()).toList();
                    running.add(pool.submit(() -> seller.api().post(CONTACT_SYNC, contacts(urns.stream()
                            .map(urn -> contact(urn, "Name", lastName, "Acme", null, t)).toList(), List.of()))));
                }
            }
            for (Future<ApiResponse> answer : running) {
                assertThat(results(ok(answer.get()).path("contacts"))).hasSize(100).containsOnly("created");
            }
            for (int n = 0; n < sellers.size(); n++) {
                List<JsonNode> pages = sellers.get(n).api().pages("/v1/me/contacts", 100);
                List<String> lastNames = pages.stream().flatMap(page -> StreamSupport.stream(
                        page.path("items").spliterator(), false)).map(item -> item.path("lastName").asText()).toList();
                assertThat(lastNames).hasSize(300).containsOnly("Seller" + n);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
