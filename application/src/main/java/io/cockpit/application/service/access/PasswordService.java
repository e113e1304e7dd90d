package io.cockpit.application.service.access;

import io.cockpit.application.service.protection.BruteForceGuard;
import io.cockpit.application.port.in.access.ChangePasswordUseCase;
import io.cockpit.application.port.out.account.AccountRepository;
import io.cockpit.application.port.out.access.CredentialRepository;
import io.cockpit.application.port.out.access.PasswordHasher;
import io.cockpit.application.port.out.shared.Transactions;
import io.cockpit.domain.access.AuthErrors;
import io.cockpit.domain.access.Password;
import io.cockpit.domain.access.PasswordHash;
import io.cockpit.domain.access.PasswordPolicy;
import io.cockpit.domain.access.SessionId;
import io.cockpit.domain.account.Account;
import io.cockpit.domain.account.AccountErrors;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.protection.IpAddress;

import java.time.Clock;
import java.util.Optional;

/**
 * A signed-in user changes the password; wrong current passwords are throttled like sign-ins. The new hash replaces
 * only the hash the current password was checked against, so of several changes racing with the same current
 * password exactly one wins; the others are refused as concurrent.
 */
public final class PasswordService implements ChangePasswordUseCase {

    private final AccountRepository accounts;
    private final CredentialRepository credentials;
    private final NewPassword passwords;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy;
    private final BruteForceGuard guard;
    private final Transactions transactions;
    private final Clock clock;

    public PasswordService(AccountRepository accounts, CredentialRepository credentials, NewPassword newPassword,
                           PasswordHasher hasher, PasswordPolicy policy, BruteForceGuard guard,
                           Transactions transactions, Clock clock) {
        this.accounts = accounts;
        this.credentials = credentials;
        this.passwords = newPassword;
        this.hasher = hasher;
        this.policy = policy;
        this.guard = guard;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void change(UserId userId, SessionId current, String currentPassword, String newPassword, IpAddress client) {
        Account account = accounts.findById(userId).orElseThrow(AccountErrors::notFound);
        BruteForceGuard.Subject subject = guard.subject(client, "user:" + userId.value());
        BruteForceGuard.Guess guess = guard.reserve(subject, true);
        PasswordHash stored = credentials.find(userId).orElseThrow(AuthErrors::currentPasswordWrong);
        if (!guess.check(() -> hasher.verify(new Password(currentPassword), stored))) {
            guess.failed();
            throw AuthErrors.currentPasswordWrong();
        }
        guess.succeeded();
        PasswordHash changed = hasher.hash(policy.accept(newPassword, account.email()));
        transactions.inTransaction(() -> {
            if (!passwords.replace(userId, stored, changed, clock.instant(), Optional.of(current))) {
                throw AuthErrors.passwordChangedConcurrently();
            }
            return null;
        });
    }
}
