package io.cockpit.bootstrap.e2e;

import io.cockpit.domain.register.RetentionRun;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAmount;
import java.util.List;

import static io.cockpit.bootstrap.e2e.Users.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The leased retention job at work on a server of the test's own, which runs it every 200 ms: what the register keeps
 * until expiry or for a period after an event is gone from the database once the server's clock has passed it, and
 * each run records how many items of each category it deleted.
 */
abstract class RetentionScenarios extends Scenarios {

    private StoredRows rows() {
        return new StoredRows(cockpit);
    }

    /**
     * Moves the clock and waits until a run that started afterwards has finished; the server time from which runs
     * count as after the travel (any run started before it had its cutoff before the travel).
     */
    private Instant travelAndAwaitARun(TemporalAmount amount) {
        Instant travelled = cockpit.now().atZone(ZoneOffset.UTC).plus(amount).toInstant();
        cockpit.travel(amount);
        assertThat(StoredRows.await(() -> !rows().retentionRunsSince(travelled).isEmpty()))
                .as("a retention run after the travel").isTrue();
        return travelled;
    }

    @Test
    @TimeTravel
    void expiredSessionsTokensAndMailsGoAfterTheirExpiryAndUnusedSignInAddressesAfter90Days() {
        Users.SignedIn user = Users.signedIn(cockpit);
        assertThat(Users.signIn(cockpit.anonymous().from(Unique.address()), user.email(), PASSWORD).status())
                .isEqualTo(201);
        assertThat(cockpit.anonymous().from(Unique.address()).post("/v1/auth/password-reset",
                "{\"email\":\"" + user.email() + "\"}").status()).isEqualTo(202);
        Users.Provisioned pending = Users.provision(cockpit);
        assertThat(StoredRows.await(() -> rows().ofUser("password_reset_token", user.userId()) == 1))
                .as("the reset link, made after the answer").isTrue();
        assertThat(rows().ofUser("session", user.userId())).isEqualTo(2);
        assertThat(rows().ofUser("activation_token", pending.userId())).isEqualTo(1);
        assertThat(rows().ofUser("known_sign_in_address", user.userId())).isEqualTo(1);
        boolean outbox = cockpit.mode == CockpitFixture.Mode.EMBEDDED;
        if (outbox) {
            assertThat(cockpit.awaitMailTo(user.email(), 1)).hasSize(1);
        }

        Instant first = travelAndAwaitARun(Duration.ofDays(31));
        assertThat(StoredRows.await(() -> rows().ofUser("session", user.userId()) == 0)).isTrue();

        assertThat(rows().ofUser("password_reset_token", user.userId())).isZero();
        assertThat(rows().ofUser("activation_token", pending.userId())).isZero();
        assertThat(rows().ofUser("known_sign_in_address", user.userId())).as("used 31 days ago").isEqualTo(1);
        assertThat(rows().deletedSince(first, "sessions")).isEqualTo(2);
        assertThat(rows().deletedSince(first, "one_time_tokens")).isEqualTo(2);
        if (outbox) {
            assertThat(rows().deletedSince(first, "outgoing_mail")).isEqualTo(1);
            assertThat(cockpit.mailTo(user.email())).as("the outbox's mail").isEmpty();
        }

        Instant second = travelAndAwaitARun(Duration.ofDays(60));
        assertThat(StoredRows.await(() -> rows().ofUser("known_sign_in_address", user.userId()) == 0)).isTrue();
        assertThat(rows().deletedSince(second, "known_sign_in_addresses")).isEqualTo(1);
    }

    @Test
    @TimeTravel
    void everyRunIsRecordedWithACountForEachCategoryEvenWhenNothingWasDue() {
        Instant start = cockpit.now();

        assertThat(StoredRows.await(() -> rows().retentionRunsSince(start).size() >= 2)).isTrue();

        List<RetentionRun> runs = rows().retentionRunsSince(start);
        assertThat(runs).allSatisfy(run -> {
            assertThat(run.deleted()).containsKeys("one_time_tokens", "sessions", "known_sign_in_addresses",
                    "data_subject_requests", "audit_log");
            assertThat(run.total()).isZero();
            assertThat(run.failed()).isEmpty();
            assertThat(run.finishedAt()).isAfterOrEqualTo(run.startedAt());
        });
        assertThat(runs.getFirst().deleted().containsKey("outgoing_mail"))
                .as("the outbox only in the embedded mode").isEqualTo(cockpit.mode == CockpitFixture.Mode.EMBEDDED);
    }

    @Test
    @TimeTravel
    void theAuditLogKeepsWhoDidWhatForThreeYearsThenOnlyKeyedHashes() {
        assertThat(cockpit.operator().get("/v1/operator/blocked-addresses").status()).isEqualTo(200);
        assertThat(rows().auditActors()).contains("olivia");

        Instant travelled = travelAndAwaitARun(Period.ofYears(3).plusDays(1));

        assertThat(StoredRows.await(() -> !rows().auditActors().contains("olivia"))).isTrue();
        assertThat(rows().auditActors()).allMatch(actor -> actor.matches("[0-9a-f]{32}"));
        assertThat(rows().deletedSince(travelled, "audit_log")).isPositive();
    }
}
