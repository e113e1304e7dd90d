package io.cockpit.application.service.protection;

import io.cockpit.application.security.ServerSecret;
import io.cockpit.application.service.protection.BruteForceGuard.Guess;
import io.cockpit.application.service.protection.BruteForceGuard.Subject;
import io.cockpit.application.testing.fakes.FakeStores;
import io.cockpit.domain.access.AuthErrors;
import io.cockpit.domain.protection.AddressRange;
import io.cockpit.domain.protection.BlockedAddress;
import io.cockpit.domain.protection.IpAddress;
import io.cockpit.domain.protection.SignInThrottle;
import io.cockpit.domain.protection.TrustedProxies;
import io.cockpit.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The limits as the guard applies them; "the hash" is a counter in the check each guess makes. */
class BruteForceGuardTest {

    private static final IpAddress PROXY = IpAddress.parse("192.0.2.10");
    private static final String ACCOUNT = "email:jana@example.com";

    private final FakeStores stores = new FakeStores();
    private final AddressBlocklist blocklist = new AddressBlocklist(stores.blockedAddresses, stores.clock);
    private final BruteForceGuard guard = new BruteForceGuard(stores.attempts, new ServerSecret(new byte[32]),
            blocklist, SignInThrottle.DEFAULT, new TrustedProxies(List.of(AddressRange.parse("192.0.2.0/28"))),
            stores.clock);
    private final AtomicInteger hashes = new AtomicInteger();

    /** One guess through the guard: reserved, checked ("hashed"), and ended by its outcome. */
    private String guess(IpAddress client, String account, boolean right) {
        try {
            Guess guess = guard.reserve(guard.subject(client, account), false);
            boolean correct = guess.check(() -> {
                hashes.incrementAndGet();
                return right;
            });
            if (correct) {
                guess.succeeded();
                return "right";
            }
            guess.failed();
            return "wrong";
        } catch (DomainException refused) {
            return refused.code();
        }
    }

