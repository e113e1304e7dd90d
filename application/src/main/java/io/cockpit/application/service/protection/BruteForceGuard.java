package io.cockpit.application.service.protection;

import io.cockpit.application.port.out.protection.AttemptCounter;
import io.cockpit.application.port.out.protection.AttemptCounter.Attempts;
import io.cockpit.application.security.ServerSecret;
import io.cockpit.domain.access.AuthErrors;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.protection.IpAddress;
import io.cockpit.domain.protection.SignInThrottle;

import java.time.Clock;
import java.time.Instant;

/**
 * The brute-force limits around password checks. Counters are keyed by keyed hashes of the client address and the
 * account, so the cache never holds an e-mail or client address. Counting before and recording after a check lets a
 * handful of concurrent guesses past a limit; the limits are orders of magnitude below what guessing needs.
 */
public final class BruteForceGuard {

    private final AttemptCounter counter;
    private final ServerSecret secret;
    private final AddressBlocklist blocklist;
    private final SignInThrottle throttle;
    private final Clock clock;

    public BruteForceGuard(AttemptCounter counter, ServerSecret secret, AddressBlocklist blocklist,
                           SignInThrottle throttle, Clock clock) {
        this.counter = counter;
        this.secret = secret;
        this.blocklist = blocklist;
        this.throttle = throttle;
        this.clock = clock;
    }

    /** Who guesses at what: one client address and one account (an e-mail address as typed, or a User-ID). */
    public record Subject(IpAddress client, String pairKey, String accountKey, String addressKey) {
    }

    public Subject subject(IpAddress client, String account) {
        return new Subject(client,
                secret.keyedHash("throttle/address-account", client.text() + "\n" + account),
                secret.keyedHash("throttle/account", account),
                addressKey(client));
    }

    private String addressKey(IpAddress client) {
        return secret.keyedHash("throttle/address", client.text());
    }

    /**
     * Refuses the attempt if this address has used up its guesses at this account, or (unless the address signed in
     * to the account before) the account has taken too many guesses from everywhere.
     */
    public void checkAllowed(Subject subject, boolean knownAddress) {
        Instant now = clock.instant();
        Attempts pair = counter.count(subject.pairKey(), now, throttle.window());
        if (pair.count() >= throttle.perAddressAndAccount()) {
            refuse(subject, pair, now);
        }
        if (!knownAddress) {
            Attempts account = counter.count(subject.accountKey(), now, throttle.window());
            if (account.count() >= throttle.perAccount()) {
                refuse(subject, account, now);
            }
        }
    }

    private void refuse(Subject subject, Attempts attempts, Instant now) {
        addressFailed(subject.client(), subject.addressKey(), now);
        throw AuthErrors.tooManyAttempts(attempts.until(now, throttle.window()));
    }

    public void failed(Subject subject) {
        Instant now = clock.instant();
        counter.record(subject.pairKey(), now, throttle.window());
        counter.record(subject.accountKey(), now, throttle.window());
        addressFailed(subject.client(), subject.addressKey(), now);
    }

    /** A failure that concerns no account (an unknown activation token): it counts against the address only. */
    public void failedWithoutAccount(IpAddress client) {
        addressFailed(client, addressKey(client), clock.instant());
    }

    private void addressFailed(IpAddress client, String addressKey, Instant now) {
        Attempts failures = counter.record(addressKey, now, throttle.window());
        if (failures.count() >= throttle.blockAddressAfter()) {
            blocklist.blockAutomatically(client, failures.count());
        }
    }

    public void succeeded(Subject subject) {
        counter.clear(subject.pairKey());
    }

    /** The keyed hash under which an address that signed in to an account is remembered. */
    public String knownAddressHash(UserId userId, IpAddress client) {
        return secret.keyedHash("known-address", userId.value() + "\n" + client.text());
    }
}
