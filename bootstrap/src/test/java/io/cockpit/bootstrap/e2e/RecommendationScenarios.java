package io.cockpit.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.cockpit.application.testing.Race;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.cockpit.bootstrap.e2e.LinkedInData.chats;
import static io.cockpit.bootstrap.e2e.LinkedInData.contacts;
import static io.cockpit.bootstrap.e2e.LinkedInData.conversation;
import static io.cockpit.bootstrap.e2e.LinkedInData.message;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Who to write next" end to end on synced LinkedIn data: every reason, the contacts left out, the default template,
 * snoozing and dismissing (another user's contact is 404), the objection and the restriction, cadences on
 * categories, and today's progress in the user's time zone.
 */
abstract class RecommendationScenarios extends Scenarios {

    private static final String NEXT = "/v1/me/next-contacts";
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    /** A signed-in user with their own LinkedIn profile synced; {@code me} is its URN. */
    private record Seller(Users.SignedIn user, String me) {
        ApiClient api() {
            return user.api();
        }
    }

    private Seller seller() {
        Users.SignedIn user = Users.signedIn(cockpit);
        String me = LinkedInData.profileUrn();
        ok(user.api().put("/v1/me/linkedin/profile", LinkedInData.profile(me, "Sam", "Seller", now), null));
        return new Seller(user, me);
    }

    private static JsonNode ok(ApiResponse response) {
        assertThat(response.status()).as(response.toString()).isBetween(200, 201);
        return response.json();
    }

    private static String contact(String urn, String first, Instant connectedAt) {
        return "{\"urn\":\"" + urn + "\",\"firstName\":\"" + first + "\",\"lastName\":\"Test\",\"company\":\"Acme\""
                + ",\"connectedAt\":\"" + connectedAt + "\",\"modifiedAt\":\"" + connectedAt + "\"}";
    }

    /** Syncs the contacts and, per contact, a one-to-one chat with its messages (sender, time) in order. */
    private Map<String, String> sync(Seller s, Map<String, Instant> connected, Map<String, List<Sent>> chats) {
        Map<String, String> urns = new LinkedHashMap<>();
        List<String> bodies = new ArrayList<>();
        connected.forEach((name, at) -> {
            String urn = LinkedInData.profileUrn();
            urns.put(name, urn);
            bodies.add(contact(urn, name, at));
        });
        JsonNode synced = ok(s.api().post("/v1/me/linkedin/contacts", contacts(bodies, List.of())));
        Map<String, String> ids = new LinkedHashMap<>();
        int i = 0;
        for (String name : connected.keySet()) {
            ids.put(name, synced.path("contacts").get(i++).path("id").asText());
        }
        List<String> conversations = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        chats.forEach((name, sent) -> {
            String chat = LinkedInData.conversationUrn();
            conversations.add(conversation(chat, now.minus(Duration.ofDays(60)), s.me(), urns.get(name)));
            for (Sent m : sent) {
                String sender = "me".equals(m.who()) ? s.me() : urns.get(name);
                messages.add(message(LinkedInData.messageUrn(), chat, sender, m.at(), "Hallo"));
            }
        });
        if (!conversations.isEmpty()) {
            JsonNode result = ok(s.api().post("/v1/me/linkedin/conversations", chats(conversations, messages)));
            result.path("messages").forEach(m -> assertThat(m.path("result").asText()).isEqualTo("created"));
        }
        return ids;
    }

    /** One message of a chat: who sent it ("me" for the user) and when. */
    private record Sent(String who, Instant at) {
    }

    private static Sent by(String who, Instant at) {
        return new Sent(who, at);
    }

    /** {@code days} calendar days back in Berlin: 24-hour days crossing the end of summer time land a date short. */
    private Instant daysAgo(int days) {
        return now.atZone(BERLIN).minusDays(days).toInstant();
    }

    private static Map<String, List<String>> reasonsByName(JsonNode list) {
        Map<String, List<String>> reasons = new LinkedHashMap<>();
        list.path("items").forEach(item -> {
            List<String> codes = new ArrayList<>();
            item.path("reasons").forEach(r -> codes.add(r.path("code").asText()));
            reasons.put(item.path("contact").path("firstName").asText(), codes);
        });
        return reasons;
    }

    private String category(Seller s, String body) {
        return ok(s.api().post("/v1/me/categories", body)).path("id").asText();
    }

    private void categorise(Seller s, String contactId, String categoryId) {
        ok(s.api().patch("/v1/me/contacts/" + contactId, "{\"categories\":[\"" + categoryId + "\"]}"));
    }

    /** Some time today in Berlin, at least a few seconds before now. */
    private Instant earlierToday() {
        Instant midnight = LocalDate.ofInstant(now, BERLIN).atStartOfDay(BERLIN).toInstant();
        Instant candidate = now.minusSeconds(60);
        return candidate.isBefore(midnight) ? midnight : candidate;
    }

    @Test
    void everyReasonWithItsMeasureTheContactsLeftOutAndTheDefaultTemplate() {
        Seller s = seller();
        Instant old = daysAgo(400);
        Map<String, Instant> connected = new LinkedHashMap<>();
        for (String name : List.of("Jana", "Max", "Otto", "Paul", "Dora", "Tina", "Fritz")) {
            connected.put(name, old);
        }
        connected.put("Eva", daysAgo(5));
        Instant today = earlierToday();
        Map<String, List<Sent>> chats = new LinkedHashMap<>();
        chats.put("Jana", List.of(by("me", daysAgo(10)), by("Jana", now.minus(Duration.ofHours(5)))));
        chats.put("Max", List.of(by("me", daysAgo(6))));
        chats.put("Otto", List.of(by("me", daysAgo(42)), by("Otto", daysAgo(41)), by("me", daysAgo(40))));
        chats.put("Dora", List.of(by("Dora", daysAgo(1))));
        chats.put("Tina", List.of(by("Tina", today.minus(Duration.ofHours(3))), by("me", today)));
        chats.put("Fritz", List.of(by("Fritz", daysAgo(2))));
        Map<String, String> ids = sync(s, connected, chats);
        String keyAccounts = category(s, "{\"name\":\"Key accounts\",\"colour\":\"#1E88E5\",\"priority\":8,"
                + "\"keepInTouchDays\":30,\"maxFollowUps\":0}");
        categorise(s, ids.get("Otto"), keyAccounts);
        categorise(s, ids.get("Paul"), keyAccounts);
        ok(s.api().patch("/v1/me/contacts/" + ids.get("Dora"), "{\"doNotContact\":true}"));
        assertThat(s.api().delete("/v1/me/contacts/" + ids.get("Fritz")).status()).isEqualTo(204);
        String template = ok(s.api().post("/v1/me/templates", "{\"name\":\"Answer\",\"body\":\"Hallo {{firstName}}\"}"))
                .path("id").asText();
        ok(s.api().put("/v1/me/settings", "{\"language\":\"en\",\"timeZone\":\"Europe/Berlin\",\"dailyGoals\":{},"
                + "\"defaultTemplates\":{\"reply_due\":\"" + template + "\"}}", "*"));

        JsonNode next = ok(s.api().get(NEXT));

        Map<String, List<String>> reasons = reasonsByName(next);
        assertThat(reasons).containsExactly(
                Map.entry("Otto", List.of("keep_in_touch")),
                Map.entry("Jana", List.of("reply_due")),
                Map.entry("Max", List.of("follow_up_due")),
                Map.entry("Eva", List.of("new_connection")),
                Map.entry("Paul", List.of("never_written")));
        JsonNode otto = next.path("items").get(0);
        assertThat(otto.path("score").asInt()).isEqualTo(20 + 10 + 3 * 8);
        assertThat(otto.path("reasons").get(0).path("days").asInt()).isEqualTo(40);
        assertThat(otto.path("reasons").get(0).path("cadenceDays").asInt()).isEqualTo(30);
        assertThat(otto.path("reasons").get(0).path("text").asText())
                .isEqualTo("Last exchange 40 days ago (cadence: every 30 days).");
        JsonNode jana = next.path("items").get(1);
        assertThat(jana.path("reasons").get(0).path("hours").asInt()).isEqualTo(5);
        assertThat(jana.path("writtenTo").asBoolean()).isTrue();
        assertThat(Instant.parse(jana.path("lastInboundAt").asText())).isEqualTo(now.minus(Duration.ofHours(5)));
        assertThat(jana.path("suggestedTemplateId").asText()).isEqualTo(template);
        JsonNode max = next.path("items").get(2);
        assertThat(max.path("reasons").get(0).path("followUp").asInt()).isEqualTo(1);
        assertThat(max.path("reasons").get(0).path("maxFollowUps").asInt()).isEqualTo(2);
        assertThat(max.path("suggestedTemplateId").isNull()).isTrue();
        assertThat(next.path("items").get(3).path("lastOutboundAt").isNull()).isTrue();
        assertThat(ok(s.api().get(NEXT + "?limit=2")).path("items")).hasSize(2);

        assertThat(s.api().delete("/v1/me/templates/" + template).status()).isEqualTo(204);
        assertThat(ok(s.api().get(NEXT)).path("items").get(1).path("suggestedTemplateId").isNull())
                .as("a deleted template is not suggested").isTrue();
    }

    @Test
    void defaultTemplatesAreSettingsThatAPutWithoutThemKeeps() {
        Seller s = seller();
        String template = ok(s.api().post("/v1/me/templates", "{\"name\":\"Follow-up\",\"body\":\"Hallo\"}"))
                .path("id").asText();

        JsonNode saved = ok(s.api().put("/v1/me/settings", "{\"language\":\"de\",\"timeZone\":\"Europe/Berlin\","
                + "\"dailyGoals\":{},\"defaultTemplates\":{\"follow_up_due\":\"" + template + "\"}}", "*"));
        JsonNode kept = ok(s.api().put("/v1/me/settings", "{\"language\":\"en\",\"timeZone\":\"Europe/Berlin\","
                + "\"dailyGoals\":{}}", "*"));
        JsonNode cleared = ok(s.api().put("/v1/me/settings", "{\"language\":\"en\",\"timeZone\":\"Europe/Berlin\","
                + "\"dailyGoals\":{},\"defaultTemplates\":{}}", "*"));
        ApiResponse unknownReason = s.api().put("/v1/me/settings", "{\"language\":\"en\",\"timeZone\":"
                + "\"Europe/Berlin\",\"dailyGoals\":{},\"defaultTemplates\":{\"because\":\"" + template + "\"}}", "*");

        assertThat(saved.path("defaultTemplates").path("follow_up_due").asText()).isEqualTo(template);
        assertThat(kept.path("defaultTemplates").path("follow_up_due").asText()).isEqualTo(template);
        assertThat(ok(s.api().get("/v1/me/settings")).path("defaultTemplates").path("follow_up_due").isNull()).isTrue();
        assertThat(cleared.path("defaultTemplates").path("follow_up_due").isNull()).isTrue();
        assertThat(unknownReason.status()).as(unknownReason.toString()).isIn(400, 422);
    }

    @Test
    void aDefaultTemplateMustBeOneOfTheUsersOwnTemplates() {
        Seller s = seller();
        Seller other = seller();
        String foreign = ok(other.api().post("/v1/me/templates", "{\"name\":\"Theirs\",\"body\":\"Hallo\"}"))
                .path("id").asText();
        String own = ok(s.api().post("/v1/me/templates", "{\"name\":\"Mine\",\"body\":\"Hallo\"}"))
                .path("id").asText();
        String settings = "{\"language\":\"en\",\"timeZone\":\"Europe/Berlin\",\"dailyGoals\":{},"
                + "\"defaultTemplates\":{\"reply_due\":\"%s\"}}";

        ApiResponse othersTemplate = s.api().put("/v1/me/settings", settings.formatted(foreign), "*");
        ApiResponse noSuchTemplate = s.api().put("/v1/me/settings", settings.formatted(
                "01a20000-0000-7000-8000-000000000000"), "*");
        ok(s.api().put("/v1/me/settings", settings.formatted(own), "*"));
        assertThat(s.api().delete("/v1/me/templates/" + own).status()).isEqualTo(204);
        JsonNode keptWhileDeleted = ok(s.api().put("/v1/me/settings", "{\"language\":\"de\","
                + "\"timeZone\":\"Europe/Berlin\",\"dailyGoals\":{}}", "*"));

        for (ApiResponse refused : List.of(othersTemplate, noSuchTemplate)) {
            assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
            assertThat(refused.code()).isEqualTo("template.unknown");
            assertThat(refused.json().path("detail").asText()).contains("defaultTemplates/reply_due");
        }
        assertThat(keptWhileDeleted.path("language").asText()).as("other settings still save").isEqualTo("de");
    }

    @Test
    void followUpsFollowTheCategorysCadenceAndStopAtItsMaximum() {
        Seller s = seller();
        Map<String, Instant> connected = new LinkedHashMap<>();
        connected.put("Anna", daysAgo(400));
        connected.put("Bert", daysAgo(400));
        Map<String, List<Sent>> chats = new LinkedHashMap<>();
        chats.put("Anna", List.of(by("me", daysAgo(9))));
        chats.put("Bert", List.of(by("me", daysAgo(20)), by("me", daysAgo(12)), by("me", daysAgo(9))));
        Map<String, String> ids = sync(s, connected, chats);
        String weekly = category(s, "{\"name\":\"Weekly\",\"colour\":\"#1E88E5\",\"followUpAfterDays\":10}");

        assertThat(reasonsByName(ok(s.api().get(NEXT)))).as("Bert had his two follow-ups: he rests")
                .containsOnlyKeys("Anna");
        categorise(s, ids.get("Anna"), weekly);
        assertThat(reasonsByName(ok(s.api().get(NEXT)))).as("ten days without answer in this category").isEmpty();

        ApiResponse read = s.api().get("/v1/me/categories/" + weekly);
        assertThat(read.json().path("followUpAfterDays").asInt()).isEqualTo(10);
        ApiResponse invalid = s.api().put("/v1/me/categories/" + weekly, "{\"name\":\"Weekly\",\"colour\":\"#1E88E5\","
                + "\"followUpAfterDays\":0}", read.header("ETag").orElseThrow());
        assertThat(invalid.status()).isIn(400, 422);
        assertThat(invalid.body()).contains("followUpAfterDays");
        ApiResponse changed = s.api().put("/v1/me/categories/" + weekly, "{\"name\":\"Weekly\",\"colour\":\"#1E88E5\","
                + "\"followUpAfterDays\":9,\"maxFollowUps\":3}", read.header("ETag").orElseThrow());
        assertThat(ok(changed).path("maxFollowUps").asInt()).isEqualTo(3);
        assertThat(reasonsByName(ok(s.api().get(NEXT)))).containsOnlyKeys("Anna");
    }

    @Test
    void snoozesAndDismissalsOfOneContactFromManyDevicesAtOnceAllSucceed() throws InterruptedException {
        Seller s = seller();
        Map<String, Instant> connected = new LinkedHashMap<>();
        connected.put("Jana", daysAgo(400));
        Map<String, String> ids = sync(s, connected, Map.of("Jana", List.of(by("Jana", now.minus(Duration.ofHours(3))))));
        String jana = NEXT + "/" + ids.get("Jana");

        List<Race.Outcome<ApiResponse>> answers = Race.run(16, () -> s.api().post(jana + "/snooze",
                "{\"until\":\"" + now.plus(Duration.ofDays(2)) + "\"}"));
        answers.addAll(Race.run(16, () -> s.api().post(jana + "/dismiss", "{\"reason\":\"reply_due\"}")));

        assertThat(answers).extracting(answer -> answer.value().status()).as("never a 500 for a duplicate key")
                .containsOnly(200);
        assertThat(ok(s.api().get(NEXT)).path("items")).isEmpty();
    }

    @Test
    void snoozedAndDismissedContactsStayOutAnotherUsersContactIs404() {
        Seller s = seller();
        Map<String, Instant> connected = new LinkedHashMap<>();
        connected.put("Jana", daysAgo(400));
        connected.put("Max", daysAgo(400));
        Map<String, List<Sent>> chats = new LinkedHashMap<>();
        chats.put("Jana", List.of(by("Jana", now.minus(Duration.ofHours(3)))));
        chats.put("Max", List.of(by("me", daysAgo(6))));
        Map<String, String> ids = sync(s, connected, chats);
        String jana = NEXT + "/" + ids.get("Jana");

        JsonNode snoozed = ok(s.api().post(jana + "/snooze", "{\"until\":\"" + now.plus(Duration.ofDays(2)) + "\"}"));
        assertThat(snoozed.path("contactId").asText()).isEqualTo(ids.get("Jana"));
        assertThat(reasonsByName(ok(s.api().get(NEXT)))).containsOnlyKeys("Max");
        assertThat(s.api().delete(jana + "/snooze").status()).isEqualTo(204);
        assertThat(s.api().delete(jana + "/snooze").status()).as("without a snooze").isEqualTo(204);
        assertThat(reasonsByName(ok(s.api().get(NEXT)))).containsOnlyKeys("Jana", "Max");

        JsonNode dismissed = ok(s.api().post(NEXT + "/" + ids.get("Max") + "/dismiss", "{\"reason\":\"follow_up_due\"}"));
        assertThat(dismissed.path("reason").asText()).isEqualTo("follow_up_due");
        assertThat(reasonsByName(ok(s.api().get(NEXT)))).containsOnlyKeys("Jana");

        ApiResponse past = s.api().post(jana + "/snooze", "{\"until\":\"" + now.minusSeconds(60) + "\"}");
        assertThat(past.status()).isEqualTo(422);
        assertThat(past.body()).contains("/until").contains("snooze.until_passed");
        ApiResponse unknownReason = s.api().post(jana + "/dismiss", "{\"reason\":\"because\"}");
        assertThat(unknownReason.status()).isIn(400, 422);
        ApiResponse spaced = s.api().post(jana + "/snooze", "{\"until\":\"2099-01-01 00:00:00Z\"}");
        assertThat(spaced.status()).isEqualTo(422);
        assertThat(spaced.errorPointers()).as("the field that cannot be read").containsExactly("body:/until");

        Seller other = seller();
        String foreign = NEXT + "/" + ids.get("Jana");
        for (ApiResponse response : List.of(
                other.api().post(foreign + "/snooze", "{\"until\":\"" + now.plus(Duration.ofDays(1)) + "\"}"),
                other.api().delete(foreign + "/snooze"),
                other.api().post(foreign + "/dismiss", "{\"reason\":\"reply_due\"}"),
                s.api().post(NEXT + "/" + java.util.UUID.randomUUID() + "/dismiss", "{\"reason\":\"reply_due\"}"))) {
            assertThat(response.status()).as(response.toString()).isEqualTo(404);
            assertThat(response.code()).isEqualTo("contact.not_found");
        }
        assertThat(reasonsByName(ok(s.api().get(NEXT)))).as("the other user changed nothing").containsOnlyKeys("Jana");
    }

    @Test
    void nothingIsComputedWhileTheUserObjectsOrRestrictsProcessing() {
        Seller s = seller();
        Map<String, List<Sent>> chats = new LinkedHashMap<>();
        chats.put("Jana", List.of(by("Jana", now.minus(Duration.ofHours(3)))));
        sync(s, Map.of("Jana", daysAgo(400)), chats);
        String on = "{\"errorReporting\":true,\"statistics\":false,\"analyticsIdentification\":false,"
                + "\"recommendations\":true}";

        ok(s.api().put("/v1/me/privacy", on.replace("\"recommendations\":true", "\"recommendations\":false"), "*"));
        ApiResponse objected = s.api().get(NEXT);
        ok(s.api().put("/v1/me/privacy", on, "*"));
        JsonNode allowed = ok(s.api().get(NEXT));
        ok(s.api().put("/v1/me/restriction", null, null));
        ApiResponse restricted = s.api().get(NEXT);
        ApiResponse todayWhileRestricted = s.api().get("/v1/me/today");
        s.api().delete("/v1/me/restriction");

        assertThat(objected.status()).isEqualTo(409);
        assertThat(objected.code()).isEqualTo("recommendations.objected");
        assertThat(allowed.path("items")).hasSize(1);
        assertThat(restricted.status()).isEqualTo(409);
        assertThat(restricted.code()).isEqualTo("recommendations.restricted");
        assertThat(todayWhileRestricted.status()).as("today's counts are only shown to the user").isEqualTo(200);
        assertThat(ok(s.api().get(NEXT)).path("items")).hasSize(1);
    }

    @Test
    void todayCountsMessagesAndFollowUpsSentSinceLocalMidnightAgainstTheGoals() {
        Seller s = seller();
        ZoneId zone = ZoneId.of("Pacific/Kiritimati");
        ok(s.api().put("/v1/me/settings", "{\"language\":\"de\",\"timeZone\":\"" + zone.getId() + "\","
                + "\"dailyGoals\":{\"message_sent\":5}}", "*"));
        Instant midnight = LocalDate.ofInstant(now, zone).atStartOfDay(zone).toInstant();
        Duration sinceMidnight = Duration.between(midnight, now);
        Instant first = midnight.plus(sinceMidnight.dividedBy(4));
        Instant answer = midnight.plus(sinceMidnight.dividedBy(2));
        Instant second = midnight.plus(sinceMidnight.multipliedBy(3).dividedBy(4));
        Map<String, List<Sent>> chats = new LinkedHashMap<>();
        chats.put("Jana", List.of(by("me", midnight.minus(Duration.ofHours(1))), by("me", first),
                by("Jana", answer), by("me", second)));
        chats.put("Max", List.of(by("me", midnight.minusMillis(1))));
        Map<String, Instant> connected = new LinkedHashMap<>();
        connected.put("Jana", daysAgo(400));
        connected.put("Max", daysAgo(400));
        sync(s, connected, chats);

        JsonNode today = ok(s.api().get("/v1/me/today"));

        assertThat(today.path("date").asText()).isEqualTo(LocalDate.ofInstant(now, zone).toString());
        assertThat(today.path("timeZone").asText()).isEqualTo(zone.getId());
        assertThat(Instant.parse(today.path("from").asText())).isEqualTo(midnight);
        JsonNode sent = today.path("actions").get(0);
        JsonNode followUps = today.path("actions").get(1);
        assertThat(sent.path("action").asText()).isEqualTo("message_sent");
        assertThat(sent.path("done").asInt()).isEqualTo(2);
        assertThat(sent.path("goal").asInt()).isEqualTo(5);
        assertThat(sent.path("remaining").asInt()).isEqualTo(3);
        assertThat(followUps.path("action").asText()).isEqualTo("follow_up_sent");
        assertThat(followUps.path("done").asInt()).as("the first today followed an unanswered one").isEqualTo(1);
        assertThat(followUps.path("goal").isNull()).isTrue();
        assertThat(followUps.path("remaining").isNull()).isTrue();
    }

    @Test
    void todayAddsTheRecordedActionsWhileTheUserConsentsToStatisticsAndNeverCountsAMessageTwice() {
        Seller s = seller();
        ok(s.api().put("/v1/me/settings", "{\"language\":\"en\",\"timeZone\":\"UTC\","
                + "\"dailyGoals\":{\"message_sent\":5,\"connection_request_sent\":10,\"meeting_booked\":1}}", "*"));
        Map<String, List<Sent>> chats = new LinkedHashMap<>();
        chats.put("Jana", List.of(by("me", now.truncatedTo(ChronoUnit.MINUTES))));
        sync(s, Map.of("Jana", daysAgo(400)), chats);
        String privacy = "{\"errorReporting\":true,\"statistics\":%s,\"analyticsIdentification\":false}";
        ok(s.api().put("/v1/me/privacy", privacy.formatted(true), "*"));
        String minute = now.truncatedTo(ChronoUnit.MINUTES).toString();
        ApiResponse recorded = s.api().post("/v1/me/statistics/events", "{\"events\":["
                + "{\"action\":\"connection_request_sent\",\"occurredAt\":\"" + minute + "\"},"
                + "{\"action\":\"connection_request_sent\",\"occurredAt\":\"" + minute + "\"},"
                + "{\"action\":\"connection_request_sent\",\"occurredAt\":\"" + minute + "\"},"
                + "{\"action\":\"profile_viewed\",\"occurredAt\":\"" + minute + "\"},"
                + "{\"action\":\"message_sent\",\"occurredAt\":\"" + minute + "\"},"
                + "{\"action\":\"message_sent\",\"occurredAt\":\"" + minute + "\"}]}");
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(202);

        JsonNode consented = ok(s.api().get("/v1/me/today"));
        ok(s.api().put("/v1/me/privacy", privacy.formatted(false), "*"));
        JsonNode withdrawn = ok(s.api().get("/v1/me/today"));

        assertThat(consented.path("statisticsIncluded").asBoolean()).isTrue();
        Map<String, JsonNode> actions = new LinkedHashMap<>();
        consented.path("actions").forEach(a -> actions.put(a.path("action").asText(), a));
        assertThat(actions.keySet()).as("the synced two first, then the recorded ones with a count or a goal")
                .containsExactly("message_sent", "follow_up_sent", "connection_request_sent", "profile_viewed",
                        "meeting_booked");
        assertThat(actions.get("message_sent").path("done").asInt()).as("from the synced messages only").isOne();
        assertThat(actions.get("message_sent").path("source").asText()).isEqualTo("synced_messages");
        JsonNode requests = actions.get("connection_request_sent");
        assertThat(requests.path("done").asInt()).isEqualTo(3);
        assertThat(requests.path("goal").asInt()).isEqualTo(10);
        assertThat(requests.path("remaining").asInt()).isEqualTo(7);
        assertThat(requests.path("source").asText()).isEqualTo("statistics");
        assertThat(actions.get("profile_viewed").path("goal").isNull()).isTrue();
        assertThat(actions.get("meeting_booked").path("done").asInt()).as("a goal without a count yet").isZero();
        assertThat(withdrawn.path("statisticsIncluded").asBoolean()).isFalse();
        assertThat(withdrawn.path("actions")).extracting(a -> a.path("action").asText())
                .containsExactly("message_sent", "follow_up_sent");
    }
}
