package io.cockpit.application.service.access;

import io.cockpit.application.port.in.access.ResetPasswordUseCase;
import io.cockpit.application.port.out.access.CredentialRepository;
import io.cockpit.application.port.out.access.PasswordHasher;
import io.cockpit.application.port.out.access.PasswordResetTokens;
import io.cockpit.application.port.out.account.AccountRepository;
import io.cockpit.application.port.out.shared.Transactions;
import io.cockpit.application.service.protection.BruteForceGuard;
import io.cockpit.domain.access.AuthErrors;
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
 * A new password with the token from the reset e-mail. The token is used up in the same transaction that sets the
 * password, so it works once; every session of the account ends (whoever knew the old password is signed out), and
 * so do every pending activation and reset token. Unknown tokens count against the client address like unknown
 * activation tokens.
 */
public final class PasswordResetService implements ResetPasswordUseCase {

    private final AccountRepository accounts;
    private final PasswordResetTokens resetTokens;
    private final CredentialRepository credentials;
    private final NewPassword newPassword;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy;
    private final BruteForceGuard guard;
    private final Transactions transactions;
    private final Clock clock;

    public PasswordResetService(AccountRepository accounts, PasswordResetTokens resetTokens,
                                CredentialRepository credentials, NewPassword newPassword, PasswordHasher hasher,
                                PasswordPolicy policy, BruteForceGuard guard, Transactions transactions, Clock clock) {
        this.accounts = accounts;
        this.resetTokens = resetTokens;
        this.credentials = credentials;
        this.newPassword = newPassword;
        this.hasher = hasher;
        this.policy = policy;
        this.guard = guard;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void reset(String token, String password, IpAddress client) {
        TokenHash tokenHash = TokenHash.of(token);
        Instant now = clock.instant();
        BruteForceGuard.Guess guess = guard.reserveToken(client);
        Optional<Account> account = resetTokens.findValid(tokenHash, now).flatMap(accounts::findById);
        if (account.isEmpty()) {
            guess.failed();
            throw AuthErrors.passwordResetTokenInvalid();
        }
        guess.succeeded();
        if (account.get().contract().isArchived()) {
            throw AuthErrors.archived(account.get().contract().deletionDueAt());
        }
        PasswordHash hash = hasher.hash(policy.accept(password, account.get().email()));
        UserId userId = account.get().userId();
        transactions.inTransaction(() -> {
            accounts.lockForNewAccess(userId).orElseThrow(AuthErrors::passwordResetTokenInvalid);
            resetTokens.consume(tokenHash, now).orElseThrow(AuthErrors::passwordResetTokenInvalid);
            PasswordHash stored = credentials.find(userId).orElseThrow(AuthErrors::passwordResetTokenInvalid);
            if (!newPassword.replace(userId, stored, hash, now, Optional.empty())) {
                throw AuthErrors.passwordChangedConcurrently();
            }
            return null;
        });
    }
}
