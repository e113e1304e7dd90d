package io.cockpit.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.cockpit.application.testing.Race;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /v1/me/templates}: message templates with variables, their versions, and previews. */
abstract class TemplateScenarios extends Scenarios {

    private static final String TEMPLATES = "/v1/me/templates";
    private static final String FIRST_CONTACT = "Hallo {{firstName}}, schön, dass wir uns bei {{company|Ihrem Team}} "
            + "vernetzen. Viele Grüße, {{myFirstName}}";

    private static String template(String name, String body) {
        return "{\"name\":" + json(name) + ",\"body\":" + json(body) + "}";
    }

    private static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static ApiResponse create(Users.SignedIn user, String name, String body) {
        ApiResponse created = user.api().post(TEMPLATES, template(name, body));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created;
    }

    /**
     * A cursor continues its own list only: not another list of the same service's shape (the conversations are at
     * "/" of theirs too), while a parameter the operation does not know (a cache-buster) changes nothing. Templates
     * are in name order: a page ending at a name of 100 four-byte characters continues by its cursor.
     */
    @Test
    void aCursorContinuesItsOwnListOnly() {
        Users.SignedIn user = Users.signedIn(cockpit);
        String longest = "\uD83D\uDE00".repeat(100);
        create(user, longest, "Hallo");
        create(user, longest.substring(0, 198) + "\uD83D\uDE01", "Hallo");

        ApiResponse first = user.api().get(TEMPLATES + "?limit=1");
        String cursor = first.json().path("nextCursor").asText();
        ApiResponse second = user.api().get(TEMPLATES + "?limit=1&_=1733220000001&cursor=" + cursor);

        assertThat(second.status()).as(second.toString()).isEqualTo(200);
        assertThat(second.json().path("items").get(0).path("id").asText())
                .isNotEqualTo(first.json().path("items").get(0).path("id").asText());
        assertThat(user.api().get("/v1/me/conversations?cursor=" + cursor).code()).isEqualTo("request.invalid_cursor");
        assertThat(user.api().get("/v1/me/tags?cursor=" + cursor).code()).isEqualTo("request.invalid_cursor");
    }

    /** A user has at most 200 templates, also when the adds for the last place race. */
    @Test
    void atMostTwoHundredTemplatesEvenWhenAddsRace() throws InterruptedException {
        Users.SignedIn user = Users.signedIn(cockpit);
        AtomicInteger filled = new AtomicInteger();
        Race.run(4, () -> {
            for (int i = filled.incrementAndGet(); i < 200; i = filled.incrementAndGet()) {
                create(user, "Vorlage " + i, "Hallo {{firstName}}");
            }
            return null;
        });
        AtomicInteger names = new AtomicInteger(1000);

        List<Race.Outcome<ApiResponse>> answers = Race.run(6, () -> user.api().post(TEMPLATES,
                template("Vorlage " + names.incrementAndGet(), "Hallo {{firstName}}")));

        assertThat(answers).allMatch(Race.Outcome::succeeded);
        assertThat(answers).extracting(answer -> answer.value().status())
                .containsOnly(201, 422).filteredOn(status -> status == 201).hasSize(1);
        assertThat(answers).filteredOn(answer -> answer.value().status() == 422)
                .allSatisfy(answer -> assertThat(answer.value().code()).isEqualTo("template.limit_reached"));
        assertThat(user.api().pages(TEMPLATES, 100).stream().mapToInt(page -> page.path("items").size()).sum())
                .isEqualTo(200);
    }

