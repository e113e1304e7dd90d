package io.cockpit.application.service.register;

import io.cockpit.application.paging.PageRequest;
import io.cockpit.application.port.out.register.ExpiringPersonalData;
import io.cockpit.application.port.out.register.PersonalDataStore;
import io.cockpit.application.service.access.ExpiredSessions;
import io.cockpit.application.testing.AccountMother;
import io.cockpit.application.testing.fakes.FakeStores;
import io.cockpit.domain.access.AccessPersonalData;
import io.cockpit.domain.access.DeviceLabel;
import io.cockpit.domain.access.Session;
import io.cockpit.domain.access.SessionId;
import io.cockpit.domain.access.SessionPolicy;
import io.cockpit.domain.access.TokenHash;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.audit.AuditPersonalData;
import io.cockpit.domain.register.Register;
import io.cockpit.domain.register.RetentionRun;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class RetentionJobTest {

    private final FakeStores stores = new FakeStores();
    private final Register register = Register.of(List.of(AccessPersonalData.ONE_TIME_TOKENS,
            AccessPersonalData.SESSIONS, AccessPersonalData.KNOWN_SIGN_IN_ADDRESSES, AuditPersonalData.AUDIT_LOG));
    private final List<PersonalDataStore> userStores = List.of(stores.activationTokens, stores.resetTokens,
            stores.sessions, stores.sessionCache, stores.knownAddresses);

    private RetentionJob job(List<ExpiringPersonalData> expiring) {
        return new RetentionJob(new RegisterStores(register, userStores, expiring), stores.retentionRuns,
                stores.clock);
    }

    private static UserId aUser() {
        return AccountMother.anAccount().build().userId();
    }

    private static TokenHash aHash() {
        return TokenHash.of(UUID.randomUUID().toString());
    }

    @Test
    void deletesWhatIsPastEachCategorysCutoffAndRecordsTheCounts() {
        Instant now = stores.clock.instant();
        UserId user = aUser();
        stores.activationTokens.replace(user, aHash(), now.minusSeconds(1), now.minus(Duration.ofDays(7)));
        stores.resetTokens.replace(user, aHash(), now.minusSeconds(1), now.minusSeconds(3601));
        TokenHash validReset = aHash();
        stores.resetTokens.replace(aUser(), validReset, now.plusSeconds(60), now);
        stores.knownAddresses.remember(user, "a".repeat(64), now.minus(Duration.ofDays(91)));
        stores.knownAddresses.remember(user, "b".repeat(64), now.minus(Duration.ofDays(89)));
        Session idle = new Session(SessionId.random(), user, aHash(), new DeviceLabel("Firefox on Linux"),
                now.minus(Duration.ofDays(31)), now.minus(Duration.ofDays(31)));
        Session active = new Session(SessionId.random(), user, aHash(), new DeviceLabel("Safari on iPhone"),
                now.minus(Duration.ofDays(2)), now);
        stores.sessions.add(idle);
        stores.sessions.add(active);
        stores.sessionCache.put(idle, Duration.ofMinutes(5));

        RetentionRun run = job(List.of(stores.activationTokens, stores.resetTokens,
                new ExpiredSessions(stores.sessions, stores.sessionCache, SessionPolicy.DEFAULT),
                stores.knownAddresses)).run();

        assertThat(run.deleted()).containsExactly(
                java.util.Map.entry("one_time_tokens", 2), java.util.Map.entry("sessions", 1),
                java.util.Map.entry("known_sign_in_addresses", 1));
        assertThat(run.failed()).isEmpty();
        assertThat(stores.resetTokens.findValid(validReset, now)).isPresent();
        assertThat(stores.sessions.findByTokenHash(idle.tokenHash())).isEmpty();
        assertThat(stores.sessionCache.find(idle.tokenHash())).as("the cache forgets it too").isEmpty();
        assertThat(stores.sessions.findByTokenHash(active.tokenHash())).isPresent();
        assertThat(stores.knownAddresses.isKnown(user, "b".repeat(64))).isTrue();
        assertThat(stores.retentionRuns.list(PageRequest.first(10)).items()).containsExactly(run);
    }

    @Test
    void aStoreWithMoreThanOneBatchDueIsAskedUntilItHasNothingLeft() {
        UserId user = aUser();
        Instant longAgo = stores.clock.instant().minus(Duration.ofDays(200));
        for (int i = 0; i < RetentionJob.BATCH + 7; i++) {
            stores.knownAddresses.remember(user, String.format("%064x", i), longAgo);
        }

        RetentionRun run = job(List.of(stores.knownAddresses)).run();

        assertThat(run.deleted()).containsEntry("known_sign_in_addresses", RetentionJob.BATCH + 7);
        assertThat(job(List.of(stores.knownAddresses)).run().deleted()).containsEntry("known_sign_in_addresses", 0);
    }

    @Test
    void aFailingStoreIsNamedAndTheOthersStillRun() {
        UserId user = aUser();
        stores.knownAddresses.remember(user, "a".repeat(64), stores.clock.instant().minus(Duration.ofDays(100)));
        List<Instant> cutoffs = new ArrayList<>();
        ExpiringPersonalData failing = new ExpiringPersonalData() {
            @Override
            public String category() {
                return "audit_log";
            }

            @Override
            public int deleteExpired(Instant cutoff, int limit) {
                cutoffs.add(cutoff);
                throw new IllegalStateException("the database is away");
            }
        };

        RetentionRun run = job(List.of(failing, stores.knownAddresses)).run();

        assertThat(run.failed()).containsExactly("audit_log");
        assertThat(run.deleted()).containsEntry("audit_log", 0).containsEntry("known_sign_in_addresses", 1);
        assertThat(cutoffs).containsExactly(stores.clock.instant().atZone(java.time.ZoneOffset.UTC).minusYears(3)
                .toInstant());
    }

    @Test
    void afterTimePassesWhatBecameDueIsDeleted() {
        UserId user = aUser();
        stores.knownAddresses.remember(user, "a".repeat(64), stores.clock.instant());
        RetentionJob job = job(List.of(stores.knownAddresses));

        assertThat(job.run().deleted()).containsEntry("known_sign_in_addresses", 0);
        stores.clock.advance(Duration.ofDays(90).plusMillis(1));

        assertThat(job.run().deleted()).containsEntry("known_sign_in_addresses", 1);
        assertThat(stores.knownAddresses.isKnown(user, "a".repeat(64))).isFalse();
    }
}
