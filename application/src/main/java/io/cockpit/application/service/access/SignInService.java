package io.cockpit.application.service.access;

import io.cockpit.application.service.protection.BruteForceGuard;
import io.cockpit.application.port.in.access.SignInUseCase;
import io.cockpit.application.port.in.access.StartedSession;
import io.cockpit.application.port.out.account.AccountRepository;
import io.cockpit.application.port.out.access.CredentialRepository;
import io.cockpit.application.port.out.access.KnownSignInAddresses;
import io.cockpit.application.port.out.access.PasswordHasher;
import io.cockpit.application.port.out.shared.Transactions;
import io.cockpit.domain.access.AuthErrors;
import io.cockpit.domain.access.PasswordHash;
import io.cockpit.application.port.in.telemetry.TrackProductEventUseCase;
import io.cockpit.domain.account.Account;
import io.cockpit.domain.telemetry.ProductEvent;
import io.cockpit.domain.telemetry.ProductEventName;
import io.cockpit.domain.account.EmailAddress;
import io.cockpit.domain.shared.InvalidValueException;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Sign-in. An unknown e-mail address and a wrong password get the same answer after the same work: a password check
 * against an unmatchable hash with the current parameters stands in for the missing account, and for an account that
 * has no password yet (never activated). Only a correct password reveals an archived account. An account whose
 * erasure was asked for answers as a wrong password, and nothing of the attempt is written.
 */
public final class SignInService implements SignInUseCase {

    private final AccountRepository accounts;
    private final CredentialRepository credentials;
    private final PasswordHasher hasher;
    private final KnownSignInAddresses knownAddresses;
    private final BruteForceGuard guard;
    private final SessionService sessions;
    private final Transactions transactions;
    private final Clock clock;
    private final PasswordHash unknownAccountHash;
    private final TrackProductEventUseCase events;

    public SignInService(AccountRepository accounts, CredentialRepository credentials, PasswordHasher hasher,
                         KnownSignInAddresses knownAddresses, BruteForceGuard guard, SessionService sessions,
                         Transactions transactions, Clock clock) {
        this(accounts, credentials, hasher, knownAddresses, guard, sessions, transactions, clock,
                TrackProductEventUseCase.NONE);
    }

    /** @param events told about every successful sign-in (product analytics: {@code signed_in}) */
    public SignInService(AccountRepository accounts, CredentialRepository credentials, PasswordHasher hasher,
                         KnownSignInAddresses knownAddresses, BruteForceGuard guard, SessionService sessions,
                         Transactions transactions, Clock clock, TrackProductEventUseCase events) {
        this.events = events;
        this.transactions = transactions;
        this.accounts = accounts;
        this.credentials = credentials;
        this.hasher = hasher;
        this.knownAddresses = knownAddresses;
        this.guard = guard;
        this.sessions = sessions;
        this.clock = clock;
        this.unknownAccountHash = hasher.unmatchable();
    }

    @Override
    public StartedSession signIn(SignInAttempt attempt) {
        hasher.refuseIfBusy(); // before any lookup: the same for every address, and cheap in a storm
        Optional<Account> account = parse(attempt.email()).flatMap(accounts::findByEmail);
        BruteForceGuard.Subject subject = guard.subject(attempt.client(),
                "email:" + attempt.email().strip().toLowerCase(Locale.ROOT));
        boolean known = account.map(a -> knownAddresses.isKnown(a.userId(),
                guard.knownAddressHash(a.userId(), attempt.client()))).orElse(false);
        BruteForceGuard.Guess guess = guard.reserve(subject, known);

        Optional<PasswordHash> hash = account.flatMap(a -> credentials.find(a.userId()));
        boolean correct = guess.check(() -> hasher.verify(attempt.password(), hash.orElse(unknownAccountHash)))
                && hash.isPresent();
        if (!correct) {
            guess.failed();
            throw AuthErrors.signInFailed();
        }
        Account user = account.get();
        guess.succeeded();
        if (user.contract().isArchived()) {
            throw AuthErrors.archived(user.contract().deletionDueAt());
        }
        Optional<PasswordHash> rehashed = hasher.needsRehash(hash.get())
                ? Optional.of(hasher.hash(attempt.password())) : Optional.empty();
        StartedSession started = transactions.inTransaction(() -> {
            // once the account's erasure is asked for, nothing is written: the erasure may have passed those stores
            accounts.lockForNewAccess(user.userId()).orElseThrow(AuthErrors::signInFailed);
            knownAddresses.remember(user.userId(), guard.knownAddressHash(user.userId(), attempt.client()),
                    clock.instant());
            // only in place of the hash just checked: a password changed meanwhile is not overwritten
            rehashed.ifPresent(fresh -> credentials.replace(user.userId(), hash.get(), fresh, clock.instant()));
            return sessions.start(user.userId(), attempt.device());
        });
        events.track(user.userId(), ProductEvent.of(ProductEventName.SIGNED_IN, clock.instant(),
                Map.of("method", "password")));
        return started;
    }

    private static Optional<EmailAddress> parse(String email) {
        try {
            return Optional.of(new EmailAddress(email));
        } catch (InvalidValueException notAnAddress) {
            return Optional.empty();
        }
    }
}
