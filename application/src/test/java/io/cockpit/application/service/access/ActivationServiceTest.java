package io.cockpit.application.service.access;

import io.cockpit.application.security.ServerSecret;
import io.cockpit.application.service.protection.AddressBlocklist;
import io.cockpit.application.service.protection.BruteForceGuard;
import io.cockpit.application.testing.fakes.FakePasswordHasher;
import io.cockpit.application.testing.fakes.FakeStores;
import io.cockpit.domain.access.CommonPasswords;
import io.cockpit.domain.access.DeviceLabel;
import io.cockpit.domain.access.Password;
import io.cockpit.domain.access.PasswordHash;
import io.cockpit.domain.access.PasswordPolicy;
import io.cockpit.domain.access.SecretToken;
import io.cockpit.domain.access.SessionPolicy;
import io.cockpit.domain.access.TokenKind;
import io.cockpit.domain.account.Account;
import io.cockpit.domain.protection.IpAddress;
import io.cockpit.domain.protection.SignInThrottle;
import io.cockpit.domain.protection.TrustedProxies;
import io.cockpit.domain.shared.DomainException;
import io.cockpit.domain.shared.ErrorCode;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;

import static io.cockpit.application.testing.AccountMother.anAccount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Activation sets the first password only: a token can never replace a password the user has set. */
class ActivationServiceTest {

    private final FakeStores stores = new FakeStores();
    private final SecureRandom random = new SecureRandom();
    private final FakePasswordHasher hasher = new FakePasswordHasher(1);
    private final SessionService sessions = new SessionService(stores.sessions, stores.sessionCache,
            stores.transactions, SessionPolicy.DEFAULT, stores.clock, random);
    private final ActivationService activation = new ActivationService(stores.accounts, stores.activationTokens,
            stores.credentials, new NewPassword(stores.credentials, stores.activationTokens, stores.resetTokens,
            sessions), hasher, new PasswordPolicy(CommonPasswords.bundled()),
            new BruteForceGuard(stores.attempts, new ServerSecret(new byte[32]),
                    new AddressBlocklist(stores.blockedAddresses, stores.clock), SignInThrottle.DEFAULT, TrustedProxies.NONE, stores.clock),
            sessions, stores.transactions, stores.clock);

    private SecretToken tokenFor(Account account) {
        SecretToken token = SecretToken.generate(TokenKind.ACTIVATION, random);
        stores.activationTokens.replace(account.userId(), token.hash(), stores.clock.instant().plusSeconds(3600),
                stores.clock.instant());
        return token;
    }

    private DomainException refusal(SecretToken token, String password) {
        return catchThrowableOfType(DomainException.class, () -> activation.activate(token.value(), password,
                IpAddress.parse("198.51.100.20"), new DeviceLabel("Firefox on Linux")));
    }

    @Test
    void aTokenStillStoredForAnActivatedAccountCannotReplaceItsPassword() {
        // as when the partner's request for a token raced the user's activation
        Account account = anAccount().build();
        stores.accounts.add(account);
        PasswordHash users = hasher.hash(new Password("correct horse battery staple"));
        stores.credentials.create(account.userId(), users, stores.clock.instant());
        SecretToken late = tokenFor(account);

        DomainException refused = refusal(late, "the partner's own password");

        assertThat(refused.error()).isEqualTo(ErrorCode.ACTIVATION_TOKEN_INVALID);
        assertThat(stores.credentials.find(account.userId())).contains(users);
    }

    @Test
    void onceItsErasureIsAskedForTheTokenNoLongerActivates() {
        Account account = anAccount().build();
        stores.accounts.add(account);
        SecretToken token = tokenFor(account);
        stores.accounts.markErasureRequested(account.userId(), stores.clock.instant());

        DomainException refused = refusal(token, "correct horse battery staple");

        assertThat(refused.error()).isEqualTo(ErrorCode.ACTIVATION_TOKEN_INVALID);
        assertThat(stores.credentials.find(account.userId())).isEmpty();
        assertThat(stores.sessions.list(account.userId(), io.cockpit.application.paging.PageRequest.first(5)).items())
                .isEmpty();
    }

    @Test
    void activationEndsPendingResetTokens() {
        Account account = anAccount().build();
        stores.accounts.add(account);
        SecretToken reset = SecretToken.generate(TokenKind.PASSWORD_RESET, random);
        stores.resetTokens.replace(account.userId(), reset.hash(), stores.clock.instant().plusSeconds(3600),
                stores.clock.instant());

        activation.activate(tokenFor(account).value(), "correct horse battery staple",
                IpAddress.parse("198.51.100.20"), new DeviceLabel("Firefox on Linux"));

        assertThat(stores.resetTokens.findValid(reset.hash(), stores.clock.instant())).isEmpty();
        assertThat(stores.credentials.find(account.userId())).isPresent();
    }
}