    private static List<String> inParallel(int guesses, IntFunction<String> guess) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(64);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < guesses; i++) {
                int n = i;
                answers.add(threads.submit(() -> {
                    start.await();
                    return guess.apply(n);
                }));
            }
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> answer : answers) {
                outcomes.add(answer.get());
            }
            return outcomes;
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void ofTwoHundredParallelGuessesFromOneAddressAtOneAccountTenReachTheHash() throws Exception {
        IpAddress attacker = IpAddress.parse("203.0.113.5");

        List<String> outcomes = inParallel(200, n -> guess(attacker, ACCOUNT, false));

        assertThat(hashes.get()).isEqualTo(10);
        assertThat(outcomes).filteredOn("wrong"::equals).hasSize(10);
        assertThat(outcomes).filteredOn("auth.too_many_attempts"::equals).hasSize(190);
    }

    @Test
    void ofTwoHundredParallelGuessesFromManyAddressesAtOneAccountAHundredReachTheHash() throws Exception {
        List<String> outcomes = inParallel(200, n -> guess(IpAddress.parse("203.0.113." + n), ACCOUNT, false));

        assertThat(hashes.get()).isEqualTo(100);
        assertThat(outcomes).filteredOn("auth.too_many_attempts"::equals).hasSize(100);
    }

    @Test
    void aRefusalCarriesTheWaitUntilTheOldestGuessLeavesTheWindow() {
        IpAddress attacker = IpAddress.parse("203.0.113.5");
        for (int i = 0; i < 10; i++) {
            guess(attacker, ACCOUNT, false);
            stores.clock.advance(Duration.ofMinutes(1));
        }

        DomainException refused = catchThrowableOfType(DomainException.class,
                () -> guard.reserve(guard.subject(attacker, ACCOUNT), false));

        assertThat(refused.code()).isEqualTo("auth.too_many_attempts");
        assertThat(refused.details()).containsEntry(AuthErrors.RETRY_AFTER_SECONDS, 50L * 60);
    }

    @Test
    void refusedGuessesNeverCountTowardTheBlock() {
        IpAddress attacker = IpAddress.parse("203.0.113.5");

        for (int i = 0; i < 300; i++) {
            guess(attacker, ACCOUNT, false);
        }

        assertThat(hashes.get()).isEqualTo(10);
        assertThat(blocklist.isBlocked(attacker)).isFalse();
    }

    @Test
    void aHundredFailuresAcrossAccountsBlockTheAddressForGood() {
        IpAddress stuffer = IpAddress.parse("203.0.113.6");

        for (int account = 0; account < 99; account++) {
            assertThat(guess(stuffer, "email:user" + account + "@example.com", false)).isEqualTo("wrong");
        }
        assertThat(blocklist.isBlocked(stuffer)).isFalse();
        guess(stuffer, "email:user99@example.com", false);

        assertThat(blocklist.isBlocked(stuffer)).isTrue();
        assertThat(stores.blockedAddresses.all()).extracting(BlockedAddress::blockedBy)
                .containsExactly(BlockedAddress.AUTOMATIC);
    }

    @Test
    void guessesWaitingForTheirCheckNeverBlockTheAddress() {
        IpAddress stuffer = IpAddress.parse("203.0.113.11");
        List<Guess> waiting = new ArrayList<>();
        for (int account = 0; account < 99; account++) {
            waiting.add(guard.reserve(guard.subject(stuffer, "email:user" + account + "@example.com"), false));
        }
        assertThat(guess(stuffer, "email:user99@example.com", false)).isEqualTo("wrong");

        for (Guess guess : waiting) {
            assertThatThrownBy(() -> guess.check(() -> {
                throw AuthErrors.hashingBusy(Duration.ofSeconds(1));
            })).isInstanceOf(DomainException.class);
        }

        assertThat(blocklist.isBlocked(stuffer)).as("one failure, 99 never checked").isFalse();
        for (int account = 100; account < 198; account++) {
            guess(stuffer, "email:user" + account + "@example.com", false);
        }
        assertThat(blocklist.isBlocked(stuffer)).as("99 failures").isFalse();
        guess(stuffer, "email:user198@example.com", false);
        assertThat(blocklist.isBlocked(stuffer)).as("100 failures").isTrue();
    }

    @Test
    void aRightPasswordDoesNotCountAndForgivesTheAddressItsWrongGuessesAtThatAccount() {
        IpAddress user = IpAddress.parse("203.0.113.7");
        for (int i = 0; i < 9; i++) {
            guess(user, ACCOUNT, false);
        }
        assertThat(guess(user, ACCOUNT, true)).isEqualTo("right");

        for (int i = 0; i < 10; i++) {
            assertThat(guess(user, ACCOUNT, false)).isEqualTo("wrong");
        }
        assertThat(guess(user, ACCOUNT, true)).isEqualTo("auth.too_many_attempts");
    }

    @Test
    void aCheckTheServerCouldNotMakeGivesTheGuessBack() {
        Subject subject = guard.subject(IpAddress.parse("203.0.113.8"), ACCOUNT);

        for (int i = 0; i < 50; i++) {
            Guess guess = guard.reserve(subject, false);
            assertThatThrownBy(() -> guess.check(() -> {
                throw AuthErrors.hashingBusy(Duration.ofSeconds(1));
            })).isInstanceOf(DomainException.class);
        }

        for (int i = 0; i < 10; i++) {
            assertThat(guess(IpAddress.parse("203.0.113.8"), ACCOUNT, false)).isEqualTo("wrong");
        }
    }

    @Test
    void anIpv6SourceIsItsSlash64() {
        for (int host = 1; host <= 10; host++) {
            assertThat(guess(IpAddress.parse("2001:db8:1:2::" + host), ACCOUNT, false)).isEqualTo("wrong");
        }

        assertThat(guess(IpAddress.parse("2001:db8:1:2:ffff::1"), ACCOUNT, false)).isEqualTo("auth.too_many_attempts");
        assertThat(guess(IpAddress.parse("2001:db8:1:3::1"), ACCOUNT, false)).isEqualTo("wrong");
    }

    @Test
    void anIpv6NetworkIsBlockedWhole() {
        for (int account = 0; account < 100; account++) {
            guess(IpAddress.parse("2001:db8:7:7::" + Integer.toHexString(account + 1)),
                    "email:user" + account + "@example.com", false);
        }

        assertThat(blocklist.isBlocked(IpAddress.parse("2001:db8:7:7:abcd::1"))).isTrue();
        assertThat(blocklist.isBlocked(IpAddress.parse("2001:db8:7:8::1"))).isFalse();
        assertThat(stores.blockedAddresses.all()).extracting(blocked -> blocked.range().text())
                .containsExactly("2001:db8:7:7::/64");
    }

    @Test
    void aTrustedProxyIsHeldOffButNeverBlocked() {
        for (int account = 0; account < 150; account++) {
            guess(PROXY, "email:user" + account + "@example.com", false);
        }

        assertThat(hashes.get()).isEqualTo(100);
        assertThat(guess(PROXY, "email:another@example.com", false)).isEqualTo("auth.too_many_attempts");
        assertThat(blocklist.isBlocked(PROXY)).isFalse();
        assertThat(stores.blockedAddresses.all()).isEmpty();
    }

    @Test
    void unknownActivationTokensAreHeldOffPerAddressButNeverBlock() {
        IpAddress guesser = IpAddress.parse("203.0.113.9");
        List<String> outcomes = new ArrayList<>();

        for (int token = 0; token < 150; token++) {
            try {
                guard.reserveToken(guesser).failed();
                outcomes.add("unknown");
            } catch (DomainException refused) {
                outcomes.add(refused.code());
            }
        }

        assertThat(outcomes).filteredOn("unknown"::equals).hasSize(10);
        assertThat(outcomes).filteredOn("auth.too_many_attempts"::equals).hasSize(140);
        assertThat(blocklist.isBlocked(guesser)).isFalse();
        assertThat(guess(guesser, ACCOUNT, false)).as("sign-in has limits of its own").isEqualTo("wrong");
    }

    @Test
    void validTokensDoNotCount() {
        IpAddress office = IpAddress.parse("203.0.113.10");

        for (int activation = 0; activation < 30; activation++) {
            guard.reserveToken(office).succeeded();
        }

        for (int typo = 0; typo < 10; typo++) {
            guard.reserveToken(office).failed();
        }
        assertThatThrownBy(() -> guard.reserveToken(office)).isInstanceOf(DomainException.class);
    }
}
