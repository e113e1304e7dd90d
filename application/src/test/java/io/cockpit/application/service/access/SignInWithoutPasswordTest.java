package io.cockpit.application.service.access;

import io.cockpit.application.port.in.access.SignInUseCase.SignInAttempt;
import io.cockpit.application.port.out.access.PasswordHasher;
import io.cockpit.application.security.ServerSecret;
import io.cockpit.application.service.protection.AddressBlocklist;
import io.cockpit.application.service.protection.BruteForceGuard;
import io.cockpit.application.testing.fakes.FakePasswordHasher;
import io.cockpit.application.testing.fakes.FakeStores;
import io.cockpit.domain.access.DeviceLabel;
import io.cockpit.domain.access.Password;
import io.cockpit.domain.access.PasswordHash;
import io.cockpit.domain.access.SessionPolicy;
import io.cockpit.domain.account.Account;
import io.cockpit.domain.protection.IpAddress;
import io.cockpit.domain.protection.SignInThrottle;
import io.cockpit.domain.protection.TrustedProxies;
import io.cockpit.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.util.concurrent.atomic.AtomicInteger;

import static io.cockpit.application.testing.AccountMother.anAccount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** An account that was never activated answers sign-in like a wrong password, after the same password check. */
class SignInWithoutPasswordTest {

    private final FakeStores stores = new FakeStores();
    private final AtomicInteger checks = new AtomicInteger();
    private final PasswordHasher hasher = new CountingHasher(new FakePasswordHasher(1), checks);
    private final SignInService signIn = new SignInService(stores.accounts, stores.credentials, hasher,
            stores.knownAddresses, new BruteForceGuard(stores.attempts, new ServerSecret(new byte[32]),
            new AddressBlocklist(stores.blockedAddresses, stores.clock), SignInThrottle.DEFAULT, TrustedProxies.NONE, stores.clock),
            new SessionService(stores.sessions, stores.sessionCache, stores.transactions, SessionPolicy.DEFAULT,
                    stores.clock, new SecureRandom()), stores.transactions, stores.clock);

    private DomainException refusal(Account account, String password) {
        checks.set(0);
        return catchThrowableOfType(DomainException.class, () -> signIn.signIn(new SignInAttempt(
                account.email().value(), new Password(password), IpAddress.parse("198.51.100.20"),
                new DeviceLabel("Firefox on Linux"))));
    }

    @Test
    void aNeverActivatedAccountGetsTheWrongPasswordAnswerAfterOnePasswordCheck() {
        Account neverActivated = anAccount().build();
        Account activated = anAccount().build();
        stores.accounts.add(neverActivated);
        stores.accounts.add(activated);
        stores.credentials.create(activated.userId(), hasher.hash(new Password("correct horse battery staple")),
                stores.clock.instant());

        DomainException withoutPassword = refusal(neverActivated, "correct horse battery staple");
        int checksWithoutPassword = checks.get();
        DomainException wrongPassword = refusal(activated, "not the password at all");

        assertThat(withoutPassword.error()).isEqualTo(wrongPassword.error());
        assertThat(withoutPassword.getMessage()).isEqualTo(wrongPassword.getMessage()).contains("activation e-mail");
        assertThat(withoutPassword.details()).isEqualTo(wrongPassword.details());
        assertThat(checksWithoutPassword).isEqualTo(1).isEqualTo(checks.get());
    }

    private record CountingHasher(PasswordHasher real, AtomicInteger checks) implements PasswordHasher {

        @Override
        public PasswordHash hash(Password password) {
            return real.hash(password);
        }

        @Override
        public boolean verify(Password password, PasswordHash hash) {
            checks.incrementAndGet();
            return real.verify(password, hash);
        }

        @Override
        public boolean needsRehash(PasswordHash hash) {
            return real.needsRehash(hash);
        }
    }
}
