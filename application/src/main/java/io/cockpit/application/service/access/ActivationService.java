package io.cockpit.application.service.access;

import io.cockpit.application.service.protection.BruteForceGuard;
import io.cockpit.application.port.in.access.ActivateAccountUseCase;
import io.cockpit.application.port.in.access.StartedSession;
import io.cockpit.application.port.out.account.AccountRepository;
import io.cockpit.application.port.out.access.ActivationTokens;
import io.cockpit.application.port.out.access.CredentialRepository;
import io.cockpit.application.port.out.access.PasswordHasher;
import io.cockpit.application.port.out.shared.Transactions;
import io.cockpit.domain.access.AuthErrors;
import io.cockpit.domain.access.DeviceLabel;
import io.cockpit.domain.access.PasswordHash;
import io.cockpit.domain.access.PasswordPolicy;
import io.cockpit.domain.access.TokenHash;
import io.cockpit.domain.account.Account;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.protection.IpAddress;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Activation: the first password, set with the token the partner handed out. The token is used up atomically, so it
 * works exactly once, and only while the account has no password: an activated account cannot be taken over with a
 * fresh token (a forgotten password is reset by e-mail, {@link PasswordResetService}).
 */
public final class ActivationService implements ActivateAccountUseCase {

    private final AccountRepository accounts;
    private final ActivationTokens activationTokens;
    private final CredentialRepository credentials;
    private final NewPassword newPassword;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy;
    private final BruteForceGuard guard;
    private final SessionService sessions;
    private final Transactions transactions;
    private final Clock clock;

    public ActivationService(AccountRepository accounts, ActivationTokens activationTokens,
                             CredentialRepository credentials, NewPassword newPassword, PasswordHasher hasher,
                             PasswordPolicy policy, BruteForceGuard guard, SessionService sessions,
                             Transactions transactions, Clock clock) {
        this.accounts = accounts;
        this.activationTokens = activationTokens;
        this.credentials = credentials;
        this.newPassword = newPassword;
        this.hasher = hasher;
        this.policy = policy;
        this.guard = guard;
        this.sessions = sessions;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public StartedSession activate(String token, String password, IpAddress client, DeviceLabel device) {
        TokenHash tokenHash = TokenHash.of(token);
        Instant now = clock.instant();
        BruteForceGuard.Guess guess = guard.reserveToken(client);
        Optional<Account> account = activationTokens.findValid(tokenHash, now).flatMap(accounts::findById);
        if (account.isEmpty()) {
            guess.failed();
            throw AuthErrors.activationTokenInvalid();
        }
        guess.succeeded();
        if (account.get().contract().isArchived()) {
            throw AuthErrors.archived(account.get().contract().deletionDueAt());
        }
        UserId userId = account.get().userId();
        if (credentials.find(userId).isPresent()) {
            throw AuthErrors.activationTokenInvalid();
        }
        PasswordHash hash = hasher.hash(policy.accept(password, account.get().email()));
        return transactions.inTransaction(() -> {
            accounts.lockForNewAccess(userId).orElseThrow(AuthErrors::activationTokenInvalid);
            activationTokens.consume(tokenHash, now).orElseThrow(AuthErrors::activationTokenInvalid);
            if (!newPassword.setFirst(userId, hash, now)) {
                throw AuthErrors.activationTokenInvalid();
            }
            return sessions.start(userId, device);
        });
    }
}
