package io.cockpit.application.service.account;

import io.cockpit.application.port.in.account.ProvisionAccountUseCase.AlreadyProvisioned;
import io.cockpit.application.port.in.account.ProvisionAccountUseCase.Provisioned;
import io.cockpit.application.port.in.account.ProvisionAccountUseCase.ProvisioningResult;
import io.cockpit.application.service.access.SessionService;
import io.cockpit.application.testing.fakes.FakeDailyRollup;
import io.cockpit.application.testing.fakes.FakeStores;
import io.cockpit.domain.access.ActivationGrant;
import io.cockpit.domain.access.SessionPolicy;
import io.cockpit.domain.account.Account;
import io.cockpit.domain.account.NewAccount;
import io.cockpit.domain.account.TrackingId;
import io.cockpit.domain.account.TrackingWords;
import io.cockpit.domain.shared.DomainException;
import io.cockpit.domain.statistics.RollupMarker;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.cockpit.application.testing.AccountMother.anAccount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProvisionAccountServiceTest {

    private final FakeStores stores = new FakeStores();
    private final SecureRandom random = new SecureRandom();
    private final FakeDailyRollup rollup = new FakeDailyRollup();
    private final ProvisionAccountService provisioning = new ProvisionAccountService(stores.accounts,
            stores.activationTokens, new TrackingIdIssuer(TrackingWords.bundled(), stores.trackingIds,
                    stores.secret, random),
            rollup, stores.transactions, stores.clock, random);
    private final SessionService sessions = new SessionService(stores.sessions, stores.sessionCache,
            stores.transactions, SessionPolicy.DEFAULT, stores.clock, random);
    private final PartnerAccountService partnerAccounts = new PartnerAccountService(stores.accounts,
            stores.activationTokens, stores.credentials, sessions, stores.transactions, stores.clock, random);

    @Test
    void aProvisionedAccountGetsThreeIdentifiersAndAWorkingActivationToken() {
        Provisioned result = (Provisioned) provisioning.provision(anAccount().request());

        ActivationGrant grant = result.activation();
        assertThat(grant.expiresAt()).isEqualTo(stores.clock.instant().plus(Duration.ofDays(7)));
        assertThat(stores.activationTokens.findValid(grant.token().hash(), stores.clock.instant()))
                .contains(result.account().userId());
        assertThat(result.account().trackingId().value()).matches("[a-z]+-[a-z]+");
        assertThat(result.account().statisticsId().value()).hasSize(22);
    }

    @Test
    void theStatisticsIdOfAProvisionedAccountHasNothingRecordedBeforeItsFirstIntake() {
        Provisioned result = (Provisioned) provisioning.provision(anAccount().request());
        RollupMarker fresh = RollupMarker.fromTheBeginning(ZoneId.of("Europe/Berlin"));

        assertThat(rollup.lock(result.account().statisticsId(), fresh,
                RollupMarker.startingAfter(ZoneId.of("Europe/Berlin"), stores.clock.instant())))
                .as("its rollup is complete from the beginning").isEqualTo(fresh);
    }

    // repeated: the race it guards against (a request committing between another's two reads) is rare per round
    @RepeatedTest(30)
    void concurrentRequestsForOneReferenceCreateOneAccount() throws Exception {
        NewAccount request = anAccount().request();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<ProvisioningResult>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit((Callable<ProvisioningResult>) () -> provisioning.provision(request)));
            }
            List<ProvisioningResult> outcomes = new ArrayList<>();
            for (Future<ProvisioningResult> result : results) {
                outcomes.add(result.get());
            }
            assertThat(outcomes).filteredOn(Provisioned.class::isInstance).hasSize(1);
            assertThat(outcomes).filteredOn(AlreadyProvisioned.class::isInstance).hasSize(7);
            assertThat(outcomes).extracting(o -> o.account().userId()).containsOnly(outcomes.getFirst().account().userId());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRefusedProvisioningWritesNothing() {
        NewAccount first = anAccount().withEmail("taken@example.com").request();
        provisioning.provision(first);
        NewAccount second = anAccount().withEmail("TAKEN@example.com").request();

        assertThatThrownBy(() -> provisioning.provision(second))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo("account.email_taken");
        assertThat(stores.accounts.findByExternalId(second.partnerId(), second.externalId())).isEmpty();
    }

    @Test
    void aFreshActivationTokenEndsTheEarlierOne() {
        Provisioned created = (Provisioned) provisioning.provision(anAccount().request());
        stores.clock.advance(Duration.ofHours(1));

        ActivationGrant fresh = partnerAccounts.issue(created.account().partnerId(), created.account().externalId());

        assertThat(stores.activationTokens.findValid(created.activation().token().hash(),
                stores.clock.instant())).isEmpty();
        assertThat(stores.activationTokens.findValid(fresh.token().hash(), stores.clock.instant()))
                .contains(created.account().userId());
    }

    @Test
    void whileItsErasureRunsTheAccountIsGoneForThePartnerAndItsReferenceCannotBeProvisioned() {
        NewAccount request = anAccount().request();
        Provisioned created = (Provisioned) provisioning.provision(request);
        Account account = created.account();
        stores.accounts.markErasureRequested(account.userId(), stores.clock.instant());

        assertThat(codeOf(() -> partnerAccounts.find(account.partnerId(), account.externalId())))
                .isEqualTo("account.not_found");
        assertThat(codeOf(() -> partnerAccounts.issue(account.partnerId(), account.externalId())))
                .isEqualTo("account.not_found");
        assertThat(codeOf(() -> provisioning.provision(request))).isEqualTo("account.erasure_running");

        stores.accounts.erase(account.userId(), 10);
        assertThat(provisioning.provision(request)).as("once the erasure completed").isInstanceOf(Provisioned.class);
    }

    private static String codeOf(Runnable call) {
        try {
            call.run();
        } catch (io.cockpit.domain.shared.DomainException refused) {
            return refused.code();
        }
        return "no refusal";
    }

    @Test
    void aTrackingIdIssuedOnceIsNeverIssuedAgain() {
        TrackingWords words = TrackingWords.bundled();
        TrackingId alreadyIssued = words.draw(new Random(42));
        stores.trackingIds.register(TrackingIdIssuer.hashOf(stores.secret, alreadyIssued), stores.clock.instant());

        TrackingId next = new TrackingIdIssuer(words, stores.trackingIds, stores.secret, new Random(42))
                .issue(stores.clock.instant());

        assertThat(next).isNotEqualTo(alreadyIssued);
        assertThat(stores.trackingIds.isRegistered(TrackingIdIssuer.hashOf(stores.secret, next))).isTrue();
    }
}
