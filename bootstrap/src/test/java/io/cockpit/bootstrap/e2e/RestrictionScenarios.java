package io.cockpit.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.cockpit.application.testing.Race;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /v1/me/restriction}: restricting the processing of one's data (Art. 18 GDPR), lifting it, and its history. */
abstract class RestrictionScenarios extends Scenarios {

    private static final String RESTRICTION = "/v1/me/restriction";
    private static final String CHANGES = "/v1/me/restriction/changes";

    @Test
    void nobodyIsRestrictedUntilTheyAskForIt() {
        Users.SignedIn user = Users.signedIn(cockpit);

        ApiResponse state = user.api().get(RESTRICTION);

        assertThat(state.status()).isEqualTo(200);
        assertThat(state.json().path("restricted").asBoolean()).isFalse();
        assertThat(state.json().path("since").isNull()).isTrue();
        assertThat(user.api().get(CHANGES).json().path("items")).isEmpty();
    }

    @Test
    void restrictingAndLiftingAreEachRecordedOnce() {
        Users.SignedIn user = Users.signedIn(cockpit);
        Instant before = cockpit.now().minusMillis(1);

        ApiResponse restricted = user.api().put(RESTRICTION, null, null);
        ApiResponse again = user.api().put(RESTRICTION, null, null);
        ApiResponse seen = user.api().get(RESTRICTION);
        ApiResponse lifted = user.api().delete(RESTRICTION);
        ApiResponse liftedAgain = user.api().delete(RESTRICTION);

        assertThat(restricted.status()).isEqualTo(200);
        assertThat(restricted.json().path("restricted").asBoolean()).isTrue();
        Instant since = Instant.parse(restricted.json().path("since").asText());
        assertThat(since).isAfter(before);
        assertThat(again.json().path("since").asText()).as("the first time stays")
                .isEqualTo(restricted.json().path("since").asText());
        assertThat(seen.json().path("restricted").asBoolean()).isTrue();
        assertThat(lifted.status()).isEqualTo(204);
        assertThat(liftedAgain.status()).isEqualTo(204);
        assertThat(user.api().get(RESTRICTION).json().path("restricted").asBoolean()).isFalse();
        List<String> history = new ArrayList<>();
        user.api().get(CHANGES).json().path("items").forEach(change -> history.add(
                change.path("restricted").asBoolean() + " " + change.path("source").asText()));
        assertThat(history).containsExactly("false self-service", "true self-service");
    }

    @Test
    void restrictingAndLiftingAtOnceFromManyDevicesKeepsAHistoryOfRealChanges() throws InterruptedException {
        Users.SignedIn user = Users.signedIn(cockpit);
        AtomicInteger turn = new AtomicInteger();

        for (int round = 0; round < 3; round++) {
            List<Race.Outcome<ApiResponse>> answers = Race.run(24, () -> turn.incrementAndGet() % 2 == 0
                    ? user.api().put(RESTRICTION, null, null) : user.api().delete(RESTRICTION));
            assertThat(answers).extracting(answer -> answer.value().status()).containsOnly(200, 204);
        }

        List<Boolean> history = new ArrayList<>();
        user.api().get(CHANGES + "?limit=100").json().path("items")
                .forEach(change -> history.add(change.path("restricted").asBoolean()));
        assertThat(history).isNotEmpty();
        for (int i = 1; i < history.size(); i++) {
            assertThat(history.get(i)).as("entry %d of %s is a change of the one before", i, history)
                    .isNotEqualTo(history.get(i - 1));
        }
        assertThat(history.getLast()).as("the first change restricts").isTrue();
        assertThat(user.api().get(RESTRICTION).json().path("restricted").asBoolean()).as("the newest entry holds")
                .isEqualTo(history.getFirst());
    }

    @Test
    void theHistoryPagesNewestFirstWithoutGapsOrRepeats() {
        Users.SignedIn user = Users.signedIn(cockpit);
        for (int round = 0; round < 3; round++) {
            user.api().put(RESTRICTION, null, null);
            user.api().delete(RESTRICTION);
        }

        List<Boolean> seen = new ArrayList<>();
        for (JsonNode page : user.api().pages(CHANGES, 4)) {
            page.path("items").forEach(change -> seen.add(change.path("restricted").asBoolean()));
        }

        assertThat(seen).containsExactly(false, true, false, true, false, true);
    }

    @Test
    void oneUsersRestrictionIsNotAnothers() {
        Users.SignedIn alice = Users.signedIn(cockpit);
        Users.SignedIn bob = Users.signedIn(cockpit);

        alice.api().put(RESTRICTION, null, null);

        assertThat(bob.api().get(RESTRICTION).json().path("restricted").asBoolean()).isFalse();
        assertThat(bob.api().get(CHANGES).json().path("items")).isEmpty();
        assertThat(bob.api().delete(RESTRICTION).status()).isEqualTo(204);
        assertThat(alice.api().get(RESTRICTION).json().path("restricted").asBoolean()).isTrue();
    }

    @Test
    void withoutASessionNothingIsRestricted() {
        assertThat(cockpit.anonymous().put(RESTRICTION, null, null).status()).isEqualTo(401);
        assertThat(cockpit.partner().get(RESTRICTION).status()).isEqualTo(401);
        assertThat(cockpit.operator().delete(RESTRICTION).status()).isEqualTo(401);
    }

    @Test
    void aBadCursorIsABadRequest() {
        Users.SignedIn user = Users.signedIn(cockpit);

        ApiResponse refused = user.api().get(CHANGES + "?cursor=bm90LW91cnM");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.code()).isEqualTo("request.invalid_cursor");
    }
}
