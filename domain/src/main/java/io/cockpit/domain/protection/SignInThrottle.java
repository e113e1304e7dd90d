package io.cockpit.domain.protection;

import java.time.Duration;

/**
 * The brute-force limits, each over a sliding {@code window}: wrong guesses one source may make at one account
 * before it is held off; wrong guesses all sources together may make at one account (sources that signed in to it
 * before are exempt); failed sign-ins after which a source is blocked for good; unknown activation tokens one source
 * may send (held off, never blocked). A source is an IPv4 address, or the IPv6 network of {@code ipv6SourcePrefix}
 * bits around an address: one household or server gets a whole /64, and would otherwise have 2^64 addresses to
 * rotate through.
 */
public record SignInThrottle(Duration window, int perAddressAndAccount, int perAccount, int blockAddressAfter,
                             int unknownTokensPerAddress, int ipv6SourcePrefix) {

    public static final int DEFAULT_IPV6_SOURCE_PREFIX = 64;

    public static final SignInThrottle DEFAULT = new SignInThrottle(Duration.ofHours(1), 10, 100, 100, 10,
            DEFAULT_IPV6_SOURCE_PREFIX);

    public SignInThrottle {
        if (window.isNegative() || window.isZero() || perAddressAndAccount < 1 || perAccount < 1
                || blockAddressAfter < 1 || unknownTokensPerAddress < 1) {
            throw new IllegalArgumentException("throttle limits must be positive");
        }
        if (ipv6SourcePrefix < 32 || ipv6SourcePrefix > 128) {
            throw new IllegalArgumentException("the IPv6 source prefix is between /32 and /128");
        }
    }

    public SignInThrottle withIpv6SourcePrefix(int prefix) {
        return new SignInThrottle(window, perAddressAndAccount, perAccount, blockAddressAfter,
                unknownTokensPerAddress, prefix);
    }

    /** What is counted and blocked for a client: the IPv4 address itself, or its IPv6 network. */
    public AddressRange sourceOf(IpAddress client) {
        return client.isIpv4() ? AddressRange.single(client) : AddressRange.enclosing(client, ipv6SourcePrefix);
    }
}
