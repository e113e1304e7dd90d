package io.cockpit.application.service.access;

import io.cockpit.application.port.in.access.SignInUseCase.SignInAttempt;
import io.cockpit.application.port.in.access.StartedSession;
import io.cockpit.application.port.in.account.ProvisionAccountUseCase.Provisioned;
import io.cockpit.application.port.out.access.PasswordHasher;
import io.cockpit.application.security.ServerSecret;
import io.cockpit.application.service.account.ProvisionAccountService;
import io.cockpit.application.service.account.TrackingIdIssuer;
import io.cockpit.application.service.protection.AddressBlocklist;
import io.cockpit.application.service.protection.BruteForceGuard;
import io.cockpit.application.testing.fakes.FakePasswordHasher;
import io.cockpit.application.testing.fakes.FakeDailyRollup;
import io.cockpit.application.testing.fakes.FakeStores;
import io.cockpit.domain.access.AuthErrors;
import io.cockpit.domain.access.DeviceLabel;
import io.cockpit.domain.access.Password;
import io.cockpit.domain.access.PasswordHash;
import io.cockpit.domain.access.SessionPolicy;
import io.cockpit.domain.account.Account;
import io.cockpit.domain.account.TrackingWords;
import io.cockpit.domain.protection.IpAddress;
import io.cockpit.domain.protection.SignInThrottle;
import io.cockpit.domain.protection.TrustedProxies;
import io.cockpit.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static io.cockpit.application.testing.AccountMother.anAccount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SignInServiceTest {

    private static final String PASSWORD = "correct horse battery staple";

    private final FakeStores stores = new FakeStores();
    private final SecureRandom random = new SecureRandom();
    private final FakePasswordHasher currentParameters = new FakePasswordHasher(1);
    private final CountingHasher hasher = new CountingHasher(currentParameters);
    private final SessionService sessions = new SessionService(stores.sessions, stores.sessionCache,
            stores.transactions, SessionPolicy.DEFAULT, stores.clock, random);
    private final BruteForceGuard guard = new BruteForceGuard(stores.attempts, new ServerSecret(new byte[32]),
            new AddressBlocklist(stores.blockedAddresses, stores.clock), SignInThrottle.DEFAULT, TrustedProxies.NONE,
            stores.clock);
    private final SignInService signIn = new SignInService(stores.accounts, stores.credentials,
            hasher, stores.knownAddresses, guard, sessions, stores.transactions, stores.clock);
    private final IpAddress client = IpAddress.parse("198.51.100.20");

    private Account activatedAccount(PasswordHash hash) {
        Account account = ((Provisioned) new ProvisionAccountService(stores.accounts,
                stores.activationTokens, new TrackingIdIssuer(TrackingWords.bundled(), stores.trackingIds,
                    stores.secret, random),
                new FakeDailyRollup(), stores.transactions, stores.clock, random)
                .provision(anAccount().request())).account();
        stores.credentials.create(account.userId(), hash, stores.clock.instant());
        return account;
    }

    private SignInAttempt attempt(String email, String password) {
        return new SignInAttempt(email, new Password(password), client, new DeviceLabel("Firefox on Linux"));
    }

    @Test
    void anUnknownAddressCostsThePasswordCheckAWrongPasswordCosts() {
        Account account = activatedAccount(hasher.hash(new Password(PASSWORD)));
        hasher.verifications.set(0);

        assertThatThrownBy(() -> signIn.signIn(attempt("nobody@example.com", PASSWORD))).isInstanceOf(DomainException.class);
        int forUnknown = hasher.verifications.getAndSet(0);
        assertThatThrownBy(() -> signIn.signIn(attempt(account.email().value(), "wrong password here")))
                .isInstanceOf(DomainException.class);
        int forWrong = hasher.verifications.get();

        assertThat(forUnknown).isEqualTo(1).isEqualTo(forWrong);
    }

    @Test
    void aHashWithOldParametersIsRenewedAtTheNextSignIn() {
        PasswordHash old = new FakePasswordHasher(2).hash(new Password(PASSWORD));
        Account account = activatedAccount(old);

        StartedSession started = signIn.signIn(attempt(account.email().value(), PASSWORD));

        PasswordHash renewed = stores.credentials.find(account.userId()).orElseThrow();
        assertThat(started.token().value()).startsWith("ses_");
        assertThat(renewed).isNotEqualTo(old);
        assertThat(renewed.encoded()).startsWith(currentParameters.prefix());
        assertThat(hasher.verify(new Password(PASSWORD), renewed)).isTrue();
    }

    @Test
    void onceItsErasureIsAskedForTheRightPasswordIsRefusedAndNothingIsWritten() {
        PasswordHash old = new FakePasswordHasher(2).hash(new Password(PASSWORD));
        Account account = activatedAccount(old);
        stores.accounts.markErasureRequested(account.userId(), stores.clock.instant());

        assertThatThrownBy(() -> signIn.signIn(attempt(account.email().value(), PASSWORD)))
                .isInstanceOfSatisfying(DomainException.class,
                        refused -> assertThat(refused.code()).isEqualTo(AuthErrors.signInFailed().code()));

        assertThat(stores.sessions.list(account.userId(), io.cockpit.application.paging.PageRequest.first(5)).items())
                .isEmpty();
        assertThat(stores.credentials.find(account.userId())).as("not rehashed").contains(old);
        List<io.cockpit.application.port.out.register.ExportedItem> known = new ArrayList<>();
        stores.knownAddresses.export(account.userId(), known::add);
        assertThat(known).as("no address remembered").isEmpty();
    }

    @Test
    void aSessionEndsThirtyDaysAfterItsLastUseAndNinetyAfterSignIn() {
        Account account = activatedAccount(hasher.hash(new Password(PASSWORD)));
        String token = signIn.signIn(attempt(account.email().value(), PASSWORD)).token().value();

        for (int day = 29; day <= 87; day += 29) {
            stores.clock.advance(Duration.ofDays(29));
            assertThat(sessions.authenticate(token)).as("used again on day %d", day).isPresent();
        }
        stores.clock.advance(Duration.ofDays(3));

        assertThat(sessions.authenticate(token)).isEmpty();
        String unused = signIn.signIn(attempt(account.email().value(), PASSWORD)).token().value();
        stores.clock.advance(Duration.ofDays(30));
        assertThat(sessions.authenticate(unused)).isEmpty();
    }

    @Test
    void ofTwoHundredParallelWrongGuessesAtOneAccountFromOneAddressTenAreChecked() throws Exception {
        Account account = activatedAccount(hasher.hash(new Password(PASSWORD)));
        hasher.verifications.set(0);
        ExecutorService threads = Executors.newFixedThreadPool(50);
        List<Future<String>> answers = new ArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        for (int i = 0; i < 200; i++) {
            answers.add(threads.submit(() -> {
                start.await();
                try {
                    signIn.signIn(attempt(account.email().value(), "wrong password here"));
                    return "signed in";
                } catch (DomainException refused) {
                    return refused.code();
                }
            }));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> answer : answers) {
            outcomes.add(answer.get());
        }
        threads.shutdown();

        assertThat(hasher.verifications.get()).isEqualTo(10);
        assertThat(outcomes).filteredOn("auth.sign_in_failed"::equals).hasSize(10);
        assertThat(outcomes).filteredOn("auth.too_many_attempts"::equals).hasSize(190);
    }

    @Test
    void whenEveryHashingSlotIsTakenTheAnswerIsBusyAndTheGuessDoesNotCount() {
        Account account = activatedAccount(hasher.hash(new Password(PASSWORD)));
        hasher.busy = true;
        for (int i = 0; i < 20; i++) {
            assertThatThrownBy(() -> signIn.signIn(attempt(account.email().value(), "wrong password here")))
                    .isInstanceOf(DomainException.class)
                    .extracting(refused -> ((DomainException) refused).code()).isEqualTo("server.busy");
        }
        hasher.busy = false;

        for (int i = 0; i < 10; i++) {
            assertThatThrownBy(() -> signIn.signIn(attempt(account.email().value(), "wrong password here")))
                    .extracting(refused -> ((DomainException) refused).code()).isEqualTo("auth.sign_in_failed");
        }
    }

    @Test
    void aSignInThatTheHasherRefusesAtOnceIsBusyNeverCheckedAndTakesNoPlace() {
        Account account = activatedAccount(hasher.hash(new Password(PASSWORD)));
        hasher.verifications.set(0);
        hasher.refusingEarly = true;
        for (int i = 0; i < 20; i++) {
            assertThatThrownBy(() -> signIn.signIn(attempt(account.email().value(), "wrong password here")))
                    .extracting(refused -> ((DomainException) refused).code()).isEqualTo("server.busy");
        }
        assertThat(hasher.verifications.get()).isZero();
        hasher.refusingEarly = false;

        for (int i = 0; i < 10; i++) {
            assertThatThrownBy(() -> signIn.signIn(attempt(account.email().value(), "wrong password here")))
                    .extracting(refused -> ((DomainException) refused).code()).isEqualTo("auth.sign_in_failed");
        }
        assertThat(hasher.verifications.get()).isEqualTo(10);
    }

    /** A hasher, counting password checks; while {@link #busy} every check is refused as the full pool does. */
    private static final class CountingHasher implements PasswordHasher {
        private final PasswordHasher real;
        final AtomicInteger verifications = new AtomicInteger();
        volatile boolean busy;
        volatile boolean refusingEarly;

        CountingHasher(PasswordHasher real) {
            this.real = real;
        }

        @Override
        public PasswordHash hash(Password password) {
            return real.hash(password);
        }

        @Override
        public boolean verify(Password password, PasswordHash hash) {
            if (busy) {
                throw AuthErrors.hashingBusy(Duration.ofSeconds(1));
            }
            verifications.incrementAndGet();
            return real.verify(password, hash);
        }

        @Override
        public boolean needsRehash(PasswordHash hash) {
            return real.needsRehash(hash);
        }

        @Override
        public void refuseIfBusy() {
            if (refusingEarly) {
                throw AuthErrors.hashingBusy(Duration.ofSeconds(1));
            }
        }
    }
}
