package io.cockpit.application.service.protection;

import io.cockpit.application.port.out.protection.AttemptCounter;
import io.cockpit.application.port.out.protection.AttemptCounter.Attempts;
import io.cockpit.application.port.out.protection.AttemptCounter.Reservation;
import io.cockpit.application.security.ServerSecret;
import io.cockpit.domain.access.AuthErrors;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.protection.AddressRange;
import io.cockpit.domain.protection.IpAddress;
import io.cockpit.domain.protection.SignInThrottle;
import io.cockpit.domain.protection.TrustedProxies;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * The brute-force limits around password checks and activation tokens. Every guess takes its place under each limit
 * before the password is checked ({@link #reserve}), atomically in the counter, so parallel guesses cannot pass a
 * limit together; a refused guess (429) is recorded nowhere, so being held off never leads to a block. A guess that
 * by the rules does not count (a right password, a valid token, a check the server could not make) gives its places
 * back. Counters are keyed by keyed hashes of the source (an IPv4 address or an IPv6 network, {@link SignInThrottle})
 * and the account, so the cache never holds an e-mail or client address.
 */
public final class BruteForceGuard {

    private static final int NO_LIMIT = Integer.MAX_VALUE;

    private final AttemptCounter counter;
    private final ServerSecret secret;
    private final AddressBlocklist blocklist;
    private final SignInThrottle throttle;
    private final TrustedProxies trustedProxies;
    private final Clock clock;

    public BruteForceGuard(AttemptCounter counter, ServerSecret secret, AddressBlocklist blocklist,
                           SignInThrottle throttle, TrustedProxies trustedProxies, Clock clock) {
        this.counter = counter;
        this.secret = secret;
        this.blocklist = blocklist;
        this.throttle = throttle;
        this.trustedProxies = trustedProxies;
        this.clock = clock;
    }

    /**
     * Who guesses at what: one source and one account (an e-mail address as typed, or a User-ID). The source has two
     * counters: its guesses being checked or failed ({@code sourceKey}, which limits how many reach the hash) and its
     * failures alone ({@code failuresKey}, which block it): guesses still waiting for their check never block.
     */
    public record Subject(AddressRange source, String pairKey, String accountKey, String sourceKey,
                          String failuresKey) {
    }

    public Subject subject(IpAddress client, String account) {
        AddressRange source = throttle.sourceOf(client);
        return new Subject(source,
                secret.keyedHash("throttle/address-account", text(source) + "\n" + account),
                secret.keyedHash("throttle/account", account),
                secret.keyedHash("throttle/address", text(source)),
                secret.keyedHash("throttle/address-failures", text(source)));
    }

    /** An IPv4 source as its address (as before sources existed), an IPv6 network in CIDR form. */
    private static String text(AddressRange source) {
        return source.singleAddress().map(IpAddress::text).orElse(source.text());
    }

    /**
     * Takes this guess's place under the limits, or refuses it with 429: the source's guesses at this account, the
     * account's guesses from everywhere (not limited for a source that signed in to it before, but counted), and
     * the source's failures, which block it for good once they reach the limit.
     */
    public Guess reserve(Subject subject, boolean knownAddress) {
        Instant now = clock.instant();
        List<Reservation> held = new ArrayList<>();
        take(held, subject.pairKey(), throttle.perAddressAndAccount(), now);
        take(held, subject.accountKey(), knownAddress ? NO_LIMIT : throttle.perAccount(), now);
        take(held, subject.sourceKey(), throttle.blockAddressAfter(), now);
        return new Guess(held, Optional.of(subject));
    }

    /**
     * Takes the place of an activation token's check, or refuses it with 429. Unknown tokens only hold a source off:
     * they never block it (tokens are 256 random bits; the block is for credential stuffing).
     */
    public Guess reserveToken(IpAddress client) {
        Instant now = clock.instant();
        List<Reservation> held = new ArrayList<>();
        take(held, secret.keyedHash("throttle/activation-address", text(throttle.sourceOf(client))),
                throttle.unknownTokensPerAddress(), now);
        return new Guess(held, Optional.empty());
    }

    private void take(List<Reservation> held, String key, int limit, Instant now) {
        Reservation reservation = counter.reserve(key, now, throttle.window(), limit);
        if (!reservation.isAdmitted()) {
            held.forEach(counter::release);
            throw AuthErrors.tooManyAttempts(reservation.attempts().until(now, throttle.window()));
        }
        held.add(reservation);
    }

    /** The keyed hash under which a source that signed in to an account is remembered. */
    public String knownAddressHash(UserId userId, IpAddress client) {
        return secret.keyedHash("known-address", userId.value() + "\n" + text(throttle.sourceOf(client)));
    }

    /** One guess with its places taken: it ends as {@link #failed()}, {@link #succeeded()} or unchecked. */
    public final class Guess {

        private final List<Reservation> held;
        private final Optional<Subject> signIn;

        private Guess(List<Reservation> held, Optional<Subject> signIn) {
            this.held = List.copyOf(held);
            this.signIn = signIn;
        }

        /**
         * Makes the check. If it throws (every hashing slot was taken), the password was never checked: the guess
         * gives its places back before the failure goes on.
         */
        public boolean check(BooleanSupplier check) {
            try {
                return check.getAsBoolean();
            } catch (RuntimeException notChecked) {
                held.forEach(counter::release);
                throw notChecked;
            }
        }

        /** The guess was wrong: its places stay taken; a source whose failures reached the limit is blocked. */
        public void failed() {
            signIn.ifPresent(subject -> {
                Attempts failures = counter.reserve(subject.failuresKey(), clock.instant(), throttle.window(),
                        NO_LIMIT).attempts();
                if (failures.count() >= throttle.blockAddressAfter() && !trustedProxies.overlap(subject.source())) {
                    blocklist.blockAutomatically(subject.source(), failures.count());
                }
            });
        }

        /** The guess was right: it does not count, and the source's earlier wrong guesses at this account are forgiven. */
        public void succeeded() {
            held.forEach(counter::release);
            signIn.ifPresent(subject -> counter.clear(subject.pairKey()));
        }
    }
}
