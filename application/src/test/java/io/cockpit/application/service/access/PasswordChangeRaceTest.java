package io.cockpit.application.service.access;

import io.cockpit.application.security.ServerSecret;
import io.cockpit.application.service.protection.AddressBlocklist;
import io.cockpit.application.service.protection.BruteForceGuard;
import io.cockpit.application.testing.Race;
import io.cockpit.application.testing.Race.Outcome;
import io.cockpit.application.testing.fakes.FakePasswordHasher;
import io.cockpit.application.testing.fakes.FakeStores;
import io.cockpit.domain.access.CommonPasswords;
import io.cockpit.domain.access.DeviceLabel;
import io.cockpit.domain.access.Password;
import io.cockpit.domain.access.PasswordPolicy;
import io.cockpit.domain.access.SessionId;
import io.cockpit.domain.access.SessionPolicy;
import io.cockpit.domain.account.Account;
import io.cockpit.domain.protection.IpAddress;
import io.cockpit.domain.protection.SignInThrottle;
import io.cockpit.domain.protection.TrustedProxies;
import io.cockpit.domain.shared.DomainException;
import io.cockpit.domain.shared.ErrorCode;
import org.junit.jupiter.api.RepeatedTest;

import java.security.SecureRandom;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static io.cockpit.application.testing.AccountMother.anAccount;
import static org.assertj.core.api.Assertions.assertThat;

/** Ten password changes with the right current password at once: exactly one wins, and its password works. */
class PasswordChangeRaceTest {

    private static final String PASSWORD = "correct horse battery staple";

    private final FakeStores stores = new FakeStores();
    private final SecureRandom random = new SecureRandom();
    private final FakePasswordHasher hasher = new FakePasswordHasher(1);
    private final SessionService sessions = new SessionService(stores.sessions, stores.sessionCache,
            stores.transactions, SessionPolicy.DEFAULT, stores.clock, random);
    private final BruteForceGuard guard = new BruteForceGuard(stores.attempts, new ServerSecret(new byte[32]),
            new AddressBlocklist(stores.blockedAddresses, stores.clock), SignInThrottle.DEFAULT, TrustedProxies.NONE, stores.clock);
    private final PasswordService changes = new PasswordService(stores.accounts, stores.credentials,
            new NewPassword(stores.credentials, stores.activationTokens, stores.resetTokens, sessions),
            hasher, new PasswordPolicy(CommonPasswords.bundled()), guard, stores.transactions, stores.clock);

    @RepeatedTest(10)
    void exactlyOneOfTenConcurrentChangesWins() throws InterruptedException {
        Account account = anAccount().build();
        stores.accounts.add(account);
        stores.credentials.create(account.userId(), hasher.hash(new Password(PASSWORD)), stores.clock.instant());
        SessionId session = sessions.start(account.userId(), new DeviceLabel("Firefox on Linux")).session().id();
        AtomicInteger next = new AtomicInteger();

        List<Outcome<String>> outcomes = Race.run(10, () -> {
            String mine = "new passphrase number " + next.incrementAndGet();
            changes.change(account.userId(), session, PASSWORD, mine, IpAddress.parse("198.51.100.20"));
            return mine;
        });

        List<String> winners = outcomes.stream().filter(Outcome::succeeded).map(Outcome::value).toList();
        assertThat(winners).hasSize(1);
        assertThat(outcomes.stream().filter(o -> !o.succeeded()).map(o -> ((DomainException) o.failure()).error()))
                .hasSize(9)
                .allMatch(code -> code == ErrorCode.AUTH_PASSWORD_CHANGED_CONCURRENTLY
                        || code == ErrorCode.AUTH_CURRENT_PASSWORD_WRONG);
        var stored = stores.credentials.find(account.userId()).orElseThrow();
        assertThat(hasher.verify(new Password(winners.getFirst()), stored)).isTrue();
        for (int i = 1; i <= 10; i++) {
            String tried = "new passphrase number " + i;
            assertThat(hasher.verify(new Password(tried), stored)).isEqualTo(tried.equals(winners.getFirst()));
        }
    }
}
