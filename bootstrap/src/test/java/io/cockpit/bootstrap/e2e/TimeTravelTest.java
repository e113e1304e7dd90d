package io.cockpit.bootstrap.e2e;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;

import static io.cockpit.bootstrap.e2e.Unique.provisionBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Moving the clock moves only the server of the test that moves it; the shared servers keep the real time. */
class TimeTravelTest {

    private final CockpitFixture shared = CockpitFixture.get(CockpitFixture.Mode.EMBEDDED);

    @Test
    void theSharedServerCannotTravel() {
        assertThatThrownBy(() -> shared.travel(Duration.ofDays(30)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("@TimeTravel");
        assertThat(shared.now()).isCloseTo(Instant.now(), within(Duration.ofSeconds(5)));
    }

    @Test
    void aServerOfTheTestsOwnTravelsInCalendarTimeWhileTheSharedOneStays() {
        try (CockpitFixture own = CockpitFixture.startOwn(CockpitFixture.Mode.EMBEDDED)) {
            Instant start = own.now();

            own.travel(Period.ofYears(2));
            own.travel(Duration.ofDays(30));

            Instant expected = start.atZone(ZoneOffset.UTC).plusYears(2).toInstant().plus(Duration.ofDays(30));
            assertThat(accountCreatedAt(own)).isCloseTo(expected, within(Duration.ofMinutes(1)));
            assertThat(accountCreatedAt(shared)).isCloseTo(Instant.now(), within(Duration.ofMinutes(1)));
        }
    }

    /** When the server says a new account was created: its clock, seen from outside. */
    private static Instant accountCreatedAt(CockpitFixture cockpit) {
        ApiResponse created = cockpit.partner().post("/v1/partner/accounts",
                provisionBody(Unique.id("travel"), Unique.email(), "Tess Traveller", "active"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return Instant.parse(created.json().path("createdAt").asText());
    }
}
