package io.cockpit.domain.protection;

import java.util.List;

/**
 * The proxies (load balancers) in front of the servers: their {@code X-Forwarded-For} names the client, and no
 * block, automatic or by the operator, may ever hit them (that would lock out every client behind them).
 */
public record TrustedProxies(List<AddressRange> ranges) {

    public static final TrustedProxies NONE = new TrustedProxies(List.of());

    public TrustedProxies {
        ranges = List.copyOf(ranges);
    }

    public boolean contains(IpAddress address) {
        return ranges.stream().anyMatch(range -> range.contains(address));
    }

    /** Whether {@code range} contains any trusted proxy, or any address of a trusted range. */
    public boolean overlap(AddressRange range) {
        return ranges.stream().anyMatch(proxy -> proxy.overlaps(range));
    }
}
