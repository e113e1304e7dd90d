package io.cockpit.bootstrap.e2e;

import io.cockpit.application.testing.Race;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /v1/me/tags} and {@code /v1/me/categories}: names, colours, priorities, limits. */
abstract class LabelScenarios extends Scenarios {

    private static final String TAGS = "/v1/me/tags";
    private static final String CATEGORIES = "/v1/me/categories";

    private static ApiResponse create(Users.SignedIn user, String path, String body) {
        ApiResponse created = user.api().post(path, body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created;
    }

    @Test
    void aTagIsCreatedReadChangedAndDeleted() {
        Users.SignedIn user = Users.signedIn(cockpit);

        ApiResponse created = create(user, TAGS, "{\"name\":\"Hot lead\",\"colour\":\"#e53935\"}");
        String path = created.header("Location").orElseThrow();
        ApiResponse changed = user.api().put(path, "{\"name\":\"Warm lead\",\"colour\":\"#FB8C00\"}",
                created.header("ETag").orElseThrow());
        ApiResponse read = user.api().get(path);
        ApiResponse deleted = user.api().delete(path);

        assertThat(path).isEqualTo(TAGS + "/" + created.json().path("id").asText());
        assertThat(created.json().path("colour").asText()).isEqualTo("#E53935");
        assertThat(created.json().has("priority")).isFalse();
        assertThat(changed.status()).isEqualTo(200);
        assertThat(read.json()).isEqualTo(changed.json());
        assertThat(read.json().path("name").asText()).isEqualTo("Warm lead");
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(user.api().get(path).status()).isEqualTo(404);
    }

    @Test
    void aCategoryHasAnOptionalPriority() {
        Users.SignedIn user = Users.signedIn(cockpit);

        ApiResponse top = create(user, CATEGORIES, "{\"name\":\"Kunden\",\"colour\":\"#1E88E5\",\"priority\":10}");
        ApiResponse none = create(user, CATEGORIES, "{\"name\":\"Netzwerk\",\"colour\":\"#43A047\"}");
        ApiResponse cleared = user.api().put(top.header("Location").get(),
                "{\"name\":\"Kunden\",\"colour\":\"#1E88E5\",\"priority\":null}", top.header("ETag").get());

        assertThat(top.json().path("priority").asInt()).isEqualTo(10);
        assertThat(none.json().path("priority").isNull()).isTrue();
        assertThat(cleared.status()).isEqualTo(200);
        assertThat(cleared.json().path("priority").isNull()).isTrue();
        assertThat(user.api().post(CATEGORIES, "{\"name\":\"Zu viel\",\"colour\":\"#000000\",\"priority\":11}")
                .errorPointers()).containsExactly("body:/priority");
        assertThat(user.api().post(TAGS, "{\"name\":\"Tag\",\"colour\":\"#000000\",\"priority\":1}").status())
                .as("tags have no priority").isEqualTo(422);
    }

    @Test
    void namesAreUniquePerUserAndKindRegardlessOfCase() {
        Users.SignedIn user = Users.signedIn(cockpit);
        create(user, TAGS, "{\"name\":\"VIP\",\"colour\":\"#000000\"}");

        ApiResponse again = user.api().post(TAGS, "{\"name\":\"vip\",\"colour\":\"#FFFFFF\"}");
        ApiResponse category = user.api().post(CATEGORIES, "{\"name\":\"VIP\",\"colour\":\"#FFFFFF\"}");

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("tag.name_taken");
        assertThat(category.status()).isEqualTo(201);
    }

    @Test
    void badFieldsAreNamedAndNothingIsWritten() {
        Users.SignedIn user = Users.signedIn(cockpit);

        ApiResponse badColour = user.api().post(TAGS, "{\"name\":\"Rot\",\"colour\":\"red\"}");
        ApiResponse tooLong = user.api().post(TAGS, "{\"name\":\"" + "n".repeat(51) + "\",\"colour\":\"#12345G\"}");
        ApiResponse wrongTypes = user.api().post(CATEGORIES,
                "{\"name\":[\"A\"],\"colour\":\"#000000\",\"priority\":\"high\",\"icon\":\"star\"}");
        ApiResponse blank = user.api().post(CATEGORIES, "{\"name\":\" \",\"colour\":\"#000000\"}");

        assertThat(badColour.status()).isEqualTo(422);
        assertThat(badColour.errorPointers()).containsExactly("body:/colour");
        assertThat(tooLong.errorPointers()).containsExactlyInAnyOrder("body:/name", "body:/colour");
        assertThat(wrongTypes.errorPointers()).contains("body:/name", "body:/priority");
        assertThat(wrongTypes.body()).contains("icon");
        assertThat(blank.errorPointers()).containsExactly("body:/name");
        assertThat(user.api().get(TAGS).json().path("items")).isEmpty();
        assertThat(user.api().get(CATEGORIES).json().path("items")).isEmpty();
    }

    @Test
    void atMostFiftyCategories() {
        Users.SignedIn user = Users.signedIn(cockpit);
        for (int i = 1; i <= 50; i++) {
            create(user, CATEGORIES, "{\"name\":\"Kategorie " + i + "\",\"colour\":\"#000000\"}");
        }

        ApiResponse oneMore = user.api().post(CATEGORIES, "{\"name\":\"Kategorie 51\",\"colour\":\"#000000\"}");

        assertThat(oneMore.status()).isEqualTo(422);
        assertThat(oneMore.code()).isEqualTo("category.limit_reached");
        String first = user.api().get(CATEGORIES + "?limit=1").json().path("items").get(0).path("id").asText();
        assertThat(user.api().delete(CATEGORIES + "/" + first).status()).isEqualTo(204);
        assertThat(user.api().post(CATEGORIES, "{\"name\":\"Kategorie 51\",\"colour\":\"#000000\"}").status())
                .isEqualTo(201);
    }

    /** Found by fuzzing: two parallel adds at 49 of 50 both passed, leaving 51 categories. */
    @Test
    void parallelAddsForTheLastCategoryStoreOne() throws InterruptedException {
        Users.SignedIn user = Users.signedIn(cockpit);
        for (int i = 1; i <= 49; i++) {
            create(user, CATEGORIES, "{\"name\":\"Kategorie " + i + "\",\"colour\":\"#000000\"}");
        }
        AtomicInteger names = new AtomicInteger(100);

        List<Race.Outcome<ApiResponse>> answers = Race.run(6, () -> user.api().post(CATEGORIES,
                "{\"name\":\"Kategorie " + names.incrementAndGet() + "\",\"colour\":\"#000000\"}"));

        assertThat(answers).allMatch(Race.Outcome::succeeded);
        assertThat(answers).extracting(answer -> answer.value().status())
                .containsOnly(201, 422).filteredOn(status -> status == 201).hasSize(1);
        assertThat(answers).filteredOn(answer -> answer.value().status() == 422)
                .allSatisfy(answer -> assertThat(answer.value().code()).isEqualTo("category.limit_reached"));
        assertThat(all(user, CATEGORIES)).hasSize(50);
    }

    @Test
    void atMostFiveHundredTags() {
        Users.SignedIn user = Users.signedIn(cockpit);
        for (int i = 1; i <= 500; i++) {
            create(user, TAGS, "{\"name\":\"Tag " + i + "\",\"colour\":\"#000000\"}");
        }

        ApiResponse oneMore = user.api().post(TAGS, "{\"name\":\"Tag 501\",\"colour\":\"#000000\"}");

        assertThat(oneMore.status()).isEqualTo(422);
        assertThat(oneMore.code()).isEqualTo("tag.limit_reached");
        assertThat(all(user, TAGS)).hasSize(500);
    }

    @Test
    void listsAreOrderedByNameAndPageWithoutGaps() {
        Users.SignedIn user = Users.signedIn(cockpit);
        for (String name : List.of("b", "A", "c", "D", "e", "F", "g")) {
            create(user, TAGS, "{\"name\":\"" + name + "\",\"colour\":\"#000000\"}");
        }

        assertThat(all(user, TAGS)).containsExactly("A", "b", "c", "D", "e", "F", "g");
    }

    private static List<String> all(Users.SignedIn user, String list) {
        List<String> names = new ArrayList<>();
        user.api().pages(list, 3).forEach(page ->
                page.path("items").forEach(item -> names.add(item.path("name").asText())));
        return names;
    }

    @Test
    void anotherUsersLabelsDoNotExist() {
        Users.SignedIn alice = Users.signedIn(cockpit);
        Users.SignedIn bob = Users.signedIn(cockpit);
        String tag = create(alice, TAGS, "{\"name\":\"Alice\",\"colour\":\"#000000\"}").header("Location").get();
        String category = create(alice, CATEGORIES, "{\"name\":\"Alice\",\"colour\":\"#000000\"}")
                .header("Location").get();

        for (String path : List.of(tag, category)) {
            assertThat(bob.api().get(path).status()).isEqualTo(404);
            assertThat(bob.api().put(path, "{\"name\":\"Bob\",\"colour\":\"#FFFFFF\"}", "*").status())
                    .isEqualTo(404);
            assertThat(bob.api().delete(path).status()).isEqualTo(404);
            assertThat(alice.api().get(path).json().path("name").asText()).isEqualTo("Alice");
        }
        assertThat(bob.api().get(tag).code()).isEqualTo("tag.not_found");
        assertThat(bob.api().get(category).code()).isEqualTo("category.not_found");
        assertThat(bob.api().get(TAGS).json().path("items")).isEmpty();
        assertThat(bob.api().get(CATEGORIES).json().path("items")).isEmpty();
    }

    @Test
    void aTagIdIsNoCategoryId() {
        Users.SignedIn user = Users.signedIn(cockpit);
        String id = create(user, TAGS, "{\"name\":\"Nur Tag\",\"colour\":\"#000000\"}").json().path("id").asText();

        assertThat(user.api().get(CATEGORIES + "/" + id).status()).isEqualTo(404);
    }

    @Test
    void aStaleVersionIsRefused() {
        Users.SignedIn user = Users.signedIn(cockpit);
        ApiResponse created = create(user, CATEGORIES, "{\"name\":\"Eins\",\"colour\":\"#000000\"}");
        String path = created.header("Location").get();
        user.api().put(path, "{\"name\":\"Zwei\",\"colour\":\"#000000\"}", created.header("ETag").get());

        ApiResponse stale = user.api().put(path, "{\"name\":\"Drei\",\"colour\":\"#000000\"}",
                created.header("ETag").get());

        assertThat(stale.status()).isEqualTo(412);
        assertThat(user.api().get(path).json().path("name").asText()).isEqualTo("Zwei");
    }
}
