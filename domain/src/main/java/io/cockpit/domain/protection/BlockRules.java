package io.cockpit.domain.protection;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What an operator may block, so that no block can lock everyone out: no range wider than {@code /widestIpv4} or
 * {@code /widestIpv6}, none that holds the operator's own address or a trusted proxy (every client behind it would be
 * refused), and an expiry, if any, in the future.
 */
public record BlockRules(int widestIpv4, int widestIpv6, TrustedProxies trustedProxies) {

    /** The widest ranges allowed by default: a /16 holds 65,536 IPv4 addresses, a /48 one site's IPv6 network. */
    public static final int DEFAULT_WIDEST_IPV4 = 16;
    public static final int DEFAULT_WIDEST_IPV6 = 48;

    public BlockRules {
        if (widestIpv4 < 1 || widestIpv4 > 32 || widestIpv6 < 1 || widestIpv6 > 128) {
            throw new IllegalArgumentException("the widest blockable prefix is 1-32 (IPv4) and 1-128 (IPv6)");
        }
        Objects.requireNonNull(trustedProxies, "trustedProxies");
    }

    /**
     * @throws io.cockpit.domain.shared.DomainException {@code blocked_address.too_wide},
     *         {@code blocked_address.includes_caller}, {@code blocked_address.includes_trusted_proxy} or
     *         {@code blocked_address.expiry_passed}
     */
    public void check(AddressRange range, IpAddress caller, Optional<Instant> expiresAt, Instant now) {
        int widest = range.isIpv4() ? widestIpv4 : widestIpv6;
        if (range.prefixLength() < widest) {
            throw ProtectionErrors.rangeTooWide(widest);
        }
        if (range.contains(caller)) {
            throw ProtectionErrors.rangeIncludesCaller();
        }
        if (trustedProxies.overlap(range)) {
            throw ProtectionErrors.rangeIncludesTrustedProxy();
        }
        if (expiresAt.isPresent() && !expiresAt.get().isAfter(now)) {
            throw ProtectionErrors.expiryPassed();
        }
    }
}
