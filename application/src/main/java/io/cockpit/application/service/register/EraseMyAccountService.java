package io.cockpit.application.service.register;

import io.cockpit.application.port.in.register.EraseMyAccountUseCase;
import io.cockpit.application.port.in.settings.SettingsUseCase;
import io.cockpit.application.port.out.access.CredentialRepository;
import io.cockpit.application.port.out.access.PasswordHasher;
import io.cockpit.application.port.out.account.AccountRepository;
import io.cockpit.application.service.access.SessionService;
import io.cockpit.application.service.protection.BruteForceGuard;
import io.cockpit.domain.access.AccessPersonalData;
import io.cockpit.domain.access.Password;
import io.cockpit.domain.access.PasswordHash;
import io.cockpit.domain.account.AccountErrors;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.protection.IpAddress;
import io.cockpit.domain.register.ErasureErrors;
import io.cockpit.domain.register.ErasureReason;
import io.cockpit.domain.register.StoreKind;
import io.cockpit.domain.account.ErasureRequest;

import java.util.Optional;

/**
 * {@code DELETE /v1/me}: the password is checked under the sign-in throttle, then the user's sessions end at once and
 * the erasure starts in the background; the confirmation goes to the account's address when it completes. A user
 * whose erasure already runs gets its receipt again.
 */
public final class EraseMyAccountService implements EraseMyAccountUseCase {

    private final ErasureService erasures;
    private final AccountRepository accounts;
    private final CredentialRepository credentials;
    private final PasswordHasher hasher;
    private final BruteForceGuard guard;
    private final SessionService sessions;
    private final SettingsUseCase settings;

    public EraseMyAccountService(ErasureService erasures, AccountRepository accounts, CredentialRepository credentials,
                                 PasswordHasher hasher, BruteForceGuard guard, SessionService sessions,
                                 SettingsUseCase settings) {
        this.erasures = erasures;
        this.accounts = accounts;
        this.credentials = credentials;
        this.hasher = hasher;
        this.guard = guard;
        this.sessions = sessions;
        this.settings = settings;
    }

    @Override
    public ErasureRequest eraseMyAccount(UserId user, String password, IpAddress client) {
        Optional<ErasureRequest> running = erasures.of(user);
        if (running.isPresent()) {
            sessions.endAll(user, Optional.empty());
            return running.get();
        }
        accounts.findById(user).orElseThrow(AccountErrors::notFound);
        BruteForceGuard.Guess guess = guard.reserve(guard.subject(client, "user:" + user.value()), true);
        Optional<PasswordHash> stored = credentials.find(user);
        if (stored.isEmpty() || !guess.check(() -> hasher.verify(new Password(password), stored.get()))) {
            guess.failed();
            throw ErasureErrors.passwordWrong();
        }
        guess.succeeded();
        ErasureRequest erasure = erasures.request(user, ErasureReason.ERASURE_REQUEST, true,
                settings.settings(user).value().language());
        erasures.recordAtRequest(erasure, AccessPersonalData.SESSIONS.id(), StoreKind.RELATIONAL,
                sessions.endAll(user, Optional.empty()));
        erasures.runSoon(erasure.id());
        return erasure;
    }
}
