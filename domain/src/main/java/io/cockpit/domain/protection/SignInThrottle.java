package io.cockpit.domain.protection;

import java.time.Duration;

/**
 * The brute-force limits, each over a sliding {@code window}: wrong guesses one address may make at one account
 * before it is held off; wrong guesses all addresses together may make at one account (addresses that signed in to
 * it before are exempt); failures after which an address is blocked for good.
 */
public record SignInThrottle(Duration window, int perAddressAndAccount, int perAccount, int blockAddressAfter) {

    public static final SignInThrottle DEFAULT = new SignInThrottle(Duration.ofHours(1), 10, 100, 100);

    public SignInThrottle {
        if (window.isNegative() || window.isZero() || perAddressAndAccount < 1 || perAccount < 1
                || blockAddressAfter < 1) {
            throw new IllegalArgumentException("throttle limits must be positive");
        }
    }
}