    @Test
    void aCreatedTemplateIsThereWithItsVariablesAndLocation() {
        Users.SignedIn user = Users.signedIn(cockpit);

        ApiResponse created = create(user, "Erstkontakt", FIRST_CONTACT);

        String id = created.json().path("id").asText();
        assertThat(created.header("Location")).hasValue(TEMPLATES + "/" + id);
        assertThat(created.header("ETag")).isPresent();
        assertThat(created.json().path("body").asText()).isEqualTo(FIRST_CONTACT);
        assertThat(created.json().path("variables").toString())
                .isEqualTo("[\"firstName\",\"company\",\"myFirstName\"]");
        ApiResponse read = user.api().get(created.header("Location").get());
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json()).isEqualTo(created.json());
        assertThat(read.header("ETag")).isEqualTo(created.header("ETag"));
    }

    @Test
    void namesAreUniquePerUserRegardlessOfCase() {
        Users.SignedIn user = Users.signedIn(cockpit);
        Users.SignedIn other = Users.signedIn(cockpit);
        create(user, "Follow-up", "Hallo {{firstName}}");

        ApiResponse again = user.api().post(TEMPLATES, template("FOLLOW-UP", "Hi"));
        ApiResponse othersOwn = other.api().post(TEMPLATES, template("Follow-up", "Hi"));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("template.name_taken");
        assertThat(othersOwn.status()).isEqualTo(201);
        assertThat(user.api().get(TEMPLATES).json().path("items")).hasSize(1);
    }

    @Test
    void brokenPlaceholdersAreRefusedWithTheirPosition() {
        Users.SignedIn user = Users.signedIn(cockpit);

        ApiResponse unknown = user.api().post(TEMPLATES, template("A", "Hallo {{vorname}}"));
        ApiResponse unclosed = user.api().post(TEMPLATES, template("B", "Hallo {{firstName"));
        ApiResponse unopened = user.api().post(TEMPLATES, template("C", "😀 Hallo firstName}}"));

        assertThat(unknown.status()).isEqualTo(422);
        JsonNode error = unknown.json().path("errors").get(0);
        assertThat(error.path("pointer").asText()).isEqualTo("/body");
        assertThat(error.path("code").asText()).isEqualTo("template.unknown_variable");
        assertThat(error.path("position").asInt()).isEqualTo(6);
        assertThat(unclosed.json().path("errors").get(0).path("code").asText())
                .isEqualTo("template.unclosed_placeholder");
        assertThat(unclosed.json().path("errors").get(0).path("position").asInt()).isEqualTo(6);
        assertThat(unopened.json().path("errors").get(0).path("position").asInt())
                .as("positions count characters, not UTF-16 units").isEqualTo(17);
        assertThat(user.api().get(TEMPLATES).json().path("items")).isEmpty();
    }

    @Test
    void badFieldsAreNamedAndNothingIsWritten() {
        Users.SignedIn user = Users.signedIn(cockpit);

        ApiResponse tooLong = user.api().post(TEMPLATES, template("x".repeat(101), "y".repeat(8001)));
        ApiResponse wrongTypes = user.api().post(TEMPLATES, "{\"name\":7,\"body\":[\"Hi\"],\"tone\":\"friendly\"}");
        ApiResponse blank = user.api().post(TEMPLATES, template("   ", "Hi"));
        ApiResponse control = user.api().post(TEMPLATES, "{\"name\":\"Bell\\u0007\",\"body\":\"Hi\"}");
        ApiResponse isolate = user.api().post(TEMPLATES, "{\"name\":\"Intro\\u2066\",\"body\":\"Hi\"}");

        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.errorPointers()).containsExactlyInAnyOrder("body:/name", "body:/body");
        assertThat(wrongTypes.status()).isEqualTo(422);
        assertThat(wrongTypes.errorPointers()).contains("body:/name", "body:/body");
        assertThat(wrongTypes.body()).contains("tone");
        assertThat(blank.errorPointers()).containsExactly("body:/name");
        assertThat(control.errorPointers()).containsExactly("body:/name");
        assertThat(isolate.errorPointers()).containsExactly("body:/name");
        assertThat(user.api().get(TEMPLATES).json().path("items")).isEmpty();
    }

    @Test
    void aChangeNeedsTheCurrentVersion() {
        Users.SignedIn user = Users.signedIn(cockpit);
        ApiResponse created = create(user, "Erstkontakt", FIRST_CONTACT);
        String path = created.header("Location").get();
        String etag = created.header("ETag").get();

        ApiResponse changed = user.api().put(path, template("Erstkontakt (kurz)", "Hallo {{fullName}}"), etag);
        ApiResponse stale = user.api().put(path, template("Verloren", "Hi"), etag);
        ApiResponse withoutVersion = user.api().put(path, template("Verloren", "Hi"), null);

        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.header("ETag")).isPresent().isNotEqualTo(created.header("ETag"));
        assertThat(changed.json().path("variables").toString()).isEqualTo("[\"fullName\"]");
        assertThat(changed.json().path("createdAt")).isEqualTo(created.json().path("createdAt"));
        assertThat(stale.status()).isEqualTo(412);
        assertThat(withoutVersion.status()).isEqualTo(400);
        assertThat(user.api().get(path).json().path("name").asText()).isEqualTo("Erstkontakt (kurz)");
    }

    @Test
    void renamingOntoAnotherTemplatesNameIsAConflict() {
        Users.SignedIn user = Users.signedIn(cockpit);
        create(user, "Eins", "Hi");
        ApiResponse zwei = create(user, "Zwei", "Hi");

        ApiResponse clash = user.api().put(zwei.header("Location").get(), template("eins", "Hi"), "*");

        assertThat(clash.status()).isEqualTo(409);
        assertThat(clash.code()).isEqualTo("template.name_taken");
    }

    @Test
    void aDeletedTemplateIsGone() {
        Users.SignedIn user = Users.signedIn(cockpit);
        String path = create(user, "Einmalig", "Hi").header("Location").get();

        assertThat(user.api().delete(path).status()).isEqualTo(204);
        assertThat(user.api().get(path).status()).isEqualTo(404);
        assertThat(user.api().delete(path).status()).isEqualTo(404);
        assertThat(user.api().get(TEMPLATES).json().path("items")).isEmpty();
    }

    @Test
    void aPreviewFillsEveryVariableOrNothing() {
        Users.SignedIn user = Users.signedIn(cockpit);
        String path = create(user, "Erstkontakt", FIRST_CONTACT).header("Location").get();

        ApiResponse filled = user.api().post(path + "/preview",
                "{\"values\":{\"firstName\":\"Jana\",\"myFirstName\":\"Sam\"}}");
        ApiResponse missing = user.api().post(path + "/preview", "{\"values\":{\"company\":\"ACME\"}}");
        ApiResponse blank = user.api().post(path + "/preview",
                "{\"values\":{\"firstName\":\" \",\"myFirstName\":\"Sam\"}}");

        assertThat(filled.status()).isEqualTo(200);
        assertThat(filled.json().path("text").asText())
                .isEqualTo("Hallo Jana, schön, dass wir uns bei Ihrem Team vernetzen. Viele Grüße, Sam");
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.code()).isEqualTo("template.variable_missing");
        assertThat(missing.json().path("variables").toString()).isEqualTo("[\"firstName\",\"myFirstName\"]");
        assertThat(missing.body()).doesNotContain("ACME");
        assertThat(blank.json().path("variables").toString()).isEqualTo("[\"firstName\"]");
    }

    @Test
    void aPreviewRefusesUnknownVariablesAndOverlongValues() {
        Users.SignedIn user = Users.signedIn(cockpit);
        String path = create(user, "Kurz", "Hi {{firstName}}").header("Location").get();

        ApiResponse unknown = user.api().post(path + "/preview", "{\"values\":{\"vorname\":\"Jana\"}}");
        ApiResponse overlong = user.api().post(path + "/preview",
                "{\"values\":{\"firstName\":\"" + "J".repeat(501) + "\"}}");

        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.body()).contains("vorname");
        assertThat(overlong.errorPointers()).containsExactly("body:/values/firstName");
    }

    @Test
    void theListIsOrderedByNameAndPagesWithoutGaps() {
        Users.SignedIn user = Users.signedIn(cockpit);
        for (String name : List.of("delta", "Alpha", "charlie", "Bravo", "echo")) {
            create(user, name, "Hi");
        }
        List<JsonNode> pages = user.api().pages(TEMPLATES, 2);
        List<String> names = new ArrayList<>();
        pages.forEach(page -> page.path("items").forEach(item -> names.add(item.path("name").asText())));
        assertThat(names).containsExactly("Alpha", "Bravo", "charlie", "delta", "echo");
        assertThat(pages).hasSize(3);
    }

    @Test
    void anotherUsersTemplateDoesNotExist() {
        Users.SignedIn alice = Users.signedIn(cockpit);
        Users.SignedIn bob = Users.signedIn(cockpit);
        String path = create(alice, "Privat", "Hallo {{firstName}}").header("Location").get();

        assertThat(bob.api().get(path).status()).isEqualTo(404);
        assertThat(bob.api().get(path).code()).isEqualTo("template.not_found");
        assertThat(bob.api().put(path, template("Gekapert", "Hi"), "*").status()).isEqualTo(404);
        assertThat(bob.api().post(path + "/preview", "{\"values\":{\"firstName\":\"Bob\"}}").status())
                .isEqualTo(404);
        assertThat(bob.api().delete(path).status()).isEqualTo(404);
        assertThat(bob.api().get(TEMPLATES).json().path("items")).isEmpty();
        assertThat(alice.api().get(path).json().path("name").asText()).isEqualTo("Privat");
    }

    @Test
    void anIdThatIsNoIdIsABadRequest() {
        Users.SignedIn user = Users.signedIn(cockpit);

        ApiResponse refused = user.api().get(TEMPLATES + "/not-a-uuid");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorPointers()).containsExactly("path:/templateId");
    }
}
